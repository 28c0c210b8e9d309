package cn.ronghe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.LoginService;
import cn.ronghe.support.ApiClient;
import cn.ronghe.workflow.WorkbenchService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Completion throughput: complete the first of two sequential user tasks of many independent
 * instances, through our REST API ({@code POST /api/tasks/{id}/complete}) against the engine's
 * {@code taskService.complete(id)} in-process, at 1 / 4 / 8 concurrent clients, rounds alternating
 * between the paths; then the SQL statements and commits per completion from MariaDB's global
 * status around a single-thread batch on each path. Timings are reported, never asserted.
 *
 * <p>System properties: {@code bench.completions} (completions per round; 800), {@code
 * bench.clients} (1,4,8), {@code bench.completionWarmup} (single-thread completions per path before
 * the rounds; 400), {@code bench.sqlBatch} (completions per SQL batch; 40), {@code bench.user}.
 * Report: {@code target/bench/completion.md} and {@code completion.json}.
 */
@BenchApplication
@Tag("bench")
class CompletionBench {

  static final String PROCESS = "benchTwoSteps";
  static final String FIRST = "first";
  static final String SECOND = "second";
  static final String REST = "rest";
  static final String SERVICE = "service";
  static final String ENGINE = "engine";

  /**
   * The measured paths: ours over HTTP, ours in-process without HTTP (where the difference between
   * the two is the web layer's), and the engine's own.
   */
  static final List<String> PATHS = List.of(REST, SERVICE, ENGINE);

  static final List<String> STATUS =
      List.of("Questions", "Com_select", "Com_insert", "Com_update", "Com_delete", "Com_commit");

  /** Targets of the issue. */
  static final double TARGET_REST_PER_SECOND = 250;

  static final double TARGET_RATIO = 0.8;
  static final double TARGET_EXTRA_STATEMENTS = 3;
  static final int TARGET_CLIENTS = 8;

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired DataSource dataSource;
  @Autowired WorkbenchService workbench;
  @Autowired LoginService logins;

  private final int completions = Integer.getInteger("bench.completions", 800);
  private final int warmUp = Integer.getInteger("bench.completionWarmup", 400);
  private final int sqlBatch = Integer.getInteger("bench.sqlBatch", 40);
  private final String username = System.getProperty("bench.user", "liqiang");
  private final List<Integer> clients =
      Arrays.stream(System.getProperty("bench.clients", "1,4,8").split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .map(Integer::parseInt)
          .toList();

  /** The benchmark user, for the in-process path. */
  private CurrentUser user;

  /** A logged-in connection per client thread, reused across rounds. */
  private final Map<Integer, KeepAliveClient> sessions = new ConcurrentHashMap<>();

  @Test
  void completionThroughputAgainstTheEngine() throws Exception {
    deploy();
    user = logins.authenticate(username, InboxBench.PASSWORD);
    // warm-up: JIT, caches (the form schema of the task), connection pool
    for (String path : PATHS) {
      round(path, 1, warmUp);
    }

    List<Map<String, Object>> rows = new ArrayList<>();
    for (int n : clients) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("clients", n);
      for (String path : PATHS) {
        row.put(path, round(path, n, completions));
      }
      row.put("ratio", Stats.round(perSecond(row, REST) / perSecond(row, ENGINE)));
      row.put("serviceRatio", Stats.round(perSecond(row, SERVICE) / perSecond(row, ENGINE)));
      System.out.printf(
          "[bench] %d clients: rest %.1f/s, service %.1f/s, engine %.1f/s%n",
          n, perSecond(row, REST), perSecond(row, SERVICE), perSecond(row, ENGINE));
      rows.add(row);
    }

    Map<String, Object> sql = new LinkedHashMap<>();
    boolean mysql = isMysql();
    if (mysql) {
      Map<String, Double> overhead = new LinkedHashMap<>();
      sql.put("overheadPerRead", overhead);
      try (Connection status = dataSource.getConnection()) {
        // what reading the status itself counts; nothing else runs (the job executor is off in
        // benchmarks, see BenchApplication)
        Map<String, Long> b = globalStatus(status);
        Map<String, Long> c = globalStatus(status);
        STATUS.forEach(k -> overhead.put(k, (double) (c.get(k) - b.get(k))));
        for (String path : concat(PATHS, PATHS)) {
          List<String> ids = startInstances(sqlBatch);
          Map<String, Long> before = globalStatus(status);
          Map<String, Object> result = runRound(path, 1, ids);
          Map<String, Long> after = globalStatus(status);
          int done = ((Number) result.get("completed")).intValue();
          Map<String, Double> perCompletion = new LinkedHashMap<>();
          for (String k : STATUS) {
            double delta = after.get(k) - before.get(k) - overhead.get(k);
            perCompletion.put(k, Stats.round(delta / Math.max(1, done)));
          }
          // the second batch of each path is the measured one (the first warms its caches)
          sql.put(path, perCompletion);
        }
      }
    }

    sessions.values().forEach(KeepAliveClient::close);

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("benchmark", "completion");
    report.put("environment", environment());
    report.put(
        "setup",
        Map.of(
            "user",
            username,
            "completionsPerRound",
            completions,
            "warmUp",
            warmUp,
            "sqlBatch",
            sqlBatch,
            "clients",
            clients));
    report.put("rounds", rows);
    report.put("sqlPerCompletion", sql);
    report.put("targets", targets(rows, sql));
    Path directory = Path.of("target", "bench");
    Files.createDirectories(directory);
    Files.writeString(
        directory.resolve("completion.json"), InboxBench.json().writeValueAsString(report) + "\n");
    String markdown = markdown(report, rows, sql);
    Files.writeString(directory.resolve("completion.md"), markdown);
    System.out.println("\n" + markdown);
    System.out.println("[bench] written to " + directory.toAbsolutePath());

    for (Map<String, Object> row : rows) {
      for (String path : PATHS) {
        assertThat(count(row, path, "completed")).as(path + " completions").isPositive();
      }
    }
  }

