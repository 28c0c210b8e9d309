package cn.ronghe.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.AppProcess;
import cn.ronghe.support.Pilot;
import cn.ronghe.support.PrivateMariaDb;
import cn.ronghe.support.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under load and comes back: a MariaDB of the test's own ({@link
 * PrivateMariaDb}, its own port and data directory, never the machine's server), the packaged jar
 * against it, clients that keep starting requests (a write that answers 201 with the instance id).
 * The server is stopped (cleanly, or killed as in a crash), stays down for a few seconds and is
 * started again on the same data directory and port. What must hold:
 *
 * <ul>
 *   <li>every write answered 201 is stored afterwards, exactly once, with its open task (a write in
 *       flight at the moment the server died may be stored without its answer: stored ⇐ answered,
 *       not the reverse);
 *   <li>during the outage every request is answered within {@link #FAST} with 503, a problem body
 *       ({@code database.unavailable}) and {@code Retry-After}: no hang, no other 5xx;
 *   <li>health and readiness report DOWN (503) during the outage, liveness stays UP;
 *   <li>the same process serves writes again once the database is back (no restart); how long that
 *       takes is printed: from the server accepting connections to the first 201 and to health UP.
 * </ul>
 *
 * <p>Runs with failsafe in the {@code mysql} profile, after {@code package}, like {@link TwoNodes}.
 * Sizes: {@code -Doutage.clients=8 -Doutage.before=4 -Doutage.down=6 -Doutage.after=3} (seconds of
 * writes before the outage, of the outage, of writes after the first one that succeeds again),
 * {@code -Doutage.fastMillis=5000} (the longest answer allowed), {@code -Doutage.recovery=15}
 * (seconds allowed from the server accepting connections again to the first write through the app).
 */
class DatabaseOutage {

  static final String DATABASE = "ronghe_outage";
  static final String PASSWORD = "Ronghe@2026";

  static final int CLIENTS = Integer.getInteger("outage.clients", 8);
  static final Duration BEFORE = Duration.ofSeconds(Long.getLong("outage.before", 4));
  static final Duration DOWN = Duration.ofSeconds(Long.getLong("outage.down", 6));
  static final Duration AFTER = Duration.ofSeconds(Long.getLong("outage.after", 3));
  static final Duration FAST = Duration.ofMillis(Long.getLong("outage.fastMillis", 5000));
  static final Duration RECOVERY = Duration.ofSeconds(Long.getLong("outage.recovery", 15));

  static Path workDirectory;
  static PrivateMariaDb mariaDb;
  static ScratchDatabase database;
  static AppProcess node;
  static int port;
  static long pid;

  @BeforeAll
  static void startDatabaseAndNode() throws Exception {
    workDirectory = Files.createDirectories(Path.of("target", "outage"));
    mariaDb = PrivateMariaDb.install(workDirectory.resolve("mariadb"));
    mariaDb.start();
    database = mariaDb.database(DATABASE);
    String version = database.recreate();
    node = AppProcess.startNode(workDirectory, "app", database.environment());
    port = node.awaitStart(180, System.nanoTime()).port();
    node.awaitHealth(port, System.nanoTime() + TimeUnit.SECONDS.toNanos(60));
    pid = node.pid();
    System.out.printf(
        "[outage] %s of its own on port %d (pid %d), the app on %d (pid %d)%n",
        version, mariaDb.port(), mariaDb.pid(), port, pid);
  }

  @AfterAll
  static void stopNodeAndDatabase() throws Exception {
    if (node != null) {
      node.stop();
    }
    if (mariaDb != null) {
      mariaDb.close();
    }
  }

  @Test
  void aCleanStopLosesNoAcknowledgedWriteAndIsAnsweredFastWith503() throws Exception {
    Round round = outage("stop", () -> mariaDb.stop());
    round.assertHeld();
  }

  @Test
  void aKilledServerLosesNoAcknowledgedWriteAndIsAnsweredFastWith503() throws Exception {
    Round round = outage("kill", () -> mariaDb.kill());
    round.assertHeld();
  }

  /** What stops the server: a clean stop or a kill. */
  interface Outage {
    void begin() throws Exception;
  }

  /**
   * One start of a request by one client: when it was sent and answered ({@link
   * System#nanoTime()}), the answer (status -1: none, the connection cut or no answer within 30 s),
   * and what a 503 must carry.
   */
  record Attempt(
      String title,
      long sent,
      long answered,
      int status,
      String instance,
      String contentType,
      String code,
      String retryAfter,
      String body) {

    double seconds() {
      return (answered - sent) / 1e9;
    }
  }

  /** Clients writing through an outage of the database server. */
  private Round outage(String name, Outage outage) throws Exception {
    List<ApiClient> clients = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      // the timeout only keeps a hanging server from hanging the test; FAST is what is asserted
      clients.add(
          ApiClient.loggedIn(port, "zhangsan", PASSWORD).withTimeout(Duration.ofSeconds(30)));
    }
    Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    Round round = new Round(name);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        ApiClient client = clients.get(i);
        String prefix = "断库-" + name + "-" + i + "-";
        running.add(
            pool.submit(
                () -> {
                  for (int n = 0; writing.get(); n++) {
                    Attempt a = attempt(client, prefix + n);
                    attempts.add(a);
                    if (a.status() != 201) {
                      // not Retry-After's 5 s: the test wants answers all through the outage
                      Thread.sleep(50);
                    }
                  }
                  return null;
                }));
      }
      Thread.sleep(BEFORE.toMillis());

      round.downBegins = System.nanoTime();
      outage.begin();
      round.down = System.nanoTime();
      ApiClient probe = new ApiClient(port).withTimeout(Duration.ofSeconds(30));
      CompletableFuture<Integer> health = probeSoon(probe, "/actuator/health");
      CompletableFuture<Integer> readiness = probeSoon(probe, "/actuator/health/readiness");
      CompletableFuture<Integer> liveness = probeSoon(probe, "/actuator/health/liveness");
      Thread.sleep(DOWN.toMillis());
      round.healthDuringOutage = health.get();
      round.readinessDuringOutage = readiness.get();
      round.livenessDuringOutage = liveness.get();

      round.restart = System.nanoTime();
      round.accepting = mariaDb.start();
      round.healthUp = awaitHealthUp(probe, round.accepting);
      round.firstWrite = awaitFirstWriteAfter(attempts, round.accepting);
      Thread.sleep(AFTER.toMillis());
      writing.set(false);
      for (Future<?> f : running) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      writing.set(false);
      pool.shutdownNow();
    }
    round.attempts = List.copyOf(attempts);
    round.stored = storedRequests("断库-" + name + "-");
    round.print();
    return round;
  }

  private static Attempt attempt(ApiClient client, String title) {
    long sent = System.nanoTime();
    try {
      ApiClient.Response r = Pilot.startThroughApi(client, title);
      long answered = System.nanoTime();
      boolean problem = r.contentType().startsWith("application/problem+json");
      return new Attempt(
          title,
          sent,
          answered,
          r.status(),
          r.status() == 201 ? r.json().path("processInstanceId").asText() : null,
          r.contentType(),
          problem ? r.json().path("code").asText() : null,
          r.raw().headers().firstValue("Retry-After").orElse(null),
          r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
    } catch (IllegalStateException noAnswer) {
      return new Attempt(
          title, sent, System.nanoTime(), -1, null, "", null, null, String.valueOf(noAnswer));
    }
  }

  /** The status of a GET one second into the outage. */
  private static CompletableFuture<Integer> probeSoon(ApiClient probe, String path) {
    return CompletableFuture.supplyAsync(
        () -> probe.get(path).status(), CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
  }

  /** Polls health every 20 ms until it answers 200 UP; the moment it did. */
  private static long awaitHealthUp(ApiClient probe, long since) {
    AtomicLong up = new AtomicLong();
    await("health UP after the database came back")
        .atMost(remainingOf60s(since))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> {
              boolean ok = probe.get("/actuator/health").status() == 200;
              up.set(System.nanoTime());
              return ok;
            });
    return up.get();
  }

  /** Waits for the clients' first 201 answered after {@code since}; the moment of that answer. */
  private static long awaitFirstWriteAfter(Queue<Attempt> attempts, long since) {
    return await("a write succeeding after the database came back")
        .atMost(remainingOf60s(since))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () ->
                attempts.stream()
                    .filter(a -> a.status() == 201 && a.answered() > since)
                    .mapToLong(Attempt::answered)
                    .min()
                    .orElse(Long.MAX_VALUE),
            first -> first != Long.MAX_VALUE);
  }

  /** What is left of 60 s counted from {@code since} (at least a poll's worth). */
  private static Duration remainingOf60s(long since) {
    long left = since + TimeUnit.SECONDS.toNanos(60) - System.nanoTime();
    return Duration.ofNanos(Math.max(left, TimeUnit.MILLISECONDS.toNanos(100)));
  }

  /**
   * The requests stored with a title of this round: title → its instances, each with its count of
   * historic instance rows and of open inbox tasks.
   */
  private static Map<String, List<Stored>> storedRequests(String prefix) throws SQLException {
    Map<String, List<Stored>> stored = new HashMap<>();
    try (Connection c = database.connect();
        PreparedStatement q =
            c.prepareStatement(
                "select v.TEXT_, v.PROC_INST_ID_,"
                    + " (select count(*) from ACT_HI_PROCINST p where p.ID_ = v.PROC_INST_ID_),"
                    + " (select count(*) from task_inbox t"
                    + "  where t.process_instance_id = v.PROC_INST_ID_ and t.state = 'open')"
                    + " from ACT_HI_VARINST v where v.NAME_ = 'requestTitle' and v.TEXT_ like ?")) {
      q.setString(1, prefix + "%");
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          stored
              .computeIfAbsent(r.getString(1), t -> new ArrayList<>())
              .add(new Stored(r.getString(2), r.getInt(3), r.getInt(4)));
        }
      }
    }
    return stored;
  }

  record Stored(String instance, int historicRows, int openTasks) {}

  /** One round's moments ({@link System#nanoTime()}), answers and what the database holds after. */
  static final class Round {
    final String name;
    long downBegins;
    long down;
    long restart;
    long accepting;
    long healthUp;
    long firstWrite;
    int healthDuringOutage;
    int readinessDuringOutage;
    int livenessDuringOutage;
    List<Attempt> attempts;
    Map<String, List<Stored>> stored;

    Round(String name) {
      this.name = name;
    }

    /** Sent once the server was gone, answered before it was started again. */
    boolean duringOutage(Attempt a) {
      return a.sent() >= down && a.answered() <= restart;
    }

    List<Attempt> select(Predicate<Attempt> which) {
      return attempts.stream().filter(which).toList();
    }

    List<Attempt> acknowledged() {
      return select(a -> a.status() == 201);
    }

    void assertHeld() {
      List<Attempt> outage = select(this::duringOutage);
      assertThat(outage).as("answers during the outage").hasSizeGreaterThanOrEqualTo(CLIENTS);
      assertThat(
              select(
                  a ->
                      duringOutage(a)
                          && !(a.status() == 503
                              && a.contentType().startsWith("application/problem+json")
                              && "database.unavailable".equals(a.code())
                              && a.retryAfter() != null
                              && a.seconds() < secondsOf(FAST))))
          .as(
              "answers during the outage that are not a 503 database.unavailable problem with"
                  + " Retry-After within "
                  + FAST)
          .isEmpty();
      assertThat(select(a -> a.status() != 201 && a.status() != 503))
          .as("answers of the round neither 201 nor 503 (-1: none)")
          .isEmpty();
      // those in flight as the server went wait for it to go (a clean stop lets running statements
      // end), then once more for a connection: the session store's read after the answer
      assertThat(select(a -> a.seconds() >= 2 * secondsOf(FAST)))
          .as("answers of the round that took more than twice " + FAST)
          .isEmpty();

      assertThat(healthDuringOutage).as("health during the outage").isEqualTo(503);
      assertThat(readinessDuringOutage).as("readiness during the outage").isEqualTo(503);
      assertThat(livenessDuringOutage).as("liveness during the outage").isEqualTo(200);

      assertThat((firstWrite - accepting) / 1e9)
          .as("seconds from the database accepting connections to the first write through the app")
          .isLessThan(secondsOf(RECOVERY));
      assertThat(select(a -> a.status() == 201 && a.sent() > accepting))
          .as("writes acknowledged after the database came back")
          .isNotEmpty();
      assertThat(node.isAlive()).as("the app is still running").isTrue();
      assertThat(node.pid()).as("the same process, never restarted").isEqualTo(pid);

      assertThat(
              select(
                  a ->
                      a.status() == 201
                          && !List.of(new Stored(a.instance(), 1, 1))
                              .equals(stored.get(a.title()))))
          .as("acknowledged writes not stored exactly once with their open task")
          .isEmpty();
      assertThat(
              stored.entrySet().stream()
                  .filter(
                      e ->
                          e.getValue().size() != 1
                              || e.getValue().get(0).historicRows() != 1
                              || e.getValue().get(0).openTasks() != 1)
                  .toList())
          .as("titles stored twice, or stored without their instance or open task")
          .isEmpty();
    }

    void print() {
      List<Attempt> outage = select(this::duringOutage);
      List<Double> latencies = outage.stream().map(Attempt::seconds).sorted().toList();
      long acknowledged = acknowledged().size();
      long unacknowledgedStored =
          select(a -> a.status() != 201 && stored.containsKey(a.title())).size();
      System.out.printf(
          "[outage] %s: %d clients; writes acknowledged %d before the %s, %d while it went down,"
              + " %d after the restart (%d in all, %d stored, %d of them twice); %d stored though"
              + " not acknowledged%n",
          name,
          CLIENTS,
          select(a -> a.status() == 201 && a.answered() <= downBegins).size(),
          name,
          select(a -> a.status() == 201 && a.answered() > downBegins && a.answered() <= restart)
              .size(),
          select(a -> a.status() == 201 && a.answered() > restart).size(),
          acknowledged,
          stored.size(),
          stored.values().stream().filter(rows -> rows.size() > 1).count(),
          unacknowledgedStored);
      System.out.printf(
          "[outage] %s: %s took %.2f s; %.1f s down: %d answers %s, latency max %.2f s,"
              + " p95 %.2f s, median %.2f s; health %d, readiness %d, liveness %d%n",
          name,
          name,
          (down - downBegins) / 1e9,
          (restart - down) / 1e9,
          outage.size(),
          countByStatus(outage),
          latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1),
          percentile(latencies, 0.95),
          percentile(latencies, 0.5),
          healthDuringOutage,
          readinessDuringOutage,
          livenessDuringOutage);
      List<Attempt> inFlight = select(a -> a.sent() < down && a.answered() > downBegins);
      System.out.printf(
          "[outage] %s: in flight as the server went: %d answers %s, slowest %.2f s%n",
          name,
          inFlight.size(),
          countByStatus(inFlight),
          inFlight.stream().mapToDouble(Attempt::seconds).max().orElse(0));
      System.out.printf(
          "[outage] %s: restart: the server accepts connections %.2f s after its launch;"
              + " recovery (from then): first 201 after %.2f s, health UP after %.2f s;"
              + " all answers of the round %s; same app process %b%n",
          name,
          (accepting - restart) / 1e9,
          (firstWrite - accepting) / 1e9,
          (healthUp - accepting) / 1e9,
          countByStatus(attempts),
          node.isAlive() && node.pid() == pid);
    }
  }

  private static Map<Integer, Long> countByStatus(List<Attempt> attempts) {
    return attempts.stream()
        .collect(Collectors.groupingBy(Attempt::status, TreeMap::new, Collectors.counting()));
  }

  private static double percentile(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  private static double secondsOf(Duration d) {
    return d.toMillis() / 1000.0;
  }
}
