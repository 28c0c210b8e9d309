package cn.ronghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.TestUsers;
import cn.ronghe.workflow.inbox.Candidates;
import cn.ronghe.workflow.inbox.InboxQuery;
import cn.ronghe.workflow.inbox.InboxScope;
import cn.ronghe.workflow.inbox.InboxSort;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.SqlSessionFactory;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How fast the claimable inbox is with 1,000 and 10,000 open tasks, against the engine's own task
 * query for the same page (what Camunda's REST task list runs). Not a test: the name keeps it out
 * of {@code mvn verify}; run it alone, preferably on MariaDB (see the README, "Inbox latency").
 * Prints percentiles and EXPLAIN plans, and writes them to {@code target/inbox-latency.md}. Timings
 * are reported, never asserted.
 */
@ApplicationTest
class InboxLatencyBenchmark {

  static final String PROCESS = "inboxBenchmark";
  static final int BATCH = 200;
  static final int WARM_UP = 30;
  static final int MEASURED = 200;
  static final String INBOX = "/api/tasks?scope=claimable&size=20&sort=due";

  /** The measured user's grants, and the candidate groups they amount to. */
  static final String[] GRANTS = {
    "staff",
    "party-committee",
    "discipline",
    "branch-secretary@branch-1",
    "branch-committee@branch-2"
  };

  static final List<String> MY_GROUPS =
      List.of(
          "staff",
          "party-committee",
          "discipline",
          "branch-secretary:branch-1",
          "branch-committee:branch-2");

  @LocalServerPort int port;
  @Autowired TestUsers users;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TransactionTemplate transactions;
  @Autowired SqlSessionFactory sqlSessionFactory;
  @Autowired DataSource dataSource;

  private final Random random = new Random(2026);
  private final List<String> allGroups = allGroups();
  private final StringBuilder report = new StringBuilder();
  private int seededForMe;

  /**
   * 60 candidate groups; the measured user is in 5 of them, so a candidate for about 8% of tasks.
   */
  static List<String> allGroups() {
    List<String> groups = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      groups.add("branch-secretary:branch-" + i);
      groups.add("branch-committee:branch-" + i);
    }
    for (int i = 1; i <= 15; i++) {
      groups.add("branch-member:branch-" + i);
    }
    groups.addAll(List.of("party-committee", "discipline", "staff", "leader", "admin"));
    return groups;
  }

  @Test
  void claimableInboxAtOneAndTenThousandOpenTasks() throws Exception {
    deployProcess();
    String me = users.create(GRANTS);
    ApiClient client = new ApiClient(port);
    assertThat(client.login(me, TestUsers.PASSWORD).status()).isEqualTo(200);
    long ourBaseline = inbox(client).path("counts").path("claimable").asLong();
    long engineBaseline = engineQuery().count();
    String database = databaseName();
    report
        .append("# Inbox latency: `GET ")
        .append(INBOX)
        .append("` vs the engine's task query\n\n")
        .append("Database: ")
        .append(database)
        .append(". Measured user's candidate groups: ")
        .append(MY_GROUPS)
        .append(" (5 of ")
        .append(allGroups.size())
        .append(").\n")
        .append(WARM_UP)
        .append(" warm-up and ")
        .append(MEASURED)
        .append(
            " measured calls each, alternating. *ours* = HTTP round trip (session, page, total,"
                + " counts of all four scopes, JSON); *engine* = in-process"
                + " `taskCandidateGroupIn().taskUnassigned().orderByDueDate().asc()` listPage(0,20)"
                + " + count().\n\n")
        .append("| open tasks | for the user | ours p50 | ours p95 | ours p99 |")
        .append(" engine p50 | engine p95 | engine p99 | engine/ours p50 | engine/ours p95 |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    List<String> plans = new ArrayList<>();

    long seedStart = System.nanoTime();
    seed(1_000);
    Duration firstSeed = Duration.ofNanos(System.nanoTime() - seedStart);
    measure(1_000, client, ourBaseline, engineBaseline, plans, me);

    seedStart = System.nanoTime();
    seed(9_000);
    Duration secondSeed = Duration.ofNanos(System.nanoTime() - seedStart);
    measure(10_000, client, ourBaseline, engineBaseline, plans, me);

    report
        .append("\nSeeding (engine start + inbox listener, ")
        .append(BATCH)
        .append(" instances per transaction): 1,000 in ")
        .append(seconds(firstSeed))
        .append(" s, 9,000 more in ")
        .append(seconds(secondSeed))
        .append(" s.\n\n");
    plans.forEach(report::append);
    Path file = Path.of("target", "inbox-latency.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
    System.out.println("\n" + report);
    System.out.println("Written to " + file.toAbsolutePath());
  }

  private void deployProcess() {
    repositoryService
        .createDeployment()
        .addModelInstance(
            PROCESS + ".bpmn",
            Bpmn.createExecutableProcess(PROCESS)
                .name("收件箱基准")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("reviewItem")
                .name("审核")
                .camundaCandidateGroups("${group}")
                .camundaDueDate("${due}")
                .endEvent()
                .done())
        .deploy();
  }

  /** Starts {@code count} instances, {@value #BATCH} per transaction, as production would. */
  private void seed(int count) {
    long start = System.nanoTime();
    for (int done = 0; done < count; done += BATCH) {
      int size = Math.min(BATCH, count - done);
      transactions.executeWithoutResult(
          status -> {
            for (int i = 0; i < size; i++) {
              String group = allGroups.get(random.nextInt(allGroups.size()));
              if (MY_GROUPS.contains(group)) {
                seededForMe++;
              }
              Map<String, Object> variables = new HashMap<>();
              variables.put("group", group);
              variables.put(
                  "due",
                  Date.from(
                      Instant.now().plus(Duration.ofHours(random.nextInt(24 * 60) - 24 * 30))));
              runtimeService.startProcessInstanceByKey(PROCESS, variables);
            }
          });
      if ((done + size) % 1_000 == 0 || done + size == count) {
        System.out.printf(
            "seeded %,d of %,d (%.0f instances/s)%n",
            done + size, count, (done + size) / ((System.nanoTime() - start) / 1e9));
      }
    }
  }

  private void measure(
      int open,
      ApiClient client,
      long ourBaseline,
      long engineBaseline,
      List<String> plans,
      String me)
      throws SQLException {
    analyzeTables();
    JsonNode page = inbox(client);
    assertThat(page.path("items")).hasSize(20);
    assertThat(page.path("total").asLong()).isEqualTo(ourBaseline + seededForMe);
    assertThat(page.path("counts").path("claimable").asLong()).isEqualTo(ourBaseline + seededForMe);
    assertThat(page.path("counts").path("mine").asLong()).isZero();
    assertThat(engineQuery().listPage(0, 20)).hasSize(20);
    assertThat(engineQuery().count()).isEqualTo(engineBaseline + seededForMe);

    long[] ours = new long[MEASURED];
    long[] engine = new long[MEASURED];
    Supplier<Object> ourCall = () -> inbox(client);
    Supplier<Object> engineCall =
        () -> {
          List<Task> tasks = engineQuery().listPage(0, 20);
          return tasks.size() + engineQuery().count();
        };
    for (int i = 0; i < WARM_UP; i++) {
      ourCall.get();
      engineCall.get();
    }
    for (int i = 0; i < MEASURED; i++) {
      ours[i] = timed(ourCall);
      engine[i] = timed(engineCall);
    }
    Arrays.sort(ours);
    Arrays.sort(engine);
    String row =
        String.format(
            "| %,d | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f |%n",
            open,
            ourBaseline + seededForMe,
            ms(ours, 50),
            ms(ours, 95),
            ms(ours, 99),
            ms(engine, 50),
            ms(engine, 95),
            ms(engine, 99),
            ms(engine, 50) / ms(ours, 50),
            ms(engine, 95) / ms(ours, 95));
    System.out.print("latency (ms): " + row);
    report.append(row);
    plans.add(plans(open, me));
  }

  private TaskQuery engineQuery() {
    return taskService
        .createTaskQuery()
        .taskCandidateGroupIn(MY_GROUPS)
        .taskUnassigned()
        .orderByDueDate()
        .asc();
  }

  private static JsonNode inbox(ApiClient client) {
    ApiClient.Response response = client.get(INBOX);
    assertThat(response.status()).isEqualTo(200);
    return response.json();
  }

  private static long timed(Supplier<Object> call) {
    long start = System.nanoTime();
    call.get();
    return System.nanoTime() - start;
  }

  /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
  static double ms(long[] sorted, int percentile) {
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  private static String seconds(Duration duration) {
    return String.format("%.1f", duration.toMillis() / 1000.0);
  }

  /** EXPLAIN of the inbox's three statements, with the SQL and parameters MyBatis really sends. */
  private String plans(int open, String me) throws SQLException {
    List<String> candidates = Candidates.of(me, MY_GROUPS);
    InboxQuery query =
        new InboxQuery(
            InboxScope.claimable,
            me,
            candidates,
            null,
            null,
            false,
            null,
            InboxSort.due,
            Instant.now(),
            0,
            20);
    StringBuilder out = new StringBuilder("## EXPLAIN at " + String.format("%,d", open) + "\n\n");
    out.append(explain("selectPage", Map.of("q", query)));
    out.append(explain("countPage", Map.of("q", query)));
    out.append(explain("selectCounts", Map.of("username", me, "candidates", candidates)));
    return out.toString();
  }

  private String explain(String statement, Map<String, Object> parameters) throws SQLException {
    MappedStatement mapped =
        sqlSessionFactory
            .getConfiguration()
            .getMappedStatement("cn.ronghe.workflow.inbox.TaskInboxMapper." + statement);
    Map<String, Object> parameterObject = new HashMap<>(parameters);
    BoundSql bound = mapped.getBoundSql(parameterObject);
    StringBuilder out = new StringBuilder("### " + statement + "\n\n```\n");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement explain = connection.prepareStatement("explain " + bound.getSql())) {
      new DefaultParameterHandler(mapped, parameterObject, bound).setParameters(explain);
      try (ResultSet rows = explain.executeQuery()) {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> header = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          header.add(meta.getColumnLabel(c));
        }
        out.append(String.join(" | ", header)).append('\n');
        while (rows.next()) {
          List<String> cells = new ArrayList<>();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            cells.add(String.valueOf(rows.getString(c)));
          }
          out.append(String.join(" | ", cells)).append('\n');
        }
      }
    }
    return out.append("```\n\n").toString();
  }

  private String databaseName() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName()
          + " "
          + connection.getMetaData().getDatabaseProductVersion();
    }
  }

  /** Fresh statistics on MySQL/MariaDB, for both sides, so neither runs on a stale plan. */
  private void analyzeTables() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("mysql")
          && !connection.getMetaData().getDatabaseProductName().toLowerCase().contains("maria")) {
        return;
      }
      try (var statement = connection.createStatement()) {
        statement.execute(
            "analyze table task_inbox, task_candidate, ACT_RU_TASK, ACT_RU_IDENTITYLINK");
      }
    }
  }
}