  private Map<String, Object> runRound(String path, int threads, List<String> taskIds)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    long[] nanos = new long[taskIds.size()];
    AtomicInteger measured = new AtomicInteger();
    Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> running = new ArrayList<>();
    AtomicLong clientCpu = new AtomicLong();
    long processCpu = CpuTime.process();
    long databaseCpu = CpuTime.database();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      running.add(
          pool.submit(
              () -> {
                Supplier<KeepAliveClient> client =
                    () ->
                        sessions.computeIfAbsent(
                            thread,
                            k ->
                                new KeepAliveClient(
                                    port, ApiClient.loggedIn(port, username, InboxBench.PASSWORD)));
                if (REST.equals(path)) {
                  client.get();
                }
                long threadCpu = CpuTime.thread();
                for (int i = next.getAndIncrement();
                    i < taskIds.size();
                    i = next.getAndIncrement()) {
                  String id = taskIds.get(i);
                  long begin = System.nanoTime();
                  String failure =
                      switch (path) {
                        case REST -> completeOverHttp(client.get(), id);
                        case SERVICE -> completeInService(id);
                        default -> completeInEngine(id);
                      };
                  long took = System.nanoTime() - begin;
                  if (failure == null) {
                    nanos[measured.getAndIncrement()] = took;
                  } else {
                    failures.computeIfAbsent(failure, k -> new AtomicLong()).incrementAndGet();
                  }
                }
                clientCpu.addAndGet(CpuTime.thread() - threadCpu);
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long jvmCpu = CpuTime.process() - processCpu;
    long dbCpu = databaseCpu < 0 ? -1 : CpuTime.database() - databaseCpu;
    pool.shutdown();
    int done = measured.get();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("completed", done);
    result.put("seconds", Stats.round(seconds));
    result.put("perSecond", Stats.round(done / seconds));
    // CPU milliseconds per completion. Over HTTP the client threads only send and read, and count
    // as the client; in-process they do the completion itself, and count as the application.
    double perCompletion = 1e6 * Math.max(1, done);
    long client = REST.equals(path) ? clientCpu.get() : 0;
    result.put("cpuApplication", Stats.round((jvmCpu - client) / perCompletion));
    result.put("cpuClient", Stats.round(client / perCompletion));
    result.put("cpuDatabase", dbCpu < 0 ? null : Stats.round(dbCpu / perCompletion));
    if (done > 0) {
      result.putAll(Stats.of(Arrays.copyOf(nanos, done)).toMap());
    }
    Map<String, Long> byType = new LinkedHashMap<>();
    failures.forEach((k, v) -> byType.put(k, v.get()));
    result.put("failures", byType);
    return result;
  }

  /** Starts {@code size} instances, completes their first tasks, counts those now at the second. */
  private Map<String, Object> round(String path, int threads, int size) throws Exception {
    List<String> taskIds = startInstances(size);
    Map<String, Object> result = runRound(path, threads, taskIds);
    long advanced =
        taskService
            .createTaskQuery()
            .processDefinitionKey(PROCESS)
            .taskDefinitionKey(SECOND)
            .processInstanceIdIn(instancesOf(taskIds))
            .count();
    result.put("advancedToSecondTask", advanced);
    return result;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> both = new ArrayList<>(a);
    both.addAll(b);
    return both;
  }

  private final Map<String, String> instanceOfTask = new ConcurrentHashMap<>();

  private String[] instancesOf(List<String> taskIds) {
    return taskIds.stream().map(instanceOfTask::get).toArray(String[]::new);
  }

  private String completeOverHttp(KeepAliveClient client, String taskId) {
    try {
      KeepAliveClient.Response response =
          client.post("/api/tasks/" + taskId + "/complete", "{\"values\":{}}");
      if (response.status() == 204 || response.status() == 200) {
        return null;
      }
      String body = response.body() == null ? "" : response.body();
      if (body.contains("Deadlock") || body.contains("deadlock")) {
        return "deadlock";
      }
      if (response.status() == 409 && body.contains("task.changed")) {
        return "optimisticLocking";
      }
      return "http" + response.status();
    } catch (RuntimeException e) {
      return classify(e);
    }
  }

  private String completeInService(String taskId) {
    try {
      workbench.complete(user, taskId, Map.of(), null);
      return null;
    } catch (RuntimeException e) {
      return classify(e);
    }
  }

  private String completeInEngine(String taskId) {
    try {
      taskService.complete(taskId);
      return null;
    } catch (RuntimeException e) {
      return classify(e);
    }
  }

  static String classify(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockingException) {
        return "optimisticLocking";
      }
      String message = String.valueOf(t.getMessage());
      if (message.contains("Deadlock") || message.contains("deadlock")) {
        return "deadlock";
      }
    }
    return e.getClass().getSimpleName();
  }

