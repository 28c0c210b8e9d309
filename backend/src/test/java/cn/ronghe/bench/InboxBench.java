package cn.ronghe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.workflow.inbox.Candidates;
import cn.ronghe.workflow.inbox.InboxQuery;
import cn.ronghe.workflow.inbox.InboxScope;
import cn.ronghe.workflow.inbox.InboxSort;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.SqlSessionFactory;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The claimable inbox against the engine's own task list, side by side, at growing numbers of open
 * tasks. Not part of {@code mvn verify} (the name matches no test pattern); the Maven profile
 * {@code bench} runs it (see the README, "Performance"). Timings are reported, never asserted: only
 * that both paths return the same tasks in number.
 *
 * <p>System properties: {@code bench.sizes} (open tasks, ascending; default 1000,10000,100000),
 * {@code bench.iterations} (measured calls per path and size; 300), {@code bench.warmup} (50),
 * {@code bench.jitWarmup} (more calls per path before the first size; 500) and {@code bench.user}
 * (the measured user; liqiang of the demo court). The HTTP paths go through a {@link
 * KeepAliveClient}.
 */
@BenchApplication
@Tag("bench")
class InboxBench {

  static final String PROCESS = "benchInbox";
  static final String PROCESS_NAME = "收件箱基准";
  static final String ANCHOR_GROUP = "bench-anchor";
  static final int ANCHORS = 5;
  static final String OURS = "/api/tasks?scope=claimable&size=20";
  static final String ENGINE_HTTP = EngineTaskListController.PATH + "?first=0&max=20";
  static final String PASSWORD = "Ronghe@2026";

  /** Targets of the issue, at 100,000 open tasks. */
  static final int TARGET_SIZE = 100_000;

  static final double TARGET_P95_MS = 30;
  static final double TARGET_RATIO = 5;
  static final double TARGET_GROWTH = 2;

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired SqlSessionFactory sqlSessionFactory;
  @Autowired DataSource dataSource;

