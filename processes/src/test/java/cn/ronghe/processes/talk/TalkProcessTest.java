package cn.ronghe.processes.talk;

import static cn.ronghe.processes.ProcessTestSupport.endOf;
import static cn.ronghe.processes.ProcessTestSupport.formIdOf;
import static cn.ronghe.processes.talk.TalkVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.ronghe.processes.DeployedModuleTest;
import cn.ronghe.processes.RecordedNotices;
import cn.ronghe.processes.followup.FollowUpVariables;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Walks the paths of 谈心谈话 ({@code bpmn/talk.bpmn}), one path per test. */
class TalkProcessTest extends DeployedModuleTest {

  private static final String TALKER = "liqiang";
  private static final String TALKEE = "zhangsan";

  /** Monday 2 March 2026, 09:00; the talk is due by the end of Friday 13 March. */
  private static final LocalDateTime SCHEDULED_AT = LocalDateTime.of(2026, 3, 2, 9, 0);

  private static final String DUE = "2026-03-13";

  private RecordedNotices notices;

  /** Stands in for the application's {@code users} bean. */
  public static class Users {
    public String displayName(String username) {
      return Map.of("zhangsan", "张三", "lisi", "李四").getOrDefault(username, username);
    }
  }

  TalkProcessTest() {
    super(SCHEDULED_AT);
  }

  @BeforeEach
  void registerStandIns() {
    Mocks.register("users", new Users());
    // what the backend adds at the start (names, branch, due date) comes with the test's variables
    Mocks.register(
        SCHEDULE_TALK_DELEGATE,
        (ExecutionListener)
            execution ->
                execution.setVariable(
                    "businessTitle",
                    execution.getVariable(TALKER_NAME)
                        + "与"
                        + execution.getVariable(TALKEE_NAME)
                        + "谈心谈话"));
    Mocks.register(TALK_RECORDED_DELEGATE, (TaskListener) task -> {});
    notices = RecordedNotices.register();
  }

  @Test
  void aRoutineTalkWithoutProblemsClosesOnceRecorded() {
    ProcessInstance pi = schedule(KIND_ROUTINE);

    assertThat(pi).isWaitingAt(TASK_RECORD_TALK);
    Task record = task(pi);
    assertThat(record).isAssignedTo(TALKER);
    Assertions.assertThat(record.getDueDate()).isEqualTo(endOf(DUE));
    Assertions.assertThat(formIdOf(formService(), record)).isEqualTo(TASK_RECORD_TALK);
    complete(record, talkRecord(List.of()));

    assertThat(pi)
        .hasPassedInOrder(TASK_RECORD_TALK, END_TALK_CLOSED)
        .hasNotPassed(TASK_EXPLAIN_TALK, CALL_FOLLOW_UP_PROBLEMS)
        .isEnded();
    Assertions.assertThat(
            historyService()
                .createHistoricProcessInstanceQuery()
                .superProcessInstanceId(pi.getId())
                .count())
        .as("follow-up items")
        .isZero();
    Assertions.assertThat(notices.sent()).isEmpty();
  }

  @Test
  void eachProblemFoundBecomesAFollowUpItemAndTheTalkClosesWhenAllAreClosed() {
    ProcessInstance pi = schedule(KIND_ROUTINE);
    complete(
        task(pi),
        talkRecord(
            List.of(
                problem("案件审理报告说理不充分", TALKEE, "重写两份审理报告", "2026-03-31"),
                problem("庭审中对当事人态度生硬", "lisi", "参加司法礼仪培训", "2026-04-30"))));

    assertThat(pi).isWaitingAt(CALL_FOLLOW_UP_PROBLEMS);
    List<ProcessInstance> items =
        runtimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(FollowUpVariables.PROCESS_ID)
            .superProcessInstanceId(pi.getId())
            .list();
    Assertions.assertThat(items).hasSize(2);
    Map<String, Object> first = itemOf(items, "案件审理报告说理不充分");
    Assertions.assertThat(first)
        .containsEntry(FollowUpVariables.ITEM_OWNER, TALKEE)
        .containsEntry(FollowUpVariables.ITEM_OWNER_NAME, "张三")
        .containsEntry(FollowUpVariables.ITEM_MEASURE, "重写两份审理报告")
        .containsEntry(FollowUpVariables.BRANCH_CODE, "branch-1")
        .containsEntry(FollowUpVariables.SOURCE_TITLE, "李强与张三谈心谈话");
    Task firstReport = taskService().createTaskQuery().taskAssignee(TALKEE).singleResult();
    Assertions.assertThat(firstReport.getDueDate()).isEqualTo(endOf("2026-03-31"));
    Assertions.assertThat(
            taskService().createTaskQuery().taskAssignee("lisi").singleResult().getDueDate())
        .isEqualTo(endOf("2026-04-30"));

    for (ProcessInstance item : items) {
      closeItem(item);
      if (item != items.get(items.size() - 1)) {
        assertThat(pi).isWaitingAt(CALL_FOLLOW_UP_PROBLEMS);
      }
    }
    assertThat(pi).hasPassed(END_TALK_CLOSED).isEnded();
  }