  /** {@code size} new instances assigned to the user, started in parallel; their first tasks. */
  private List<String> startInstances(int size) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> started =
          IntStream.range(0, size)
              .mapToObj(
                  i ->
                      pool.submit(
                          () ->
                              runtimeService
                                  .startProcessInstanceByKey(PROCESS, Map.of("assignee", username))
                                  .getId()))
              .toList();
      List<String> taskIds = new ArrayList<>();
      for (Future<String> f : started) {
        String instance = f.get();
        Task task =
            taskService
                .createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(FIRST)
                .singleResult();
        instanceOfTask.put(task.getId(), instance);
        taskIds.add(task.getId());
      }
      return taskIds;
    } finally {
      pool.shutdown();
    }
  }

  private void deploy() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count()
        > 0) {
      return;
    }
    repositoryService
        .createDeployment()
        .name(PROCESS)
        .addModelInstance(
            PROCESS + ".bpmn",
            Bpmn.createExecutableProcess(PROCESS)
                .name("办结基准")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask(FIRST)
                .name("第一步")
                .camundaAssignee("${assignee}")
                .userTask(SECOND)
                .name("第二步")
                .camundaAssignee("${assignee}")
                .endEvent()
                .done())
        .deploy();
  }

  private static Map<String, Long> globalStatus(Connection c) throws SQLException {
    Map<String, Long> values = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "show global status where Variable_name in ('Questions', 'Com_select',"
                    + " 'Com_insert', 'Com_update', 'Com_delete', 'Com_commit')")) {
      while (r.next()) {
        values.put(r.getString(1), r.getLong(2));
      }
    }
    for (String k : STATUS) {
      values.putIfAbsent(k, 0L);
    }
    return values;
  }

  private boolean isMysql() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase();
      return product.contains("mysql") || product.contains("maria");
    }
  }

  @SuppressWarnings("unchecked")
  static double count(Map<String, Object> row, String path, String name) {
    Object value = ((Map<String, Object>) row.get(path)).get(name);
    return value == null ? 0 : ((Number) value).doubleValue();
  }

  static double perSecond(Map<String, Object> row, String path) {
    return count(row, path, "perSecond");
  }

  @SuppressWarnings("unchecked")
  static long failures(Map<String, Object> row, String path, String type) {
    Map<String, Long> failures =
        (Map<String, Long>) ((Map<String, Object>) row.get(path)).get("failures");
    if (type == null) {
      return failures.values().stream().mapToLong(Long::longValue).sum();
    }
    return failures.getOrDefault(type, 0L);
  }

  @SuppressWarnings("unchecked")
  static double sql(Map<String, Object> sql, String path, String name) {
    Map<String, Double> values = (Map<String, Double>) sql.get(path);
    return values == null ? Double.NaN : values.get(name);
  }

  private List<Map<String, Object>> targets(
      List<Map<String, Object>> rows, Map<String, Object> sql) {
    List<Map<String, Object>> targets = new ArrayList<>();
    Map<String, Object> at =
        rows.stream()
            .filter(r -> ((Number) r.get("clients")).intValue() == TARGET_CLIENTS)
            .findFirst()
            .orElse(null);
    if (at != null) {
      targets.add(
          target(
              "REST completions/s at 8 clients ≥ " + (int) TARGET_REST_PER_SECOND,
              perSecond(at, REST),
              perSecond(at, REST) >= TARGET_REST_PER_SECOND));
      double ratio = perSecond(at, REST) / perSecond(at, ENGINE);
      targets.add(
          target("REST ÷ engine at 8 clients ≥ " + TARGET_RATIO, ratio, ratio >= TARGET_RATIO));
    }
    if (sql.containsKey(REST)) {
      double extra = sql(sql, REST, "Questions") - sql(sql, ENGINE, "Questions");
      targets.add(
          target(
              "SQL statements per completion ≤ engine + " + (int) TARGET_EXTRA_STATEMENTS,
              extra,
              extra <= TARGET_EXTRA_STATEMENTS));
    }
    long deadlocks = 0;
    long optimistic = 0;
    for (Map<String, Object> row : rows) {
      for (String path : PATHS) {
        deadlocks += failures(row, path, "deadlock");
        optimistic += failures(row, path, "optimisticLocking");
      }
    }
    targets.add(target("deadlocks = 0", deadlocks, deadlocks == 0));
    targets.add(target("optimistic-locking failures = 0", optimistic, optimistic == 0));
    return targets;
  }

  private static Map<String, Object> target(String name, double value, boolean met) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("target", name);
    t.put("value", Stats.round(value));
    t.put("met", met);
    return t;
  }

  @SuppressWarnings("unchecked")
  private String markdown(
      Map<String, Object> report, List<Map<String, Object>> rows, Map<String, Object> sql) {
    StringBuilder md = new StringBuilder("# Completion benchmark\n\n");
    ((Map<String, Object>) report.get("environment"))
        .forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
    md.append(
        String.format(
            "- %d completions per round and path, %d warm-up, SQL batch %d, user %s%n%n",
            completions, warmUp, sqlBatch, username));
    md.append("## Throughput (complete → next user task)\n\n");
    md.append(
        "| clients | REST /s | service /s | engine /s | REST ÷ engine | service ÷ engine"
            + " | p50 / p95 ms REST · service · engine | failures | advanced |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---|---|---|\n");
    for (Map<String, Object> row : rows) {
      md.append(
          String.format(
              "| %d | %.1f | %.1f | %.1f | %.2f× | %.2f× | %s | %s | %s |%n",
              row.get("clients"),
              perSecond(row, REST),
              perSecond(row, SERVICE),
              perSecond(row, ENGINE),
              ((Number) row.get("ratio")).doubleValue(),
              ((Number) row.get("serviceRatio")).doubleValue(),
              perPath(
                  path ->
                      String.format(
                          "%.1f / %.1f", count(row, path, "p50"), count(row, path, "p95"))),
              perPath(
                  path -> String.valueOf(((Map<String, Object>) row.get(path)).get("failures"))),
              perPath(path -> String.format("%.0f", count(row, path, "advancedToSecondTask")))));
    }
    md.append(
        "\n## CPU per completion (ms: application JVM + load client + MariaDB, the three on the"
            + " same cores)\n\n| clients | REST | service | engine |\n|---:|---|---|---|\n");
    for (Map<String, Object> row : rows) {
      md.append(String.format("| %d", row.get("clients")));
      for (String path : PATHS) {
        md.append(
            String.format(
                " | %.2f + %.2f + %.2f = **%.2f**",
                count(row, path, "cpuApplication"),
                count(row, path, "cpuClient"),
                count(row, path, "cpuDatabase"),
                count(row, path, "cpuApplication")
                    + count(row, path, "cpuClient")
                    + count(row, path, "cpuDatabase")));
      }
      md.append(" |\n");
    }
    if (sql.containsKey(REST)) {
      md.append(
          "\n## SQL per completion (global status deltas, single thread, the status reads"
              + " subtracted; job executor off)\n\n");
      md.append("| path | " + String.join(" | ", STATUS) + " |\n");
      md.append("|---|" + "---:|".repeat(STATUS.size()) + "\n");
      for (String path : PATHS) {
        md.append("| ").append(path);
        for (String k : STATUS) {
          md.append(String.format(" | %.1f", sql(sql, path, k)));
        }
        md.append(" |\n");
      }
      md.append("| REST − engine");
      for (String k : STATUS) {
        md.append(String.format(" | %+.1f", sql(sql, REST, k) - sql(sql, ENGINE, k)));
      }
      md.append(" |\n");
    }
    md.append("\n## Targets\n\n| target | value | met |\n|---|---:|---|\n");
    for (Map<String, Object> t : (List<Map<String, Object>>) report.get("targets")) {
      md.append(
          String.format(
              "| %s | %.2f | %s |%n",
              t.get("target"), t.get("value"), (Boolean) t.get("met") ? "yes" : "**no**"));
    }
    return md.toString();
  }

  /** One figure per path, in the order of {@link #PATHS}. */
  private static String perPath(java.util.function.Function<String, String> figure) {
    return String.join(" · ", PATHS.stream().map(figure).toList());
  }

  private Map<String, Object> environment() throws SQLException {
    Map<String, Object> env = BenchEnvironment.machine();
    env.put("database", BenchEnvironment.database(dataSource));
    return env;
  }
}
