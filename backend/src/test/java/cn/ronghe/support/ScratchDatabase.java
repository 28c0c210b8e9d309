package cn.ronghe.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database of a test's own on a MySQL/MariaDB server, for tests that start the packaged
 * application as child processes: created fresh, dropped afterwards, never the one the other tests
 * use.
 */
public record ScratchDatabase(
    String serverUrl, String options, String name, String user, String password) {

  static final Pattern MYSQL_URL =
      Pattern.compile("^(jdbc:(?:mysql|mariadb)://[^/?]+)/?([^?]*)(\\?.*)?$");

  /**
   * On the server of a JDBC URL (usually {@code RONGHE_DB_URL}); empty when it is null or no MySQL
   * URL. User and password from {@code RONGHE_DB_USER} and {@code RONGHE_DB_PASSWORD}.
   */
  public static Optional<ScratchDatabase> onTheServerOf(String url, String name) {
    Matcher server = url == null ? null : MYSQL_URL.matcher(url);
    if (server == null || !server.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new ScratchDatabase(
            server.group(1),
            server.group(3) == null ? "" : server.group(3),
            name,
            System.getenv().getOrDefault("RONGHE_DB_USER", "root"),
            System.getenv().getOrDefault("RONGHE_DB_PASSWORD", "")));
  }

  /** Its JDBC URL, with the configured URL's options. */
  public String url() {
    return serverUrl + "/" + name + options;
  }

  /** The environment that points the application at it. */
  public Map<String, String> environment() {
    return Map.of("RONGHE_DB_URL", url(), "RONGHE_DB_USER", user, "RONGHE_DB_PASSWORD", password);
  }

  /** Drops and creates it (utf8mb4); the server's product and version, e.g. "MariaDB 10.11.19". */
  public String recreate() throws SQLException {
    try (Connection c = DriverManager.getConnection(serverUrl + "/", user, password);
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name);
      s.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
      try (ResultSet r = s.executeQuery("select version()")) {
        r.next();
        String version = r.getString(1);
        return (version.toLowerCase().contains("mariadb") ? "MariaDB " : "MySQL ") + version;
      }
    }
  }

  public void drop() throws SQLException {
    try (Connection c = DriverManager.getConnection(serverUrl + "/", user, password);
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name);
    }
  }

  /** A connection to it, for a test's own checks. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(
        serverUrl + "/" + name + "?nullDatabaseMeansCurrent=true", user, password);
  }
}
