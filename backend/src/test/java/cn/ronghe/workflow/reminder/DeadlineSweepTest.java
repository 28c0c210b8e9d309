package cn.ronghe.workflow.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.security.UserDirectory;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.Concurrently;
import cn.ronghe.support.EngineTime;
import cn.ronghe.support.Pilot;
import cn.ronghe.support.TestUsers;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deadline sweep, driven at chosen instants of the application's time, which is the engine's
 * ({@link EngineTime}). The pilot's review task is due at the end of the third working day after it
 * starts, for the group branch-secretary:branch-1; people are reminded from 24 hours before.
 */
@ApplicationTest
class DeadlineSweepTest {

  @Autowired DeadlineSweep sweep;
  @Autowired Pilot pilot;
  @Autowired TestUsers users;
  @Autowired TaskService taskService;
  @Autowired UserDirectory directory;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    EngineTime.reset();
  }

  @Test
  void remindsEveryCandidateOfAnUnclaimedTaskOnceWithinADayOfItsDueDate() {
    String secretary = users.create("staff", "branch-secretary@branch-1");
    String taskId = reviewTask("候选人提醒");

    moveIntoReminderWindow(taskId);
    sweep.sweep();
    sweep.sweep();

    List<String> candidates = directory.members("branch-secretary:branch-1");
    assertThat(candidates).contains("liqiang", secretary);
    assertThat(sent(taskId)).containsExactlyInAnyOrderElementsOf(each("task.reminder", candidates));
    assertThat(keys(taskId)).contains("reminder:" + taskId + ":liqiang");
  }

  @Test
  void remindsOnlyTheAssigneeOfAClaimedTask() {
    users.create("staff", "branch-secretary@branch-1");
    String taskId = reviewTask("签收后提醒");
    taskService.claim(taskId, "liqiang");

    moveIntoReminderWindow(taskId);
    sweep.sweep();

    assertThat(sent(taskId)).containsExactly("liqiang task.reminder");
  }

  @Test
  void aTaskClaimedAfterItsReminderRemindsNobodyAgain() {
    String taskId = reviewTask("提醒后签收");
    moveIntoReminderWindow(taskId);
    sweep.sweep();
    List<String> before = sent(taskId);

    taskService.claim(taskId, "liqiang");
    sweep.sweep();

    assertThat(before).contains("liqiang task.reminder");
    assertThat(sent(taskId)).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void remindsNobodyBeforeTheReminderWindow() {
    String taskId = reviewTask("未到提醒时间");

    EngineTime.moveTo(due(taskId).minus(Duration.ofHours(25)));
    sweep.sweep();

    assertThat(sent(taskId)).isEmpty();
  }

  @Test
  void escalatesAStaffMembersOverdueTaskToTheBranchSecretary() {
    String secretary = users.create("staff", "branch-secretary@branch-1");
    String pid = pilot.requestByZhangsan(unique("退回补充"));
    String review = pilot.currentTask(pid).getId();
    taskService.claim(review, "liqiang");
    taskService.complete(review, Map.of("reviewDecision", "return", "reviewComment", "请补充材料"));
    String revise = pilot.currentTask(pid).getId();
    assertThat(pilot.currentTask(pid).getAssignee()).isEqualTo("zhangsan");

    moveJustPastDue(revise);
    sweep.sweep();

    assertThat(sent(revise))
        .contains("liqiang task.escalation", secretary + " task.escalation")
        .doesNotContain("zhangsan task.escalation")
        .allMatch(s -> s.endsWith(" task.escalation"));
    assertThat(keys(revise)).contains("escalation:" + revise + ":liqiang");
  }

  @Test
  void theBranchSecretarysOwnOverdueTaskEscalatesToThePartyCommittee() {
    String taskId = reviewTask("支部书记超期");
    taskService.claim(taskId, "liqiang");

    moveJustPastDue(taskId);
    sweep.sweep();

    assertThat(sent(taskId))
        .containsExactlyInAnyOrderElementsOf(
            each("task.escalation", directory.members("party-committee")))
        .contains("wangwei task.escalation")
        .doesNotContain("liqiang task.escalation");
  }

  @Test
  void anOverduePartyCommitteeTaskTellsItsCandidatesItIsOverdue() {
    String pid = pilot.requestByZhangsan(unique("机关党委超期"));
    pilot.passReview(pid, "liqiang");
    String approval = pilot.currentTask(pid).getId();

    moveJustPastDue(approval);
    sweep.sweep();

    assertThat(sent(approval))
        .containsExactlyInAnyOrderElementsOf(
            each("task.overdue", directory.members("party-committee")))
        .contains("wangwei task.overdue");
  }

  @Test
  void nothingIsSentTwiceOverThreeSweeps() {
    String taskId = reviewTask("三次扫描");

    moveIntoReminderWindow(taskId);
    sweep.sweep();
    sweep.sweep();
    moveJustPastDue(taskId);
    sweep.sweep();
    sweep.sweep();
    sweep.sweep();

    List<String> sent = sent(taskId);
    assertThat(sent).doesNotHaveDuplicates();
    assertThat(sent).contains("liqiang task.reminder", "wangwei task.escalation");
  }

  @Test
  void twoSweepsAtTheSameInstantSendExactlyOneReminderPerTaskAndRecipient() throws Exception {
    List<String> taskIds = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      taskIds.add(reviewTask("并发提醒" + i));
    }
    List<String> candidates = directory.members("branch-secretary:branch-1");
    moveIntoReminderWindow(taskIds.get(0));

    List<DeadlineSweep.Result> results = Concurrently.run(List.of(1, 2), node -> sweep.sweep());

    assertThat(results).allSatisfy(r -> assertThat(r.failed()).isZero());
    for (String taskId : taskIds) {
      assertThat(sent(taskId))
          .as("reminders of task %s", taskId)
          .containsExactlyInAnyOrderElementsOf(each("task.reminder", candidates));
    }
  }

  @Test
  void aTaskThatFailsIsLeftForTheNextSweepAndDoesNotStopTheOthers() {
    String taskId = reviewTask("坏数据之后");
    moveIntoReminderWindow(taskId);
    String broken = "broken-" + UUID.randomUUID();
    jdbc.update(
        "insert into task_inbox (task_id, process_instance_id, process_definition_id, process_key,"
            + " process_name, task_key, task_name, title, priority, created_at, due_at, state)"
            + " values (?, 'pi', 'pd', 'practicalHelp', '测试', 'broken', '测试', '坏数据', 50, ?, ?,"
            + " 'open')",
        broken,
        Timestamp.from(EngineTime.now()),
        Timestamp.from(EngineTime.now().plus(Duration.ofHours(1))));
    // a recipient longer than a username: notify refuses it, so this task's transaction fails
    jdbc.update(
        "insert into task_candidate (task_id, candidate) values (?, ?)",
        broken,
        "u:" + "x".repeat(70));
    try {
      DeadlineSweep.Result result = sweep.sweep();

      assertThat(result.failed()).isEqualTo(1);
      assertThat(sent(taskId)).contains("liqiang task.reminder");
      assertThat(sent(broken)).isEmpty();
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from task_inbox where task_id = ? and reminded_at is null",
                  Integer.class,
                  broken))
          .as("left unclaimed for the next sweep")
          .isEqualTo(1);
    } finally {
      jdbc.update("update task_inbox set state = 'deleted' where task_id = ?", broken);
      jdbc.update("delete from task_candidate where task_id = ?", broken);
    }
  }

  @Test
  void dueDatesRemindersAndEscalationAllRunOnTheEngineClockAcrossNationalDay() {
    users.create("staff", "branch-secretary@branch-1");
    // Monday 29 September 2025, 10:30 in Beijing: 3 working days are the 30th, then (1–8 October
    // off) the 9th and the 10th; Saturday the 11th is a make-up workday.
    EngineTime.moveTo(beijing("2025-09-29T10:30:00"));
    String taskId = reviewTask("国庆前提交");
    taskService.claim(taskId, "liqiang");
    assertThat(due(taskId)).isEqualTo(beijing("2025-10-10T23:59:59"));

    EngineTime.moveTo(beijing("2025-10-09T23:00:00"));
    assertThat(sweep.sweep().sent()).as("25 hours before: nobody yet").isZero();
    assertThat(sent(taskId)).isEmpty();

    EngineTime.moveTo(beijing("2025-10-10T09:00:00"));
    sweep.sweep();
    assertThat(sent(taskId)).containsExactly("liqiang task.reminder");
    assertThat(sentAt(taskId, "task.reminder"))
        .isBetween(beijing("2025-10-10T09:00:00"), beijing("2025-10-10T09:05:00"));

    EngineTime.moveTo(beijing("2025-10-11T08:30:00"));
    sweep.sweep();
    sweep.sweep();
    assertThat(sent(taskId))
        .containsExactlyInAnyOrderElementsOf(
            concat(
                List.of("liqiang task.reminder"),
                each("task.escalation", directory.members("party-committee"))));
    assertThat(sentAt(taskId, "task.escalation"))
        .isBetween(beijing("2025-10-11T08:30:00"), beijing("2025-10-11T08:35:00"));
  }

  private static Instant beijing(String localDateTime) {
    return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private Instant due(String taskId) {
    return taskService.createTaskQuery().taskId(taskId).singleResult().getDueDate().toInstant();
  }

  /** Twelve hours before the task is due: within the 24 hours in which people are reminded. */
  private void moveIntoReminderWindow(String taskId) {
    EngineTime.moveTo(due(taskId).minus(Duration.ofHours(12)));
  }

  private void moveJustPastDue(String taskId) {
    EngineTime.moveTo(due(taskId).plus(Duration.ofHours(1)));
  }

  /** When the (one) notification of the kind about the task was created. */
  private Instant sentAt(String taskId, String kind) {
    return jdbc.queryForObject(
            "select min(created_at) from notification where task_id = ? and kind = ?",
            Timestamp.class,
            taskId,
            kind)
        .toInstant();
  }

  /** "recipient kind" of every notification about the task. */
  private List<String> sent(String taskId) {
    return jdbc.queryForList(
        "select concat(recipient, ' ', kind) from notification where task_id = ?",
        String.class,
        taskId);
  }

  private List<String> keys(String taskId) {
    return jdbc.queryForList(
        "select dedup_key from notification where task_id = ?", String.class, taskId);
  }

  private static List<String> each(String kind, List<String> recipients) {
    return recipients.stream().map(r -> r + " " + kind).toList();
  }

  private String reviewTask(String title) {
    return pilot.currentTask(pilot.requestByZhangsan(unique(title))).getId();
  }

  private static String unique(String title) {
    return title + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
