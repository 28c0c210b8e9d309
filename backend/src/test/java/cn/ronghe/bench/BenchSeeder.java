package cn.ronghe.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Bulk seeding for the benchmarks: branches, people and their accounts, then open user tasks that
 * both the engine ({@code ACT_RU_TASK}, {@code ACT_RU_IDENTITYLINK}) and our inbox ({@code
 * task_inbox}, {@code task_candidate}) know, with the same ids. Plain JDBC batches, a commit per
 * {@value #CHUNK} tasks; the engine's own task creation (a process start per task) would take about
 * an hour for 100,000.
 *
 * <p>Every seeded row's id starts with {@value #PREFIX}, so a run first removes what an earlier run
 * left. Seeded tasks belong to a few real instances of a deployed process (their executions and
 * definition exist), so the rows satisfy the engine's foreign keys.
 */
final class BenchSeeder {

  static final String PREFIX = "bench-";
  static final int CHUNK = 1_000;
  static final int PROGRESS_EVERY = 10_000;

  /** Branches seeded in addition to the demo court's three; two candidate groups each. */
  static final int BRANCHES = 150;

  static final int PEOPLE_PER_BRANCH = 8;

  /** A single process instance of the anchor process, that seeded tasks belong to. */
  record Anchor(String processInstanceId, String processDefinitionId) {}

  /** The measured user's identities: tasks for them are seeded on purpose, to fill the page. */
  record Target(String username, List<String> groups) {}

  private final DataSource dataSource;
  private final List<Anchor> anchors;
  private final String processKey;
  private final String processName;
  private final Target target;
  private final List<String> groups = new ArrayList<>();
  private final Random random = new Random(2026);
  private final Instant now = Instant.now();
  private int seeded;
  private int assigned;
  private int claimableForTarget;

  BenchSeeder(
      DataSource dataSource,
      List<Anchor> anchors,
      String processKey,
      String processName,
      Target target) {
    this.dataSource = dataSource;
    this.anchors = List.copyOf(anchors);
    this.processKey = processKey;
    this.processName = processName;
    this.target = target;
    for (int b = 1; b <= BRANCHES; b++) {
      groups.add("branch-secretary:" + branchCode(b));
      groups.add("branch-committee:" + branchCode(b));
    }
    for (int b = 1; b <= 3; b++) {
      groups.add("branch-secretary:branch-" + b);
      groups.add("branch-committee:branch-" + b);
    }
    groups.addAll(List.of("party-committee", "discipline", "staff", "leader"));
  }

  static String branchCode(int b) {
    return String.format("%sb%03d", PREFIX, b);
  }

  int seeded() {
    return seeded;
  }

  int assigned() {
    return assigned;
  }

  /** How many of the seeded tasks the target may claim: candidate by group or name, unassigned. */
  int claimableForTarget() {
    return claimableForTarget;
  }

  int groupCount() {
    return groups.size();
  }

  /** Removes the rows of an earlier run. */
  void clean() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("delete from task_candidate where task_id like '" + PREFIX + "%'");
      s.executeUpdate("delete from task_inbox where task_id like '" + PREFIX + "%'");
      s.executeUpdate("delete from ACT_RU_IDENTITYLINK where ID_ like '" + PREFIX + "%'");
      s.executeUpdate("delete from ACT_RU_TASK where ID_ like '" + PREFIX + "%'");
    }
  }

  /** The branches, eight people in each and the branch secretary's account; once per database. */
  void seedOrganisation(String passwordHash) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      if (exists(c, "select 1 from org_unit where code = '" + branchCode(1) + "'")) {
        return;
      }
      c.setAutoCommit(false);
      Long committee = id(c, "select id from org_unit where code = 'committee'");
      try (PreparedStatement org =
          c.prepareStatement(
              "insert into org_unit (code, name, type, parent_id, sort_order, active)"
                  + " values (?, ?, 'branch', ?, ?, true)")) {
        for (int b = 1; b <= BRANCHES; b++) {
          org.setString(1, branchCode(b));
          org.setString(2, "第" + b + "党支部（基准）");
          org.setObject(3, committee, Types.BIGINT);
          org.setInt(4, 100 + b);
          org.addBatch();
        }
        org.executeBatch();
      }
      try (PreparedStatement person =
              c.prepareStatement(
                  "insert into person (name, gender, birth_date, id_number, post, org_id,"
                      + " member_status, member_status_since, active)"
                      + " select ?, ?, ?, ?, '基准岗位', id, 'full', ?, true from org_unit"
                      + " where code = ?");
          PreparedStatement user =
              c.prepareStatement(
                  "insert into app_user (username, person_id, display_name, password_hash,"
                      + " enabled, failed_logins) select ?, id, ?, ?, true, 0 from person"
                      + " where id_number = ?");
          PreparedStatement grant =
              c.prepareStatement(
                  "insert into role_grant (user_id, role, org_id) select u.id, ?, o.id"
                      + " from app_user u, org_unit o where u.username = ? and o.code = ?")) {
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};
        for (int b = 1; b <= BRANCHES; b++) {
          for (int p = 0; p < PEOPLE_PER_BRANCH; p++) {
            String idNumber = String.format("8%05d%012d", b, p);
            String name = surnames[p] + "基" + b;
            person.setString(1, name);
            person.setString(2, p % 2 == 0 ? "M" : "F");
            person.setDate(3, java.sql.Date.valueOf("1980-01-01"));
            person.setString(4, idNumber);
            person.setDate(5, java.sql.Date.valueOf("2010-07-01"));
            person.setString(6, branchCode(b));
            person.addBatch();
          }
        }
        person.executeBatch();
        for (int b = 1; b <= BRANCHES; b++) {
          String username = username(b);
          user.setString(1, username);
          user.setString(2, "王基" + b);
          user.setString(3, passwordHash);
          user.setString(4, String.format("8%05d%012d", b, 0));
          user.addBatch();
          grant.setString(1, "branch-secretary");
          grant.setString(2, username);
          grant.setString(3, branchCode(b));
          grant.addBatch();
        }
        user.executeBatch();
        grant.executeBatch();
      }
      // staff is not branch-scoped
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "insert into role_grant (user_id, role, org_id) select id, 'staff', null"
                + " from app_user where username like '"
                + PREFIX
                + "u%'");
      }
      c.commit();
    }
  }

  static String username(int b) {
    return String.format("%su%03d", PREFIX, b);
  }

  /**
   * Seeds open tasks until {@code total} exist. Each task gets one candidate group, a third a
   * second one; about 7% are for the target (its groups or its name); a tenth are assigned to a
   * branch secretary. Due dates spread from two weeks ago to six weeks ahead, a twentieth without.
   */
  void seedTasksUpTo(int total) throws SQLException {
    if (total <= seeded) {
      return;
    }
    long start = System.nanoTime();
    int from = seeded;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement task =
              c.prepareStatement(
                  "insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_,"
                      + " NAME_, TASK_DEF_KEY_, ASSIGNEE_, PRIORITY_, CREATE_TIME_, LAST_UPDATED_,"
                      + " DUE_DATE_, SUSPENSION_STATE_, TASK_STATE_)"
                      + " values (?, 1, ?, ?, ?, ?, ?, ?, 50, ?, ?, ?, 1, 'Created')");
          PreparedStatement link =
              c.prepareStatement(
                  "insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, USER_ID_,"
                      + " TASK_ID_) values (?, 1, ?, 'candidate', ?, ?)");
          PreparedStatement inbox =
              c.prepareStatement(
                  "insert into task_inbox (task_id, process_instance_id, root_process_instance_id,"
                      + " process_definition_id, process_key, process_name, task_key, task_name,"
                      + " title, branch_code, branch_name, assignee, priority, created_at, due_at,"
                      + " no_due, state) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 50, ?, ?, ?,"
                      + " 'open')");
          PreparedStatement candidate =
              c.prepareStatement(
                  "insert into task_candidate (task_id, candidate, assigned) values (?, ?, ?)")) {
        while (seeded < total) {
          int end = Math.min(total, seeded + CHUNK);
          for (int n = seeded; n < end; n++) {
            addTask(n, task, link, inbox, candidate);
          }
          task.executeBatch();
          link.executeBatch();
          inbox.executeBatch();
          candidate.executeBatch();
          c.commit();
          seeded = end;
          if (seeded % PROGRESS_EVERY == 0 || seeded == total) {
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                "[bench] seeded %,d of %,d open tasks (%,.0f tasks/s)%n",
                seeded, total, (seeded - from) / seconds);
          }
        }
      }
    }
  }

  private void addTask(
      int n,
      PreparedStatement task,
      PreparedStatement link,
      PreparedStatement inbox,
      PreparedStatement candidate)
      throws SQLException {
    String id = String.format("%st%07d", PREFIX, n);
    Anchor anchor = anchors.get(n % anchors.size());
    int branch = 1 + random.nextInt(BRANCHES);
    boolean isAssigned = random.nextInt(10) == 0;
    String assignee = isAssigned ? username(branch) : null;
    List<String> candidateGroups = new ArrayList<>(2);
    String candidateUser = null;
    int draw = random.nextInt(100);
    if (draw < 4) {
      candidateGroups.add(target.groups().get(0));
    } else if (draw < 6) {
      candidateGroups.add(target.groups().get(target.groups().size() - 1));
    } else if (draw < 7) {
      candidateUser = target.username();
    } else {
      candidateGroups.add(groups.get(random.nextInt(groups.size())));
    }
    if (random.nextInt(3) == 0) {
      String second = "branch-committee:" + branchCode(branch);
      if (!candidateGroups.contains(second)) {
        candidateGroups.add(second);
      }
    }
    boolean forTarget =
        target.username().equals(candidateUser)
            || candidateGroups.stream().anyMatch(target.groups()::contains);
    if (isAssigned) {
      assigned++;
    } else if (forTarget) {
      claimableForTarget++;
    }
    Instant created = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 30)));
    Instant due =
        random.nextInt(20) == 0
            ? null
            : now.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 56) - 60 * 24 * 14));
    String taskKey = "step" + (n % 7);
    String taskName = "审核事项" + (n % 7 + 1);
    Timestamp createdAt = Timestamp.from(created);
    Timestamp dueAt = due == null ? null : Timestamp.from(due);

    task.setString(1, id);
    task.setString(2, anchor.processInstanceId());
    task.setString(3, anchor.processInstanceId());
    task.setString(4, anchor.processDefinitionId());
    task.setString(5, taskName);
    task.setString(6, taskKey);
    task.setString(7, assignee);
    task.setTimestamp(8, createdAt);
    task.setTimestamp(9, createdAt);
    if (dueAt == null) {
      task.setNull(10, Types.TIMESTAMP);
    } else {
      task.setTimestamp(10, dueAt);
    }
    task.addBatch();

    int k = 0;
    for (String group : candidateGroups) {
      link.setString(1, id + "-" + k++);
      link.setString(2, group);
      link.setNull(3, Types.VARCHAR);
      link.setString(4, id);
      link.addBatch();
      candidate.setString(1, id);
      candidate.setString(2, "g:" + group);
      candidate.setBoolean(3, assignee != null);
      candidate.addBatch();
    }
    if (candidateUser != null) {
      link.setString(1, id + "-" + k);
      link.setNull(2, Types.VARCHAR);
      link.setString(3, candidateUser);
      link.setString(4, id);
      link.addBatch();
      candidate.setString(1, id);
      candidate.setString(2, "u:" + candidateUser);
      candidate.setBoolean(3, assignee != null);
      candidate.addBatch();
    }

    inbox.setString(1, id);
    inbox.setString(2, anchor.processInstanceId());
    inbox.setString(3, anchor.processInstanceId());
    inbox.setString(4, anchor.processDefinitionId());
    inbox.setString(5, processKey);
    inbox.setString(6, processName);
    inbox.setString(7, taskKey);
    inbox.setString(8, taskName);
    inbox.setString(9, "王基" + branch + " · " + processName + " · " + taskName);
    inbox.setString(10, branchCode(branch));
    inbox.setString(11, "第" + branch + "党支部（基准）");
    inbox.setString(12, assignee);
    inbox.setTimestamp(13, createdAt);
    if (dueAt == null) {
      inbox.setNull(14, Types.TIMESTAMP);
    } else {
      inbox.setTimestamp(14, dueAt);
    }
    inbox.setBoolean(15, dueAt == null);
    inbox.addBatch();
  }

  private static boolean exists(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next();
    }
  }

  private static Long id(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getLong(1) : null;
    }
  }
}
