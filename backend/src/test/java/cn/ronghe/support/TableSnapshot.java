package cn.ronghe.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cheap fingerprint of every table of the application's database: ours (Flyway's) and the
 * engine's. Two equal snapshots mean no row was added, removed or changed in any way the
 * fingerprint sees: for our tables, the row count and per column the sum of its lengths or values
 * and the count of its non-null values; for the engine's tables (which grow large), the row count
 * and the revision, end-time and assignee columns where they exist (the engine raises {@code REV_}
 * on every update).
 *
 * <p>Left out: what changes without anyone's request (the HTTP sessions' last access, the engine's
 * id blocks, its metrics, schema logs, the audit trail's seal).
 */
public final class TableSnapshot {

  /** Tables that change on their own. */
  static final Set<String> IGNORED =
      Set.of(
          "spring_session",
          "spring_session_attributes",
          "act_ge_property",
          "act_ge_schema_log",
          "act_ru_meter_log",
          // the audit trail's seal: written by a sweep every 10 s (cn.ronghe.audit.AuditSeals)
          "audit_seal",
          "audit_seal_head",
          "ronghe_schema_history");

  private static final Set<String> ENGINE_COLUMNS = Set.of("rev_", "end_time_", "assignee_");

  private final JdbcTemplate jdbc;
  private final Map<String, String> queries;

  private TableSnapshot(JdbcTemplate jdbc, Map<String, String> queries) {
    this.jdbc = jdbc;
    this.queries = queries;
  }

  /** Reads the tables and their columns once; {@link #take()} then costs a query per table. */
  public static TableSnapshot of(DataSource dataSource) {
    Map<String, String> queries = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String catalog = connection.getCatalog();
      String schema = connection.getSchema();
      String quote = meta.getIdentifierQuoteString().strip();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      for (String table : tables) {
        String lower = table.toLowerCase(Locale.ROOT);
        if (IGNORED.contains(lower)) {
          continue;
        }
        boolean engine = lower.startsWith("act_");
        List<String> aggregates = new ArrayList<>(List.of("count(*)"));
        try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
          while (rs.next()) {
            String column = rs.getString("COLUMN_NAME");
            int type = rs.getInt("DATA_TYPE");
            if (engine && !ENGINE_COLUMNS.contains(column.toLowerCase(Locale.ROOT))) {
              continue;
            }
            aggregates.add(aggregate(quote + column + quote, type));
          }
        }
        aggregates.removeIf(Objects::isNull);
        queries.put(
            table, "select " + String.join(", ", aggregates) + " from " + quote + table + quote);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new TableSnapshot(new JdbcTemplate(dataSource), queries);
  }

  private static String aggregate(String column, int type) {
    return switch (type) {
      case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.CLOB ->
          "coalesce(sum(length(" + column + ")), -1)";
      case Types.TINYINT,
          Types.SMALLINT,
          Types.INTEGER,
          Types.BIGINT,
          Types.DECIMAL,
          Types.NUMERIC ->
          "coalesce(sum(" + column + "), -1)";
      case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> null;
      default -> "count(" + column + ")";
    };
  }

  /** The tables read. */
  public Set<String> tables() {
    return queries.keySet();
  }

  /** The fingerprint now: per table, its aggregates as text. */
  public Map<String, String> take() {
    Map<String, String> now = new LinkedHashMap<>();
    queries.forEach(
        (table, sql) ->
            now.put(
                table,
                jdbc.query(
                    sql,
                    rs -> {
                      rs.next();
                      StringBuilder row = new StringBuilder();
                      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.append(rs.getString(i)).append(' ');
                      }
                      return row.toString();
                    })));
    return now;
  }

  /** The tables whose fingerprint differs between two snapshots, with before → after. */
  public static Map<String, String> changes(Map<String, String> before, Map<String, String> after) {
    Map<String, String> changed = new TreeMap<>();
    after.forEach(
        (table, value) -> {
          if (!value.equals(before.get(table))) {
            changed.put(table, before.get(table) + "→ " + value);
          }
        });
    return changed;
  }
}