  private final List<Integer> sizes =
      Arrays.stream(System.getProperty("bench.sizes", "1000,10000,100000").split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .map(Integer::parseInt)
          .sorted()
          .toList();
  private final int iterations = Integer.getInteger("bench.iterations", 300);
  private final int warmUp = Integer.getInteger("bench.warmup", 50);
  private final int jitWarmUp = Integer.getInteger("bench.jitWarmup", 500);
  private final String username = System.getProperty("bench.user", "liqiang");

  @Test
  void claimableInboxAgainstTheEnginesTaskList() throws Exception {
    List<String> groups = candidateGroupsOf(username);
    assertThat(groups).as("groups of " + username).isNotEmpty();
    BenchSeeder seeder =
        new BenchSeeder(
            dataSource, anchors(), PROCESS, PROCESS_NAME, new BenchSeeder.Target(username, groups));
    seeder.clean();
    long seedStart = System.nanoTime();
    seeder.seedOrganisation(passwordHashOf(username));
    System.out.printf(
        "[bench] organisation: %d branches, %d people (%.1f s)%n",
        BenchSeeder.BRANCHES,
        BenchSeeder.BRANCHES * BenchSeeder.PEOPLE_PER_BRANCH,
        (System.nanoTime() - seedStart) / 1e9);

    ApiClient client = ApiClient.loggedIn(port, username, PASSWORD);
    KeepAliveClient connection = new KeepAliveClient(port, client);
    long ourBaseline = ours(client).path("counts").path("claimable").asLong();
    long engineBaseline = engineQuery(groups).count();

    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, String> plans = new LinkedHashMap<>();
    for (int size : sizes) {
      long start = System.nanoTime();
      seeder.seedTasksUpTo(size);
      double seedSeconds = (System.nanoTime() - start) / 1e9;
      analyzeTables();
      long expected = seeder.claimableForTarget();
      JsonNode page = ours(client);
      assertThat(page.path("total").asLong()).isEqualTo(ourBaseline + expected);
      assertThat(page.path("counts").path("claimable").asLong()).isEqualTo(ourBaseline + expected);
      assertThat(page.path("items")).hasSize((int) Math.min(20, ourBaseline + expected));
      assertThat(engineQuery(groups).count()).isEqualTo(engineBaseline + expected);
      assertThat(engineQuery(groups).listPage(0, 20)).hasSize(page.path("items").size());
      JsonNode engineHttp = client.get(ENGINE_HTTP).json();
      assertThat(engineHttp.path("count").asLong()).isEqualTo(engineBaseline + expected);

      // before the first size the JIT has compiled nothing of the request paths yet
      Map<String, Stats> measured =
          measure(connection, groups, size == sizes.get(0) ? jitWarmUp + warmUp : warmUp);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("openTasks", size);
      row.put("claimableForUser", ourBaseline + expected);
      row.put("seedSeconds", Stats.round(seedSeconds));
      measured.forEach((path, stats) -> row.put(path, stats.toMap()));
      rows.add(row);
      System.out.printf(
          "[bench] %,d open tasks: ours p50 %.2f ms, engine p50 %.2f ms (in-process), %.2f ms"
              + " (HTTP)%n",
          size,
          measured.get("ours").p50(),
          measured.get("engine").p50(),
          measured.get("engineHttp").p50());
      if (size == sizes.get(sizes.size() - 1)) {
        plans.putAll(plans(groups));
      }
    }
    BenchReport report =
        new BenchReport(
            environment(),
            Map.of(
                "user",
                username,
                "groups",
                groups,
                "candidateGroupsSeeded",
                seeder.groupCount(),
                "iterations",
                iterations,
                "warmUp",
                warmUp),
            rows,
            plans);
    report.write(Path.of("target", "bench"));
    connection.close();
  }

  /** Warm-up, then every path once per round, the order rotating, so drift hits all alike. */
  private Map<String, Stats> measure(
      KeepAliveClient connection, List<String> groups, int warmUpCalls) {
    Map<String, Supplier<Object>> paths = new LinkedHashMap<>();
    paths.put("ours", () -> ok(connection.get(OURS)));
    paths.put(
        "engine",
        () -> {
          int page = engineQuery(groups).listPage(0, 20).size();
          return page + engineQuery(groups).count();
        });
    paths.put("engineHttp", () -> ok(connection.get(ENGINE_HTTP)));
    List<String> names = new ArrayList<>(paths.keySet());
    for (int i = 0; i < warmUpCalls; i++) {
      paths.values().forEach(Supplier::get);
    }
    Map<String, long[]> nanos = new LinkedHashMap<>();
    names.forEach(n -> nanos.put(n, new long[iterations]));
    for (int i = 0; i < iterations; i++) {
      for (int k = 0; k < names.size(); k++) {
        String name = names.get((i + k) % names.size());
        long start = System.nanoTime();
        paths.get(name).get();
        nanos.get(name)[i] = System.nanoTime() - start;
      }
    }
    Map<String, Stats> stats = new LinkedHashMap<>();
    nanos.forEach((name, values) -> stats.put(name, Stats.of(values)));
    return stats;
  }

  private org.camunda.bpm.engine.task.TaskQuery engineQuery(List<String> groups) {
    return EngineTaskListController.query(taskService, username, groups);
  }

  /** The body of a measured call, which must have succeeded for its time to count. */
  private static String ok(KeepAliveClient.Response response) {
    if (response.status() != 200) {
      throw new IllegalStateException("HTTP " + response.status() + ": " + response.body());
    }
    return response.body();
  }

  private static JsonNode ours(ApiClient client) {
    ApiClient.Response response = client.get(OURS);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /** A few real instances of a one-task process, that the seeded tasks belong to. */
  private List<BenchSeeder.Anchor> anchors() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count()
        == 0) {
      repositoryService
          .createDeployment()
          .name(PROCESS)
          .addModelInstance(
              PROCESS + ".bpmn",
              Bpmn.createExecutableProcess(PROCESS)
                  .name(PROCESS_NAME)
                  .camundaHistoryTimeToLive(1)
                  .startEvent()
                  .userTask("anchor")
                  .name("基准锚点")
                  .camundaCandidateGroups(ANCHOR_GROUP)
                  .endEvent()
                  .done())
          .deploy();
    }
    ProcessDefinition definition =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(PROCESS)
            .latestVersion()
            .singleResult();
    List<ProcessInstance> instances =
        new ArrayList<>(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionId(definition.getId())
                .list());
    while (instances.size() < ANCHORS) {
      instances.add(runtimeService.startProcessInstanceById(definition.getId()));
    }
    return instances.stream()
        .map(i -> new BenchSeeder.Anchor(i.getId(), definition.getId()))
        .toList();
  }

