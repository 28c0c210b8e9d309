package cn.ronghe.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What a test adds to the court and must take away again: organisations, people and the roles of
 * new accounts. Every test class shares one database, and others count the demo court's branches,
 * people and secretaries. A test class that founds organisations, enters people or grants roles is
 * annotated {@code @ExtendWith(Leftovers.class)}: before each test the newest rows are noted; after
 * it, the organisations added are dissolved, the people added taken off the roster (their rows, and
 * their history, stay) and the new accounts left as staff.
 */
public class Leftovers implements BeforeEachCallback, AfterEachCallback {

  private static final ExtensionContext.Namespace HERE =
      ExtensionContext.Namespace.create(Leftovers.class);

  /** The newest ids before the test. */
  private record Mark(long org, long person, long account) {}

  @Override
  public void beforeEach(ExtensionContext context) {
    JdbcTemplate jdbc = jdbc(context);
    context
        .getStore(HERE)
        .put(
            Mark.class,
            new Mark(newest(jdbc, "org_unit"), newest(jdbc, "person"), newest(jdbc, "app_user")));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Mark mark = context.getStore(HERE).get(Mark.class, Mark.class);
    JdbcTemplate jdbc = jdbc(context);
    jdbc.update("update org_unit set active = false where id > ?", mark.org());
    jdbc.update("update person set active = false where id > ?", mark.person());
    jdbc.update("delete from role_grant where user_id > ? and role <> 'staff'", mark.account());
  }

  private static long newest(JdbcTemplate jdbc, String table) {
    return jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
  }

  private static JdbcTemplate jdbc(ExtensionContext context) {
    return SpringExtension.getApplicationContext(context).getBean(JdbcTemplate.class);
  }
}
