package cn.ronghe.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a test adds to the court and must take away again: organisations, people and the roles of
 * new accounts. Every test class shares one database, and others count the demo court's branches,
 * people and secretaries; a test that founds organisations, enters people or grants roles marks
 * where it starts and, when it ends, dissolves the organisations, takes the people off the roster
 * (their rows, and their history, stay) and leaves the new accounts as staff.
 */
@Component
public class Leftovers {

  private final JdbcTemplate jdbc;
  private long orgsBefore;
  private long peopleBefore;
  private long accountsBefore;

  Leftovers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Remembers the newest organisation and person before the test. */
  public void mark() {
    orgsBefore = jdbc.queryForObject("select coalesce(max(id), 0) from org_unit", Long.class);
    peopleBefore = jdbc.queryForObject("select coalesce(max(id), 0) from person", Long.class);
    accountsBefore = jdbc.queryForObject("select coalesce(max(id), 0) from app_user", Long.class);
  }

  /**
   * Dissolves the organisations, deactivates the people and takes the roles (but staff) of the
   * accounts added since {@link #mark()}.
   */
  public void clear() {
    jdbc.update("update org_unit set active = false where id > ?", orgsBefore);
    jdbc.update("update person set active = false where id > ?", peopleBefore);
    jdbc.update("delete from role_grant where user_id > ? and role <> 'staff'", accountsBefore);
  }
}
