package cn.ronghe.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On MySQL and MariaDB, makes sure the schema's default character set is utf8mb4 before any table
 * is created, so Chinese text (including characters outside the BMP) round-trips in our tables and
 * Camunda's, even when the server's default is still latin1 or utf8mb3.
 */
@Component
class Utf8mb4SchemaCallback implements Callback {

  private static final Logger log = LoggerFactory.getLogger(Utf8mb4SchemaCallback.class);

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.BEFORE_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    Connection connection = context.getConnection();
    try {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
      if (!product.contains("mysql") && !product.contains("mariadb")) {
        return;
      }
      try (Statement statement = connection.createStatement();
          ResultSet rs =
              statement.executeQuery(
                  "select default_character_set_name from information_schema.schemata"
                      + " where schema_name = database()")) {
        if (rs.next() && !"utf8mb4".equalsIgnoreCase(rs.getString(1))) {
          log.warn("Schema default character set is {}; switching it to utf8mb4", rs.getString(1));
          try (Statement alter = connection.createStatement()) {
            alter.execute("alter database character set utf8mb4 collate utf8mb4_unicode_ci");
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot check the schema's character set", e);
    }
  }

  @Override
  public String getCallbackName() {
    return "utf8mb4-schema";
  }
}
