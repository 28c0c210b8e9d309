package cn.ronghe.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database cannot be reached: the pool had no connection for a request within its timeout, or
 * the connection broke under it. Whichever layer notices (the session store and the security chain
 * before Spring MVC, a mapper, the engine or a transaction inside it), the caller gets the same 503
 * problem with a {@code Retry-After}: the request may be repeated once the database is back, which
 * the pool notices by itself.
 */
final class DatabaseUnavailable {

  static final String CODE = "database.unavailable";
  static final String DETAIL = "数据库暂时不可用，请稍后重试";

  /** Seconds a client should wait before repeating the request. */
  static final String RETRY_AFTER_SECONDS = "5";

  private DatabaseUnavailable() {}

  /**
   * Whether a failure comes from an unreachable database. The driver, the pool, MyBatis, Spring and
   * the engine each wrap it in their own exceptions, so this looks along the whole cause chain for
   * what they wrap: the pool's timeout ({@link SQLTransientConnectionException}), a closed or
   * refused connection ({@link SQLNonTransientConnectionException}, SQL state class 08 such as
   * Connector/J's "Communications link failure"), a refused socket, or a rollback that failed (the
   * connection was gone by then).
   */
  static boolean isCauseOf(Throwable failure) {
    return connectionFailure(failure) != null;
  }

  /** The 503 problem, for Spring MVC's exception handler. */
  static ResponseEntity<ProblemDetail> problem() {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", RETRY_AFTER_SECONDS)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, CODE, DETAIL, List.of()));
  }

  /**
   * What the log line says: the first line of the connection failure's message (the pool's "request
   * timed out after 2000ms (total=0 …)", the driver's "Communications link failure"), no stack
   * trace, since every request answered during an outage would repeat the same one.
   */
  static String reason(Throwable failure) {
    Throwable cause = connectionFailure(failure);
    String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }

  private static Throwable connectionFailure(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof ConnectException
          || t instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08")) {
        return t;
      }
      if (t instanceof TransactionSystemException rollback) {
        // A rollback fails only on a connection that is gone: the pool dropped it as broken when
        // a statement or the commit failed ("Connection is closed", no SQL state), and Spring
        // throws this instead of what broke, which it keeps as the application exception, if at
        // all (not when the commit itself failed).
        if (rollback.getMessage() != null
            && rollback.getMessage().startsWith("JDBC rollback")
            && rollback.getCause() instanceof SQLException) {
          return rollback.getCause();
        }
        if (rollback.getApplicationException() != null) {
          return connectionFailure(rollback.getApplicationException());
        }
      }
    }
    return null;
  }
}
