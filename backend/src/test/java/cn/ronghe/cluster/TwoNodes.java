package cn.ronghe.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.AppProcess;
import cn.ronghe.support.Pilot;
import cn.ronghe.support.ScratchDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes, two JVMs running the packaged jar on their own ports, against one MariaDB database of
 * their own: what scaling out relies on. Sessions live in the database (either node serves any
 * request), so do the login failures, and Camunda's optimistic locking lets exactly one of many
 * simultaneous claims or completions of a task win, whichever node each arrives at.
 *
 * <p>Runs with failsafe (its own execution, {@code two-nodes}) in the {@code mysql} profile, after
 * {@code package} ({@code mvn -Pmysql -pl backend -am verify}), on the server of {@code
 * RONGHE_DB_URL} with a database it creates and drops ({@value #DATABASE}). Sizes: {@code
 * -Dcluster.claimers=50 -Dcluster.tasks=100}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodes {

  static final String DATABASE = "ronghe_cluster";
  static final String PASSWORD = "Ronghe@2026";

  static final int CLAIMERS = Integer.getInteger("cluster.claimers", 50);
  static final int TASKS = Integer.getInteger("cluster.tasks", 100);
  static final int TIMERS = Integer.getInteger("cluster.timers", 1000);

  /** How long a node's job executor holds a job it took: a killed node's jobs wait this long. */
  static final int JOB_LOCK_SECONDS = 15;

  static ScratchDatabase database;
  static Path workDirectory;
  static AppProcess nodeA;
  static AppProcess nodeB;
  static int portA;
  static int portB;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    // the default of application-mysql.yml
    String url =
        System.getenv().getOrDefault("RONGHE_DB_URL", "jdbc:mysql://127.0.0.1:3306/ronghe");
    database =
        ScratchDatabase.onTheServerOf(url, DATABASE)
            .orElseThrow(() -> new AssertionError("RONGHE_DB_URL is no MySQL URL: " + url));
    database.recreate();
    workDirectory = Files.createDirectories(Path.of("target", "cluster"));
    // one after the other: the first creates the schema (Flyway, Camunda) and the demo court
    nodeA = start("a");
    portA = nodeA.awaitStart(180, System.nanoTime()).port();
    nodeA.awaitHealth(portA, System.nanoTime() + TimeUnit.SECONDS.toNanos(60));
    nodeB = start("b");
    portB = nodeB.awaitStart(180, System.nanoTime()).port();
    nodeB.awaitHealth(portB, System.nanoTime() + TimeUnit.SECONDS.toNanos(60));
    System.out.printf(
        "[cluster] node a on %d (pid %d), node b on %d (pid %d)%n",
        portA, nodeA.pid(), portB, nodeB.pid());
  }

  @AfterAll
  static void stopTwoNodes() throws Exception {
    for (AppProcess node : new AppProcess[] {nodeA, nodeB}) {
      if (node != null && node.isAlive()) {
        node.stop();
      }
    }
    database.drop();
  }

  @Test
  void aSessionStartedOnOneNodeServesOnTheOtherUntilItLogsOut() {
    ApiClient onA = ApiClient.loggedIn(portA, "liqiang", PASSWORD);
    ApiClient onB = onA.onPort(portB);

    ApiClient.Response me = onB.get("/api/auth/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("username").asText()).isEqualTo("liqiang");

    assertThat(onB.post("/api/auth/logout", "{}").status()).isLessThan(300);
    assertThat(onA.get("/api/auth/me").status()).isEqualTo(401);
  }

  @Test
  void fiveWrongPasswordsOnEitherNodeLockTheAccountOnBoth() {
    String username = newUsers("locked", 1, "staff").get(0);
    for (int attempt = 1; attempt <= 4; attempt++) {
      int port = attempt % 2 == 0 ? portA : portB;
      assertThat(new ApiClient(port).login(username, "Wrong@Pass2026").status()).isEqualTo(401);
    }
    ApiClient.Response fifth = new ApiClient(portA).login(username, "Wrong@Pass2026");
    assertThat(fifth.json().path("code").asText()).isEqualTo("auth.locked");
    ApiClient.Response rightOnB = new ApiClient(portB).login(username, PASSWORD);
    assertThat(rightOnB.status()).isEqualTo(423);
    assertThat(rightOnB.json().path("code").asText()).isEqualTo("auth.locked");
  }

  @Test
  void ofManySimultaneousClaimsOnBothNodesExactlyOneWinsEachTask() throws Exception {
    List<String> tasks = reviewTasks(TASKS, "认领竞争");
    List<String> claimers = newUsers("claimer", CLAIMERS, "branch-secretary");
    List<ApiClient> clients = new ArrayList<>();
    for (int i = 0; i < claimers.size(); i++) {
      clients.add(ApiClient.loggedIn(i % 2 == 0 ? portA : portB, claimers.get(i), PASSWORD));
    }

    Map<String, AtomicInteger> wins = new ConcurrentHashMap<>();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients.size());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < clients.size(); i++) {
        ApiClient client = clients.get(i);
        List<String> order = new ArrayList<>(tasks);
        Collections.shuffle(order, new Random(i));
        running.add(
            pool.submit(
                () -> {
                  for (String task : order) {
                    int status = client.post("/api/tasks/" + task + "/claim", "{}").status();
                    statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                    if (status == 200) {
                      wins.computeIfAbsent(task, k -> new AtomicInteger()).incrementAndGet();
                    }
                  }
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "[cluster] claim race: %d clients (half on each node) × %d tasks = %d claims in %.1f s"
            + " (%.0f/s); answers %s%n",
        clients.size(),
        tasks.size(),
        clients.size() * tasks.size(),
        seconds,
        clients.size() * tasks.size() / seconds,
        statuses);

    assertThat(statuses.keySet()).as("answers").containsOnly(200, 409);
    assertThat(statuses.get(200).get()).isEqualTo(tasks.size());
    assertThat(tasks).allSatisfy(t -> assertThat(wins.get(t)).as(t).hasValue(1));
    assertThat(auditRows("task.claim", tasks)).isEqualTo(tasks.size());
  }

  @Test
  void ofSimultaneousCompletionsOfOneTaskOnBothNodesTheProcessAdvancesOnce() throws Exception {
    List<String> tasks = reviewTasks(30, "办结竞争");
    ApiClient onA = ApiClient.loggedIn(portA, "liqiang", PASSWORD);
    ApiClient onB = onA.onPort(portB);
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    for (String task : tasks) {
      assertThat(onA.post("/api/tasks/" + task + "/claim", "{}").status()).isEqualTo(200);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<Integer>> answers =
            IntStream.range(0, 8)
                .mapToObj(
                    i ->
                        pool.submit(
                            () ->
                                (i % 2 == 0 ? onA : onB)
                                    .post(
                                        "/api/tasks/" + task + "/complete",
                                        Map.of(
                                            "values",
                                            Map.of(
                                                "reviewDecision", "pass",
                                                "reviewComment", "情况属实，同意上报")))
                                    .status()))
                .toList();
        int completed = 0;
        for (Future<Integer> answer : answers) {
          int status = answer.get();
          statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
          completed += status == 204 ? 1 : 0;
        }
        assertThat(completed).as("completions of " + task).isEqualTo(1);
      } finally {
        pool.shutdown();
      }
    }
    System.out.printf(
        "[cluster] complete race: %d tasks × 8 simultaneous completions (half on each node);"
            + " answers %s%n",
        tasks.size(), statuses);
    assertThat(statuses.keySet()).as("answers").containsOnly(204, 409);
    // each review ended once, and each instance has exactly one open task after it
    assertThat(historicEnds(tasks)).isEqualTo(tasks.size());
    assertThat(openTasksAfter(tasks)).isEqualTo(tasks.size());
    assertThat(auditRows("task.complete", tasks)).isEqualTo(tasks.size());
  }

  /**
   * Last, since it kills node b: {@value #TIMERS} instances of the test process timerNotice
   * (src/test/resources/cluster) each fire a timer 30 s after their start whose job sends a notice
   * through the application's noticeDelegate. Both job executors take the jobs; node b is killed
   * (SIGKILL) once a quarter of the notices exist; node a takes over the jobs node b held once
   * their locks expire. Each instance's notice step ran exactly once, each notice exists once, no
   * job is left and no incident.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void timersFireExactlyOnceAcrossTwoNodesEvenWhenOneIsKilledMidRun() throws Exception {
    List<ApiClient> starters =
        List.of(
            ApiClient.loggedIn(portA, "zhangsan", PASSWORD),
            ApiClient.loggedIn(portB, "zhangsan", PASSWORD));
    long start = System.nanoTime();
    List<String> instances = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < TIMERS; i++) {
        ApiClient starter = starters.get(i % 2);
        running.add(
            pool.submit(
                () -> {
                  ApiClient.Response started =
                      starter.post("/api/processes/timerNotice/start", "{}");
                  assertThat(started.status()).as(started.body()).isEqualTo(201);
                  instances.add(started.json().path("processInstanceId").asText());
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double startSeconds = (System.nanoTime() - start) / 1e9;

    // both executors at work, then node b dies with whatever jobs it holds
    await("a quarter of the notices")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> notices() >= TIMERS / 4);
    long killedAt = System.nanoTime();
    nodeB.kill();
    long noticesAtKill = notices();
    long lockedAtKill = lockedJobs();
    Map<String, Long> doneBeforeKill = jobsDoneByNode();
    System.out.printf(
        "[cluster] timers: %d instances started in %.1f s; node b killed at %d notices, jobs done"
            + " by then %s, %d jobs locked (taken, not done)%n",
        TIMERS, startSeconds, noticesAtKill, doneBeforeKill, lockedAtKill);

    await("all notices and no jobs left after the kill")
        .atMost(Duration.ofSeconds(JOB_LOCK_SECONDS + 180))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> notices() >= TIMERS && openJobs() == 0);
    double afterKill = (System.nanoTime() - killedAt) / 1e9;
    long[] stepRuns = noticeStepRunsPerInstance();
    Map<String, Long> done = jobsDoneByNode();
    System.out.printf(
        "[cluster] timers: all %d notices %.1f s after the kill (job lock %d s); jobs done %s;"
            + " notice step ran once in %d instances, more than once in %d; incidents %d%n",
        TIMERS, afterKill, JOB_LOCK_SECONDS, done, stepRuns[0], stepRuns[1], incidents());

    assertThat(instances).hasSize(TIMERS).doesNotHaveDuplicates();
    assertThat(notices()).isEqualTo(TIMERS);
    assertThat(
            countIn(
                "select count(distinct dedup_key) from notification where kind = 'test.timer'"
                    + " and recipient = 'zhangsan' and dedup_key in ",
                instances.stream().map(i -> "notice:" + i + ":notice:zhangsan").toList()))
        .as("one notice per instance, under its key")
        .isEqualTo(TIMERS);
    assertThat(stepRuns)
        .as("instances whose notice step ran once / more than once")
        .containsExactly(TIMERS, 0);
    assertThat(incidents()).isZero();
    // Killed mid-run: jobs were left to do. Which node ran how many varies: both executors race
    // for the same due jobs, and in some runs node a wins every acquisition before the kill.
    assertThat(doneBeforeKill.values().stream().mapToLong(Long::longValue).sum())
        .as("timer jobs done before the kill")
        .isLessThan(TIMERS);
    assertThat(done.values().stream().mapToLong(Long::longValue).sum())
        .as("timer jobs run to completion")
        .isEqualTo(TIMERS);
    assertThat(
            countIn(
                "select count(*) from ACT_HI_PROCINST where END_TIME_ is not null and ID_ in ",
                instances))
        .as("instances ended")
        .isEqualTo(TIMERS);
  }

  // ---- set-up and checks through the database ----

  /** Review tasks (claimable by branch 1's secretaries) of new requests by zhangsan on node a. */
  private static List<String> reviewTasks(int count, String title) throws SQLException {
    ApiClient zhangsan = ApiClient.loggedIn(portA, "zhangsan", PASSWORD);
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      instances.add(Pilot.requestThroughApi(zhangsan, title + " " + i));
    }
    List<String> tasks = new ArrayList<>();
    try (Connection c = database.connect();
        PreparedStatement q =
            c.prepareStatement(
                "select task_id from task_inbox where process_instance_id = ? and state = 'open'")) {
      for (String instance : instances) {
        q.setString(1, instance);
        try (ResultSet r = q.executeQuery()) {
          assertThat(r.next()).as("open task of " + instance).isTrue();
          tasks.add(r.getString(1));
        }
      }
    }
    return tasks;
  }

  /**
   * New accounts with the demo password, each holding {@code role} (for branch roles: in liqiang's
   * branch); returns their usernames.
   */
  private static List<String> newUsers(String prefix, int count, String role) {
    List<String> usernames = new ArrayList<>();
    try (Connection c = database.connect()) {
      String hash;
      long branch;
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "select u.password_hash, g.org_id from app_user u join role_grant g"
                      + " on g.user_id = u.id where u.username = 'liqiang'"
                      + " and g.role = 'branch-secretary'")) {
        assertThat(r.next()).isTrue();
        hash = r.getString(1);
        branch = r.getLong(2);
      }
      String run = Long.toString(System.nanoTime() % 1_000_000, 36);
      for (int i = 0; i < count; i++) {
        String username = prefix + run + i;
        long id;
        try (PreparedStatement insert =
            c.prepareStatement(
                "insert into app_user (username, display_name, password_hash, password_changed_at)"
                    + " values (?, ?, ?, current_timestamp)",
                Statement.RETURN_GENERATED_KEYS)) {
          insert.setString(1, username);
          insert.setString(2, "测试" + i);
          insert.setString(3, hash);
          insert.executeUpdate();
          try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
          }
        }
        try (PreparedStatement grant =
            c.prepareStatement("insert into role_grant (user_id, role, org_id) values (?, ?, ?)")) {
          grant.setLong(1, id);
          grant.setString(2, role);
          if (role.startsWith("branch-")) {
            grant.setLong(3, branch);
          } else {
            grant.setNull(3, java.sql.Types.BIGINT);
          }
          grant.executeUpdate();
        }
        usernames.add(username);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return usernames;
  }

  private static long notices() {
    return count("select count(*) from notification where kind = 'test.timer'");
  }

  /** Timer jobs of the timer test not yet done. */
  private static long openJobs() {
    return count("select count(*) from ACT_RU_JOB where PROCESS_DEF_KEY_ = 'timerNotice'");
  }

  private static long lockedJobs() {
    return count("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null");
  }

  private static long incidents() {
    return count("select count(*) from ACT_RU_INCIDENT");
  }

  /**
   * Timer jobs of the timer test that ran to completion, by node (the engine's job log, whose host
   * name each node sets to its own name).
   */
  private static Map<String, Long> jobsDoneByNode() throws SQLException {
    Map<String, Long> done = new java.util.TreeMap<>();
    try (Connection c = database.connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select HOSTNAME_, count(*) from ACT_HI_JOB_LOG where PROCESS_DEF_KEY_ = 'timerNotice'"
                    + " and JOB_STATE_ = 2 group by HOSTNAME_")) {
      while (r.next()) {
        done.put(r.getString(1), r.getLong(2));
      }
    }
    return done;
  }

  /** Instances of timerNotice whose notice step completed once, and more than once. */
  private static long[] noticeStepRunsPerInstance() throws SQLException {
    long once = 0;
    long more = 0;
    try (Connection c = database.connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select count(*) from ACT_HI_ACTINST a join ACT_RE_PROCDEF d"
                    + " on d.ID_ = a.PROC_DEF_ID_ where d.KEY_ = 'timerNotice'"
                    + " and a.ACT_ID_ = 'notice' and a.END_TIME_ is not null"
                    + " group by a.PROC_INST_ID_")) {
      while (r.next()) {
        if (r.getLong(1) == 1) {
          once++;
        } else {
          more++;
        }
      }
    }
    return new long[] {once, more};
  }

  private static long count(String sql) {
    try (Connection c = database.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long auditRows(String action, List<String> tasks) throws SQLException {
    return countIn(
        "select count(*) from audit_event where action = '" + action + "' and object_id in ",
        tasks);
  }

  private static long historicEnds(List<String> tasks) throws SQLException {
    return countIn(
        "select count(*) from ACT_HI_TASKINST where END_TIME_ is not null and ID_ in ", tasks);
  }

  /** Open tasks of the instances of these tasks (each should have moved on to one next step). */
  private static long openTasksAfter(List<String> tasks) throws SQLException {
    return countIn(
        "select count(*) from task_inbox t where t.state = 'open' and t.process_instance_id in"
            + " (select process_instance_id from task_inbox where task_id in ",
        tasks,
        ")");
  }

  private static long countIn(String sql, List<String> ids, String... closing) throws SQLException {
    String in = "(" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
    try (Connection c = database.connect();
        PreparedStatement q = c.prepareStatement(sql + in + String.join("", closing))) {
      for (int i = 0; i < ids.size(); i++) {
        q.setString(i + 1, ids.get(i));
      }
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static AppProcess start(String name) throws IOException {
    return AppProcess.startNode(
        workDirectory,
        name,
        database.environment(),
        "--camunda.bpm.job-execution.lock-time-in-millis=" + JOB_LOCK_SECONDS * 1000,
        // an idle job executor looks for due jobs every 1-2 s (Camunda: 5 s, backing off to 60
        // s), so that both nodes take part in the timer test's burst
        "--camunda.bpm.job-execution.wait-time-in-millis=1000",
        "--camunda.bpm.job-execution.max-wait=2000",
        // the engine's host name, as its job log records who ran each job
        "--camunda.bpm.generic-properties.properties.hostname=node-" + name,
        // 25 clients per node race for 10 connections: on a loaded 2-core machine a claim has
        // waited over the production 2 s for one, and got the overload 503 (DatabaseOutage tests
        // that); the races here are about who wins, so a request may wait longer
        "--spring.datasource.hikari.connection-timeout=15000",
        // the application's own processes and forms, and the timer test's process
        "--camunda.bpm.deployment-resource-pattern=classpath*:bpmn/**/*.bpmn,"
            + "classpath*:dmn/**/*.dmn,classpath*:forms/**/*.form,file:"
            + Path.of("target", "test-classes", "cluster").toAbsolutePath()
            + "/*.bpmn");
  }
}