  /** The user's candidate groups, as {@code RoleGrant.candidateGroup()} derives them. */
  private List<String> candidateGroupsOf(String user) throws SQLException {
    TreeSet<String> groups = new TreeSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select g.role, o.code from role_grant g join app_user u on u.id = g.user_id"
                    + " left join org_unit o on o.id = g.org_id where u.username = ?")) {
      s.setString(1, user);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          groups.add(
              r.getString(2) == null ? r.getString(1) : r.getString(1) + ":" + r.getString(2));
        }
      }
    }
    // the widest group first: the seeder gives it the most tasks
    List<String> ordered = new ArrayList<>(groups);
    if (ordered.remove("staff")) {
      ordered.add(0, "staff");
    }
    return ordered;
  }

  private String passwordHashOf(String user) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("select password_hash from app_user where username = ?")) {
      s.setString(1, user);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).as("user " + user + " (load the demo court)").isTrue();
        return r.getString(1);
      }
    }
  }

  private boolean isMysql() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase();
      return product.contains("mysql") || product.contains("maria");
    }
  }

  /** Fresh statistics for both sides, so neither runs on a stale plan. */
  private void analyzeTables() throws SQLException {
    if (!isMysql()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("analyze table task_inbox, task_candidate, ACT_RU_TASK, ACT_RU_IDENTITYLINK");
    }
  }

  /** EXPLAIN of our inbox's three statements, with the SQL and parameters MyBatis really sends. */
  private Map<String, String> plans(List<String> groups) throws SQLException {
    Map<String, String> plans = new LinkedHashMap<>();
    if (!isMysql()) {
      return plans;
    }
    List<String> candidates = Candidates.of(username, groups);
    InboxQuery query =
        new InboxQuery(
            InboxScope.claimable,
            username,
            candidates,
            null,
            null,
            false,
            null,
            InboxSort.due,
            Instant.now(),
            0,
            20);
    plans.put("selectPage", explain("selectPage", Map.of("q", query)));
    plans.put("countPage", explain("countPage", Map.of("q", query)));
    plans.put(
        "selectCounts",
        explain("selectCounts", Map.of("username", username, "candidates", candidates)));
    return plans;
  }

  private String explain(String statement, Map<String, Object> parameters) throws SQLException {
    MappedStatement mapped =
        sqlSessionFactory
            .getConfiguration()
            .getMappedStatement("cn.ronghe.workflow.inbox.TaskInboxMapper." + statement);
    Map<String, Object> parameterObject = new HashMap<>(parameters);
    BoundSql bound = mapped.getBoundSql(parameterObject);
    StringBuilder out = new StringBuilder();
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
    return out.toString();
  }

  private Map<String, Object> environment() throws SQLException {
    Map<String, Object> env = BenchEnvironment.machine();
    env.put("heapMaxMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    env.put("database", BenchEnvironment.database(dataSource));
    return env;
  }

  static ObjectMapper json() {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }
}
