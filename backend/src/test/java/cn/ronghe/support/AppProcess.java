package cn.ronghe.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application running as a child process of a test (StartupBench, the cluster tests):
 * a thread copies its output to the log file, keeps the last lines for error messages and completes
 * {@link #started} at Spring's start line (or fails it when the output ends first).
 */
public final class AppProcess {
  /** Spring's start line, read: when, its two figures, and the port Tomcat took. */
  public record Started(long nanos, double startedIn, double runningFor, int port) {}

  static final Pattern STARTED =
      Pattern.compile(
          "Started RongheApplication in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");
  static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

  private final Process process;
  private final CompletableFuture<Started> started = new CompletableFuture<>();
  private final Deque<String> tail = new ArrayDeque<>();
  private final Thread reader;
  // kills the child should this JVM end before stop() (the build interrupted, the fork killed)
  private final Thread killer;
  private volatile int port = -1;

  public AppProcess(Process process, Path log) {
    this.process = process;
    this.reader = new Thread(() -> copy(log), "app-" + process.pid());
    reader.setDaemon(true);
    reader.start();
    this.killer = new Thread(process::destroyForcibly);
    Runtime.getRuntime().addShutdownHook(killer);
  }

  /**
   * The packaged jar ({@code -Dcluster.jar}, else target/ronghe.jar) as one node of a test (the
   * two-node tests, the database outage): a free port, demo data, the mysql profile on the database
   * {@code environment} names ({@link ScratchDatabase#environment()}), at most 512 MB of heap. Its
   * working directory is {@code <workDirectory>/<name>}, its output {@code
   * <workDirectory>/node-<name>.log}.
   */
  public static AppProcess startNode(
      Path workDirectory, String name, Map<String, String> environment, String... arguments)
      throws IOException {
    Path jar = Path.of(System.getProperty("cluster.jar", "target/ronghe.jar"));
    if (!Files.exists(jar)) {
      throw new AssertionError("no packaged jar at " + jar + " (failsafe runs after package)");
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=0",
                "--ronghe.demo=true",
                "--spring.profiles.active=mysql"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(Files.createDirectories(workDirectory.resolve(name)).toFile())
            .redirectErrorStream(true);
    builder.environment().remove("SPRING_PROFILES_ACTIVE");
    builder.environment().putAll(environment);
    return new AppProcess(builder.start(), workDirectory.resolve("node-" + name + ".log"));
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  private void copy(Path log) {
    try (BufferedReader in =
            new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
        BufferedWriter file = Files.newBufferedWriter(log, UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        file.write(line);
        file.newLine();
        synchronized (tail) {
          tail.addLast(line);
          if (tail.size() > 60) {
            tail.removeFirst();
          }
        }
        Matcher p = PORT.matcher(line);
        if (p.find()) {
          port = Integer.parseInt(p.group(1));
        }
        Matcher s = STARTED.matcher(line);
        if (s.find()) {
          started.complete(
              new Started(
                  System.nanoTime(),
                  Double.parseDouble(s.group(1)),
                  Double.parseDouble(s.group(2)),
                  port));
        }
      }
    } catch (IOException e) {
      started.completeExceptionally(e);
    }
    // a no-op once the start line was seen
    started.completeExceptionally(
        new IllegalStateException("its output ended before the start line"));
  }

  public Started awaitStart(int timeoutSeconds, long spawn) throws InterruptedException {
    try {
      Started s =
          started.get(
              timeoutSeconds - (System.nanoTime() - spawn) / 1_000_000_000L, TimeUnit.SECONDS);
      if (s.port() <= 0) {
        throw failure("started, but no \"Tomcat started on port\" line before");
      }
      return s;
    } catch (TimeoutException e) {
      throw failure("no start line within " + timeoutSeconds + " s");
    } catch (ExecutionException e) {
      throw failure(e.getCause().getMessage());
    }
  }

  /**
   * GET /actuator/health until it answers 200 UP; between tries it waits on the child's exit (20
   * ms), so a crash ends the wait at once.
   */
  public ApiClient.Response awaitHealth(int port, long deadline) throws Exception {
    ApiClient client = new ApiClient(port);
    while (true) {
      ApiClient.Response health = client.get("/actuator/health");
      if (health.status() == 200 && health.body().contains("\"UP\"")) {
        return health;
      }
      if (System.nanoTime() > deadline) {
        throw failure("health not UP in time: " + health.status() + " " + health.body());
      }
      try {
        process.onExit().get(20, TimeUnit.MILLISECONDS);
        throw failure("exited while waiting for health UP");
      } catch (TimeoutException stillRunning) {
        // try again
      }
    }
  }

  /** SIGTERM, up to 60 s for a clean stop, then SIGKILL; the exit code. */
  public int stop() throws InterruptedException, ExecutionException {
    process.destroy();
    try {
      process.onExit().get(60, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      System.out.println("[bench] no exit 60 s after SIGTERM: killing " + process.pid());
      process.destroyForcibly().onExit().get();
    }
    reader.join(TimeUnit.SECONDS.toMillis(10));
    Runtime.getRuntime().removeShutdownHook(killer);
    return process.exitValue();
  }

  /** SIGKILL, as a crash or a pulled plug: no shutdown hooks, nothing flushed; the exit code. */
  public int kill() throws InterruptedException, ExecutionException {
    process.destroyForcibly().onExit().get();
    reader.join(TimeUnit.SECONDS.toMillis(10));
    Runtime.getRuntime().removeShutdownHook(killer);
    return process.exitValue();
  }

  private AssertionError failure(String what) {
    synchronized (tail) {
      return new AssertionError(
          "the application (pid "
              + process.pid()
              + ") "
              + what
              + "; its last lines:\n"
              + String.join("\n", tail));
    }
  }
}
