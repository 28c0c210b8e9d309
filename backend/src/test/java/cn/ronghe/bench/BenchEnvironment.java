package cn.ronghe.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** What a benchmark report says of where it ran: the machine, the JVM and the database. */
final class BenchEnvironment {

  private BenchEnvironment() {}

  /** Date, cores, JVM, operating system and memory of this machine. */
  static Map<String, Object> machine() {
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("date", OffsetDateTime.now().withNano(0).toString());
    env.put("cores", Runtime.getRuntime().availableProcessors());
    env.put(
        "java",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    env.put(
        "memoryMiB",
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize()
            / (1024 * 1024));
    return env;
  }

  /** The database's product and version, e.g. "MySQL 5.5.5-10.11.19-MariaDB". */
  static String database(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName()
          + " "
          + c.getMetaData().getDatabaseProductVersion();
    }
  }
}
