package cn.ronghe.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * On H2, refuses every update and delete of the table it guards (audit_event, audit_seal: the
 * migration db/vendor/h2/V15); MySQL and MariaDB do the same with their own triggers.
 */
public class AppendOnlyTrigger implements Trigger {

  private String table;

  @Override
  public void init(
      Connection conn,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type) {
    this.table = tableName;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(table + " is append-only", "45000");
  }
}