  @Test
  void anAdmonishmentTalkTakesThePersonsExplanationAndTheTalkersSignatureAndTellsTheCommission() {
    ProcessInstance pi = schedule(KIND_ADMONISHMENT);
    complete(task(pi), talkRecord(List.of()));

    assertThat(pi).isWaitingAt(TASK_EXPLAIN_TALK);
    Task explain = task(pi);
    assertThat(explain).isAssignedTo(TALKEE);
    Assertions.assertThat(formIdOf(formService(), explain)).isEqualTo(TASK_EXPLAIN_TALK);
    Assertions.assertThat(explain.getDueDate()).isEqualTo(endOf("2026-03-09"));
    complete(explain, withVariables(EXPLANATION, "对超审限问题的说明：已制定结案计划"));

    assertThat(pi).isWaitingAt(TASK_SIGN_OFF_TALK);
    assertThat(task(pi)).isAssignedTo(TALKER);
    Assertions.assertThat(notices.sent()).isEmpty();
    complete(task(pi), withVariables(SIGN_OFF_COMMENT, "已阅，同意归档"));

    Assertions.assertThat(notices.sent()).containsExactly(GROUP_DISCIPLINE + " 诫勉谈话已签字：张三");
    assertThat(pi)
        .hasPassedInOrder(
            TASK_RECORD_TALK,
            TASK_EXPLAIN_TALK,
            TASK_SIGN_OFF_TALK,
            SERVICE_NOTICE_DISCIPLINE,
            END_TALK_CLOSED)
        .isEnded();
  }

  @Test
  void aReminderTalkIsSignedOffBeforeItsProblemsAreFollowedUp() {
    ProcessInstance pi = schedule(KIND_REMINDER);
    complete(
        task(pi), talkRecord(List.of(problem("八小时外交往不够谨慎", TALKEE, "书面报告交往情况", "2026-03-20"))));
    complete(task(pi), withVariables(EXPLANATION, "已认识到问题"));
    Assertions.assertThat(
            runtimeService()
                .createProcessInstanceQuery()
                .superProcessInstanceId(pi.getId())
                .count())
        .as("no follow-up before the sign-off")
        .isZero();
    complete(task(pi), withVariables(SIGN_OFF_COMMENT, "已阅"));

    Assertions.assertThat(notices.sent()).containsExactly(GROUP_DISCIPLINE + " 提醒谈话已签字：张三");
    assertThat(pi).isWaitingAt(CALL_FOLLOW_UP_PROBLEMS);
    ProcessInstance item =
        runtimeService()
            .createProcessInstanceQuery()
            .superProcessInstanceId(pi.getId())
            .singleResult();
    closeItem(item);
    assertThat(pi).isEnded();
  }

  private ProcessInstance schedule(String kind) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TalkVariables.TALKER, TALKER);
    variables.put(TALKER_NAME, "李强");
    variables.put(TalkVariables.TALKEE, TALKEE);
    variables.put(TALKEE_NAME, "张三");
    variables.put(TALK_KIND, kind);
    variables.put(TALK_DUE, endOf(DUE));
    variables.put(BRANCH_CODE, "branch-1");
    variables.put(BRANCH_NAME, "第一党支部（审判业务）");
    return runtimeService().startProcessInstanceByKey(PROCESS_ID, variables);
  }

  private static Map<String, Object> talkRecord(List<Map<String, Object>> problems) {
    Map<String, Object> record = new HashMap<>();
    record.put(TALKED_ON, "2026-03-05");
    record.put(PLACE, "第一党支部会议室");
    record.put(PARTICIPANTS, "李强、张三");
    record.put(TOPIC, "年度谈心谈话");
    record.put(STRENGTHS, "办案效率高");
    record.put(PROBLEMS, problems);
    record.put(REQUESTS, "希望加强业务培训");
    return record;
  }

  private static Map<String, Object> problem(
      String problem, String owner, String measure, String deadline) {
    return Map.of(
        PROBLEM,
        problem,
        PROBLEM_OWNER,
        owner,
        PROBLEM_MEASURE,
        measure,
        PROBLEM_DEADLINE,
        deadline);
  }

  private Map<String, Object> itemOf(List<ProcessInstance> items, String title) {
    for (ProcessInstance item : items) {
      Map<String, Object> variables = runtimeService().getVariables(item.getId());
      if (title.equals(variables.get(FollowUpVariables.ITEM_TITLE))) {
        return variables;
      }
    }
    return Assertions.fail("no follow-up item %s", title);
  }

  /** The owner reports it done and the branch secretary closes it. */
  private void closeItem(ProcessInstance item) {
    complete(
        task(item),
        withVariables(
            FollowUpVariables.PROGRESS_REPORT,
            "已整改",
            FollowUpVariables.PROGRESS_STATE,
            FollowUpVariables.PROGRESS_DONE));
    complete(
        task(item),
        withVariables(
            FollowUpVariables.VERIFY_DECISION,
            FollowUpVariables.VERIFY_CLOSED,
            FollowUpVariables.VERIFY_COMMENT,
            "核实到位"));
    assertThat(item).isEnded();
  }
}
