package cn.ronghe.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says at start which profile and which database this instance runs on. */
@Component
class StartupReport {

  private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

  private final DataSource dataSource;
  private final Environment environment;
  private final boolean demo;

  StartupReport(
      DataSource dataSource, Environment environment, @Value("${ronghe.demo:false}") boolean demo) {
    this.dataSource = dataSource;
    this.environment = environment;
    this.demo = demo;
  }

  @EventListener(ApplicationReadyEvent.class)
  void report() throws SQLException {
    String[] profiles = environment.getActiveProfiles();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      log.info(
          "Ronghe ready: profile(s) {}, database {} {} at {}, isolation {}, demo data {}",
          profiles.length == 0 ? "[default]" : Arrays.toString(profiles),
          meta.getDatabaseProductName(),
          meta.getDatabaseProductVersion(),
          meta.getURL(),
          isolationName(connection.getTransactionIsolation()),
          demo ? "on" : "off");
    }
  }

  private static String isolationName(int level) {
    return switch (level) {
      case Connection.TRANSACTION_READ_COMMITTED -> "READ COMMITTED";
      case Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE READ";
      case Connection.TRANSACTION_SERIALIZABLE -> "SERIALIZABLE";
      case Connection.TRANSACTION_READ_UNCOMMITTED -> "READ UNCOMMITTED";
      default -> "level " + level;
    };
  }
}
