package cn.ronghe.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.AppProcess;
import cn.ronghe.support.ScratchDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start-up time and memory of the packaged application, started as a user starts it: {@code java
 * -jar backend/target/ronghe.jar}, a child process with the JVM's default options, in four cases:
 * H2 on an empty working directory (schema and demo data created), H2 again on the same directory,
 * MariaDB/MySQL on a fresh database, and again on that database. Per case: the wall time from spawn
 * to the start line and to {@code /actuator/health} answering UP, Spring's own "Started in" and
 * "process running for" seconds, RSS ({@code VmRSS}, and the peak {@code VmHWM}) from {@code
 * /proc/<pid>/status} and the heap from {@code jcmd <pid> GC.heap_info}, after the start and after
 * a light workload ({@code bench.startupLogins} logins of a demo user, each followed by {@code GET
 * /api/tasks}). Timings and sizes are reported, never asserted: only that every case started and
 * was healthy.
 *
 * <p>Runs with failsafe in the Maven profile {@code bench}, after {@code package}, which passes
 * {@code bench.jar}. The MariaDB cases use the server of {@code RONGHE_DB_URL} (with {@code
 * RONGHE_DB_USER}, {@code RONGHE_DB_PASSWORD}) but their own database {@value #DATABASE}, created
 * and dropped here, so the other benchmarks' database is never touched; without a MySQL/MariaDB
 * {@code RONGHE_DB_URL} they are left out. Report: {@code target/bench/startup.md} and {@code
 * startup.json}; each child's output in {@code target/bench/startup-*.log}.
 */
@Tag("bench")
class StartupBench {

  static final String DATABASE = "ronghe_startup";
  static final String USER = "liqiang";

  /** Environment variables that would change the child's JVM or profile behind our back. */
  static final List<String> CLEARED_ENV =
      List.of(
          "JAVA_TOOL_OPTIONS",
          "JDK_JAVA_OPTIONS",
          "_JAVA_OPTIONS",
          "SPRING_PROFILES_ACTIVE",
          "RONGHE_DEMO",
          "RONGHE_DB_URL",
          "RONGHE_DB_USER",
          "RONGHE_DB_PASSWORD");

  private final int timeoutSeconds = Integer.getInteger("bench.startupTimeout", 180);
  private final int logins = Integer.getInteger("bench.startupLogins", 50);
  private final Path javaHome = Path.of(System.getProperty("java.home"));
  private final Path out = Path.of("target", "bench");

  /** One start: where, with which arguments and environment. */
  record Case(
      String database, String start, Path directory, List<String> args, Map<String, String> env) {
    String slug() {
      return (database + "-" + start).toLowerCase();
    }
  }

  @Test
  void startUpTimeAndMemoryOnH2AndMariaDb() throws Exception {
    String jarProperty = System.getProperty("bench.jar", "");
    assertThat(jarProperty)
        .as("bench.jar: StartupBench runs with failsafe in the bench profile, after package")
        .isNotBlank();
    Path jar = Path.of(jarProperty).toAbsolutePath();
    assertThat(jar).as("the packaged application").isRegularFile();
    Files.createDirectories(out);

    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, Object> environment = BenchEnvironment.machine();
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("jar", jar.toString());
    setup.put("jarMiB", Stats.round(Files.size(jar) / (1024.0 * 1024)));
    setup.put("jvmOptions", "none: the JVM's defaults (JAVA_TOOL_OPTIONS etc. cleared)");
    setup.put("logins", logins);

    // H2: the default profile, its database under ./data of the working directory
    Path h2 = Files.createTempDirectory("ronghe-startup-h2");
    try {
      for (String start : List.of("first", "second")) {
        rows.add(run(jar, new Case("H2", start, h2, List.of(), Map.of())));
      }
    } finally {
      deleteRecursively(h2);
    }

    Optional<ScratchDatabase> database =
        ScratchDatabase.onTheServerOf(System.getenv("RONGHE_DB_URL"), DATABASE);
    if (database.isPresent()) {
      String product = database.get().recreate();
      environment.put("database", product);
      String name = product.toLowerCase().contains("mariadb") ? "MariaDB" : "MySQL";
      Map<String, String> env = database.get().environment();
      Path directory = Files.createTempDirectory("ronghe-startup-mysql");
      try {
        for (String start : List.of("first", "second")) {
          rows.add(
              run(
                  jar,
                  new Case(
                      name, start, directory, List.of("--spring.profiles.active=mysql"), env)));
        }
      } finally {
        deleteRecursively(directory);
        database.get().drop();
      }
    } else {
      System.out.println(
          "[bench] RONGHE_DB_URL is no jdbc:mysql/jdbc:mariadb URL: the MariaDB cases are left out");
      setup.put("note", "MariaDB cases left out: RONGHE_DB_URL unset or not MySQL/MariaDB");
    }

    new StartupBenchReport(environment, setup, rows).write(out);
    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(row.get("health")).as("health of " + row.get("database")).isEqualTo("UP");
              assertThat(row.get("workloadOk")).isEqualTo(logins);
            });
  }

  /** Starts the jar, waits for it, measures, runs the workload, measures again, stops it. */
  private Map<String, Object> run(Path jar, Case c) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(javaHome.resolve("bin").resolve("java").toString());
    command.add("-jar");
    command.add(jar.toString());
    // port 0: the system picks a free port, so no clash with anything else running
    command.add("--server.port=0");
    command.add("--ronghe.demo=true");
    command.addAll(c.args());
    ProcessBuilder builder = new ProcessBuilder(command).directory(c.directory().toFile());
    builder.redirectErrorStream(true);
    CLEARED_ENV.forEach(builder.environment()::remove);
    builder.environment().putAll(c.env());
    Path log = out.resolve("startup-" + c.slug() + ".log");
    System.out.printf("[bench] %s, %s start: %s%n", c.database(), c.start(), command);

    Map<String, Object> row = new LinkedHashMap<>();
    row.put("database", c.database());
    row.put("start", c.start());
    row.put("command", String.join(" ", command.subList(1, command.size())));
    long spawn = System.nanoTime();
    AppProcess child = new AppProcess(builder.start(), log);
    try {
      AppProcess.Started started = child.awaitStart(timeoutSeconds, spawn);
      row.put("startedInSeconds", started.startedIn());
      row.put("processRunningForSeconds", started.runningFor());
      row.put("wallToStartLineSeconds", Stats.round((started.nanos() - spawn) / 1e9));
      ApiClient.Response health =
          child.awaitHealth(started.port(), spawn + seconds(timeoutSeconds));
      row.put("wallToReadySeconds", Stats.round((System.nanoTime() - spawn) / 1e9));
      row.put("health", health.json().path("status").asText());
      row.put("frontEndServed", frontEnd(started.port()));
      row.put("afterStart", memory(child.pid()));

      long workload = System.nanoTime();
      row.put("workloadOk", workload(started.port()));
      row.put("workloadSeconds", Stats.round((System.nanoTime() - workload) / 1e9));
      row.put("afterWorkload", memory(child.pid()));
      row.put("liveHeapAfterFullGcMiB", liveHeap(child.pid()));
      row.put("jvm", flags(child.pid()));
    } finally {
      long stop = System.nanoTime();
      row.put("exitCode", child.stop());
      row.put("stopSeconds", Stats.round((System.nanoTime() - stop) / 1e9));
    }
    System.out.printf(
        "[bench] %s, %s start: started in %s s, ready after %s s, RSS %s MiB; stopped, exit %s%n",
        c.database(),
        c.start(),
        row.get("startedInSeconds"),
        row.get("wallToReadySeconds"),
        ((Map<?, ?>) row.get("afterStart")).get("rssMiB"),
        row.get("exitCode"));
    return row;
  }

  /** Logins of the demo user, each in a new session and followed by its task list. */
  private int workload(int port) {
    int ok = 0;
    for (int i = 0; i < logins; i++) {
      ApiClient client = ApiClient.loggedIn(port, USER, InboxBench.PASSWORD);
      ApiClient.Response tasks = client.get("/api/tasks");
      assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
      assertThat(tasks.json().has("items")).as(tasks.body()).isTrue();
      ok++;
    }
    return ok;
  }

  /**
   * Whether the jar serves the SPA at / (its front end can be missing from a build without npm).
   */
  private static boolean frontEnd(int port) {
    ApiClient.Response index = new ApiClient(port).get("/");
    return index.status() == 200 && index.contentType().startsWith("text/html");
  }

  /** RSS and peak RSS from /proc, heap and metaspace from jcmd GC.heap_info; MiB. */
  private Map<String, Object> memory(long pid) throws IOException, InterruptedException {
    Map<String, Object> memory = new LinkedHashMap<>();
    List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
    memory.put("rssMiB", procKiB(status, "VmRSS") / 1024.0);
    memory.put("peakRssMiB", procKiB(status, "VmHWM") / 1024.0);
    memory.putAll(heapInfo(jcmd(pid, "GC.heap_info")));
    memory.replaceAll((k, v) -> v instanceof Double d ? Stats.round(d) : v);
    return memory;
  }

  /** Heap in use after a full collection (forced through jcmd GC.run), MiB. */
  private double liveHeap(long pid) throws IOException, InterruptedException {
    jcmd(pid, "GC.run");
    return Stats.round((double) heapInfo(jcmd(pid, "GC.heap_info")).get("heapUsedMiB"));
  }

  /** The collector and maximum heap the JVM chose by itself. */
  private Map<String, Object> flags(long pid) throws IOException, InterruptedException {
    String flags = jcmd(pid, "VM.flags");
    Map<String, Object> jvm = new LinkedHashMap<>();
    Matcher max = Pattern.compile("MaxHeapSize=(\\d+)").matcher(flags);
    jvm.put("heapMaxMiB", max.find() ? Long.parseLong(max.group(1)) / (1024 * 1024) : null);
    Matcher gc = Pattern.compile("\\+Use(\\w+GC)\\b").matcher(flags);
    jvm.put("gc", gc.find() ? gc.group(1) : null);
    jvm.put("flags", flags.strip());
    return jvm;
  }

  private static long procKiB(List<String> status, String field) {
    return status.stream()
        .filter(l -> l.startsWith(field + ":"))
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(field + " missing from /proc/<pid>/status"));
  }

  /**
   * Parses GC.heap_info: G1 prints one "garbage-first heap total NK, used NK" line, Serial and
   * Parallel a line per generation (summed here); JDK 21+ spells G1's "total reserved NK, committed
   * NK, used NK".
   */
  static Map<String, Object> heapInfo(String text) {
    Pattern heap = Pattern.compile("total (?:reserved \\d+K, committed )?(\\d+)K, used (\\d+)K");
    Pattern metaspace = Pattern.compile("^\\s*Metaspace\\s+used (\\d+)K, committed (\\d+)K");
    long committed = 0;
    long used = 0;
    boolean found = false;
    Map<String, Object> info = new LinkedHashMap<>();
    for (String line : text.split("\\R")) {
      Matcher m = metaspace.matcher(line);
      if (m.find()) {
        info.put("metaspaceUsedMiB", Long.parseLong(m.group(1)) / 1024.0);
        continue;
      }
      m = heap.matcher(line);
      if (m.find() && !line.contains("class space")) {
        committed += Long.parseLong(m.group(1));
        used += Long.parseLong(m.group(2));
        found = true;
      }
    }
    if (!found) {
      throw new AssertionError("no heap figures in jcmd GC.heap_info:\n" + text);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("heapUsedMiB", used / 1024.0);
    result.put("heapCommittedMiB", committed / 1024.0);
    result.putAll(info);
    return result;
  }

  /** Runs jcmd of this JDK against the child; its output, or a failure with that output. */
  private String jcmd(long pid, String command) throws IOException, InterruptedException {
    Process jcmd =
        new ProcessBuilder(
                javaHome.resolve("bin").resolve("jcmd").toString(), Long.toString(pid), command)
            .redirectErrorStream(true)
            .start();
    String output = new String(jcmd.getInputStream().readAllBytes(), UTF_8);
    if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
      jcmd.destroyForcibly();
      throw new AssertionError("jcmd " + pid + " " + command + " failed:\n" + output);
    }
    return output;
  }

  /**
   * Creates (after dropping) the benchmark's own database; returns the server's name and version.
   */
  private static void deleteRecursively(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static long seconds(int s) {
    return TimeUnit.SECONDS.toNanos(s);
  }

  /** The start line: when it was read, Spring's two figures, and the port Tomcat took. */
}
