package cn.ronghe.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * A MariaDB server of a test's own, for tests that stop and kill the database under a running
 * application: its own data directory, port and socket, started as a child process of the test's
 * JVM (which kills it should the JVM end first). It never touches the machine's server. The root
 * account has an empty password, over TCP on 127.0.0.1 only.
 *
 * <p>Binaries: {@code -Dmariadb.installDb} (default {@code mariadb-install-db} on the PATH) and
 * {@code -Dmariadb.server} (default {@code /usr/sbin/mariadbd}).
 */
public final class PrivateMariaDb implements AutoCloseable {

  private final Path directory;
  private final Path data;
  private final Path socket;
  private final int port;
  private Process server;
  private Thread killer;

  private PrivateMariaDb(Path directory, Path socket, int port) {
    this.directory = directory;
    this.data = directory.resolve("data");
    this.socket = socket;
    this.port = port;
  }

  /**
   * A fresh data directory under {@code directory} (what was there is deleted) and a free port, not
   * started yet.
   */
  public static PrivateMariaDb install(Path directory) throws IOException, InterruptedException {
    deleteRecursively(directory);
    Files.createDirectories(directory);
    Path home = directory.toAbsolutePath();
    // a Unix socket path has at most 107 bytes; the server needs one even when unused
    Path socket = home.resolve("mariadbd.sock");
    if (socket.toString().length() > 100) {
      socket = Files.createTempDirectory("mariadb").resolve("mariadbd.sock");
    }
    PrivateMariaDb db = new PrivateMariaDb(home, socket, freePort());
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("mariadb.installDb", "mariadb-install-db"));
    command.add("--no-defaults");
    command.add("--datadir=" + db.data);
    command.add("--auth-root-authentication-method=normal");
    command.add("--skip-test-db");
    command.add("--skip-name-resolve");
    command.addAll(db.serverOptions());
    Process install =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("install-db.log").toFile())
            .start();
    if (!install.waitFor(120, TimeUnit.SECONDS) || install.exitValue() != 0) {
      install.destroyForcibly();
      throw new AssertionError(
          "mariadb-install-db failed: "
              + command
              + "\n"
              + Files.readString(home.resolve("install-db.log")));
    }
    return db;
  }

  /** The options of both mariadb-install-db and the server: small, and root may run it. */
  private List<String> serverOptions() {
    List<String> options = new ArrayList<>();
    options.add("--innodb-buffer-pool-size=64M");
    options.add("--innodb-log-file-size=16M");
    if ("root".equals(System.getProperty("user.name"))) {
      // mariadbd refuses to run as root unless told to
      options.add("--user=root");
    }
    return options;
  }

  /**
   * Starts the server on its data directory and port and waits until it accepts connections;
   * returns that moment ({@link System#nanoTime()}). InnoDB's durability settings are the defaults:
   * a commit is on disk before it is acknowledged.
   */
  public long start() throws IOException, InterruptedException {
    if (server != null && server.isAlive()) {
      throw new IllegalStateException("already running, pid " + server.pid());
    }
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("mariadb.server", "/usr/sbin/mariadbd"));
    command.add("--no-defaults");
    command.add("--datadir=" + data);
    command.add("--port=" + port);
    command.add("--bind-address=127.0.0.1");
    command.add("--socket=" + socket);
    command.add("--pid-file=" + directory.resolve("mariadbd.pid"));
    command.add("--log-error=" + directory.resolve("mariadbd.err"));
    command.add("--skip-name-resolve");
    command.addAll(serverOptions());
    server =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(directory.resolve("mariadbd.out").toFile()))
            .start();
    killer = new Thread(server::destroyForcibly);
    Runtime.getRuntime().addShutdownHook(killer);
    try {
      await("mariadbd on port " + port + " accepting connections")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(20))
          .failFast("mariadbd exited", () -> !server.isAlive())
          .until(this::acceptsConnections);
    } catch (ConditionTimeoutException | TerminalFailureException e) {
      throw new AssertionError(
          "mariadbd on port "
              + port
              + (server.isAlive() ? " accepts no connection after 60 s" : " exited")
              + "; its log:\n"
              + errorLogTail(),
          e);
    }
    return System.nanoTime();
  }

  private boolean acceptsConnections() {
    try (Connection c = DriverManager.getConnection(serverUrl() + "/", "root", "")) {
      return true;
    } catch (SQLException notYet) {
      return false;
    }
  }

  /** SIGTERM: the server closes its connections and shuts down cleanly; waits for its exit. */
  public void stop() throws InterruptedException, ExecutionException, TimeoutException {
    server.destroy();
    server.onExit().get(60, TimeUnit.SECONDS);
    forget();
  }

  /** SIGKILL: gone at once, as in a crash; InnoDB recovers at the next start. */
  public void kill() throws InterruptedException, ExecutionException, TimeoutException {
    server.destroyForcibly();
    server.onExit().get(60, TimeUnit.SECONDS);
    forget();
  }

  private void forget() {
    Runtime.getRuntime().removeShutdownHook(killer);
    killer = null;
  }

  public long pid() {
    return server.pid();
  }

  public int port() {
    return port;
  }

  /** {@code jdbc:mysql://127.0.0.1:<port>}, without a database. */
  public String serverUrl() {
    return "jdbc:mysql://127.0.0.1:" + port;
  }

  /** A database of this name on this server, as root. */
  public ScratchDatabase database(String name) {
    return new ScratchDatabase(serverUrl(), "", name, "root", "");
  }

  /** Stops it if running; the data directory stays for a look after the test. */
  @Override
  public void close() throws Exception {
    if (server != null && server.isAlive()) {
      stop();
    }
  }

  private String errorLogTail() {
    try {
      List<String> lines = Files.readAllLines(directory.resolve("mariadbd.err"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no error log: " + e.getMessage() + ")";
    }
  }

  /**
   * A port that is free now, below the kernel's range for outgoing connections, so that no client
   * socket takes it while the server is down between a stop and a restart.
   */
  private static int freePort() throws IOException {
    int low = 32768;
    Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    if (Files.isReadable(range)) {
      // not readString: it trusts the size /proc reports and reads one character
      low = Integer.parseInt(Files.readAllLines(range).get(0).trim().split("\\s+")[0]);
    }
    Random random = new Random();
    for (int attempt = 0; attempt < 100; attempt++) {
      int candidate = 20000 + random.nextInt(Math.max(1, low - 20000));
      try (ServerSocket probe = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
        return candidate;
      } catch (IOException taken) {
        // try another
      }
    }
    throw new IOException("no free port between 20000 and " + low);
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
