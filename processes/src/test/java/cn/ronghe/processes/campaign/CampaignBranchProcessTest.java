package cn.ronghe.processes.campaign;

import static cn.ronghe.processes.ProcessTestSupport.date;
import static cn.ronghe.processes.ProcessTestSupport.endOf;
import static cn.ronghe.processes.ProcessTestSupport.formIdOf;
import static cn.ronghe.processes.campaign.BranchStandIns.LISI;
import static cn.ronghe.processes.campaign.BranchStandIns.WANGWU;
import static cn.ronghe.processes.campaign.BranchStandIns.ZHANGSAN;
import static cn.ronghe.processes.campaign.CampaignVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.ronghe.processes.DeployedModuleTest;
import cn.ronghe.processes.RecordedNotices;
import cn.ronghe.processes.followup.FollowUpVariables;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Walks the paths of 支部警示教育 ({@code bpmn/campaignBranch.bpmn}). */
class CampaignBranchProcessTest extends DeployedModuleTest {

  private static final String BRANCH = "branch-1";
  private static final String SECRETARIES = GROUP_BRANCH_SECRETARY_PREFIX + BRANCH;

  /** Monday 16 March 2026, 09:00: the campaign was approved, the branch's session opens. */
  private static final LocalDateTime OPENED_AT = LocalDateTime.of(2026, 3, 16, 9, 0);

  /** Friday 20 March 2026: the session; attendance is recorded that evening. */
  private static final String SESSION_DAY = "2026-03-20";

  private RecordedNotices notices;

  private BranchStandIns standIns;

  CampaignBranchProcessTest() {
    super(OPENED_AT);
  }

  @BeforeEach
  void registerStandIns() {
    notices = RecordedNotices.register();
    standIns = BranchStandIns.register();
  }

  @Test
  void usersCannotStartABranchSessionThemselves() {
    String definitionId =
        repositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(BRANCH_PROCESS_ID)
            .singleResult()
            .getId();
    Assertions.assertThat(repositoryService().getIdentityLinksForProcessDefinition(definitionId))
        .as("no candidate starters: only the campaign calls it")
        .isEmpty();
  }

  @Test
  void theSecretarySchedulesTheSessionAndEveryMemberIsTold() {
    ProcessInstance pi = openBranch();

    assertThat(pi).isWaitingAt(TASK_SCHEDULE_SESSION);
    Task schedule = task(pi);
    assertThat(schedule).hasCandidateGroup(SECRETARIES).isNotAssigned();
    Assertions.assertThat(formIdOf(formService(), schedule)).isEqualTo(TASK_SCHEDULE_SESSION);
    Assertions.assertThat(schedule.getDueDate()).isEqualTo(endOf("2026-03-23"));
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), BRANCH_NAME))
        .isEqualTo("第一党支部（审判业务）");
    Assertions.assertThat(notices.sent()).isEmpty();

    complete(schedule, session());

    Assertions.assertThat(standIns.sessionsScheduled).containsExactly(BRANCH);
    Assertions.assertThat(notices.sent()).containsExactly("警示教育安排：2026 年节前警示教育");
    Assertions.assertThat(notices.sentToUsers()).containsExactly("zhangsan,lisi,wangwu");
    assertThat(pi).hasPassedInOrder(TASK_SCHEDULE_SESSION, SERVICE_NOTICE_SESSION);
    assertThat(pi).isWaitingAt(TASK_RECORD_ATTENDANCE);
    Task attendance = task(pi);
    assertThat(attendance).hasCandidateGroup(SECRETARIES);
    Assertions.assertThat(formIdOf(formService(), attendance)).isEqualTo(TASK_RECORD_ATTENDANCE);
    Assertions.assertThat(attendance.getDueDate())
        .as("sign-in is due by the end of the session day")
        .isEqualTo(endOf(SESSION_DAY));
  }

  @Test
  void theAbsenteeMakesUpBeforeWritingAndAttendeesWriteStraightAway() {
    ProcessInstance pi = openBranch();
    complete(task(pi), session());
    ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 3, 20, 18, 0)));
    complete(task(pi), attendance());

    assertThat(pi).isWaitingAt(SUBPROCESS_REFLECTION_WORK);
    Task makeUp = personalTask(pi, TASK_ATTEND_MAKE_UP, WANGWU);
    Assertions.assertThat(formIdOf(formService(), makeUp)).isEqualTo(TASK_ATTEND_MAKE_UP);
    Assertions.assertThat(makeUp.getDueDate()).isEqualTo(endOf("2026-04-03"));
    Assertions.assertThat(tasks(pi, TASK_ATTEND_MAKE_UP)).hasSize(1);
    for (String attendee : List.of(ZHANGSAN, LISI)) {
      Task reflection = personalTask(pi, TASK_SUBMIT_REFLECTION, attendee);
      Assertions.assertThat(reflection.getDueDate())
          .as("%s's reflection: 7 calendar days after the sign-in", attendee)
          .isEqualTo(endOf("2026-03-27"));
    }
    Assertions.assertThat(tasks(pi, TASK_SUBMIT_REFLECTION)).hasSize(2);

    ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 3, 24, 10, 0)));
    complete(makeUp, withVariables(MADE_UP_ON, "2026-03-24", MADE_UP_HOW, "观看庭审录像并学习通报案例"));

    Assertions.assertThat(standIns.makeUpsRecorded).containsExactly(WANGWU);
    Task late = personalTask(pi, TASK_SUBMIT_REFLECTION, WANGWU);
    Assertions.assertThat(formIdOf(formService(), late)).isEqualTo(TASK_SUBMIT_REFLECTION);
    Assertions.assertThat(late.getDueDate())
        .as("7 calendar days after the make-up")
        .isEqualTo(endOf("2026-03-31"));
  }

  @Test
  void aReflectionReturnedBySecretaryIsRewrittenAndEachPersonsReflectionStaysTheirOwn() {
    ProcessInstance pi = toReflections();

    complete(personalTask(pi, TASK_SUBMIT_REFLECTION, ZHANGSAN), reflection("张三的心得：初稿"));
    complete(personalTask(pi, TASK_SUBMIT_REFLECTION, LISI), reflection("李四的心得"));

    List<Task> reviews = tasks(pi, TASK_REVIEW_REFLECTION);
    Assertions.assertThat(reviews).hasSize(2);
    Task review = reviewOf(pi, ZHANGSAN);
    assertThat(review).hasCandidateGroup(SECRETARIES).isNotAssigned();
    Assertions.assertThat(formIdOf(formService(), review)).isEqualTo(TASK_REVIEW_REFLECTION);
    Assertions.assertThat(review.getDueDate()).isEqualTo(endOf("2026-03-27"));
    Assertions.assertThat(taskService().getVariables(review.getId()))
        .containsEntry(PERSON_NAME, "张三")
        .containsEntry(REFLECTION_TEXT, "张三的心得：初稿");
    Assertions.assertThat(taskService().getVariable(reviewOf(pi, LISI).getId(), REFLECTION_TEXT))
        .isEqualTo("李四的心得");

    complete(review, withVariables(REVIEW_DECISION, RETURN, REVIEW_COMMENT, "请联系本人岗位"));

    Task rewrite = personalTask(pi, TASK_SUBMIT_REFLECTION, ZHANGSAN);
    Assertions.assertThat(taskService().getVariables(rewrite.getId()))
        .containsEntry(REVIEW_COMMENT, "请联系本人岗位")
        .containsEntry(REFLECTION_TEXT, "张三的心得：初稿")
        .as("the next review starts with no decision ticked")
        .containsEntry(REVIEW_DECISION, null);
    complete(rewrite, reflection("张三的心得：联系执行岗位重写"));
    accept(reviewOf(pi, ZHANGSAN));
    accept(reviewOf(pi, LISI));

    Assertions.assertThat(standIns.reflectionsSubmitted)
        .containsExactly("zhangsan 2026-03-27", "lisi 2026-03-27", "zhangsan 2026-03-27");
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), REFLECTION_TEXT))
        .as("reflections are kept per person, not on the branch instance")
        .isNull();
    assertThat(pi).isWaitingAt(SUBPROCESS_REFLECTION_WORK);
    Assertions.assertThat(tasks(pi, TASK_SPOT_CHECK_REFLECTIONS)).isEmpty();
  }

  @Test
  void aSpotCheckReworkSendsOnlyTheNamedPeopleBackWithoutAnotherMakeUp() {
    ProcessInstance pi = toSpotCheck();

    Task spotCheck = task(pi);
    assertThat(pi).isWaitingAt(TASK_SPOT_CHECK_REFLECTIONS);
    assertThat(spotCheck).hasCandidateGroup(GROUP_DISCIPLINE).isNotAssigned();
    Assertions.assertThat(formIdOf(formService(), spotCheck))
        .isEqualTo(TASK_SPOT_CHECK_REFLECTIONS);
    Assertions.assertThat(spotCheck.getDueDate()).isEqualTo(endOf("2026-04-01"));
    complete(
        spotCheck,
        withVariables(
            SPOT_CHECK_DECISION,
            SPOT_CHECK_REWORK,
            REWORK_PEOPLE,
            List.of(LISI, WANGWU),
            SPOT_CHECK_COMMENT,
            "李四、王五的心得照抄材料"));

    assertThat(pi).isWaitingAt(SUBPROCESS_REFLECTION_WORK);
    Assertions.assertThat(tasks(pi, TASK_ATTEND_MAKE_UP)).as("王五 made up already").isEmpty();
    Assertions.assertThat(tasks(pi, TASK_SUBMIT_REFLECTION))
        .extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(LISI, WANGWU);
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), SPOT_CHECK_ROUND)).isEqualTo(1L);
    for (String person : List.of(LISI, WANGWU)) {
      complete(personalTask(pi, TASK_SUBMIT_REFLECTION, person), reflection("重写的心得"));
      accept(reviewOf(pi, person));
    }

    assertThat(pi).isWaitingAt(TASK_SPOT_CHECK_REFLECTIONS);
    Assertions.assertThat(taskService().getVariables(task(pi).getId()))
        .as("the second spot-check starts with nothing ticked")
        .containsEntry(SPOT_CHECK_DECISION, null)
        .containsEntry(REWORK_PEOPLE, null);
    complete(task(pi), withVariables(SPOT_CHECK_DECISION, SPOT_CHECK_PASS));
    assertThat(pi).isWaitingAt(TASK_SELF_CHECK_BRANCH);
    Assertions.assertThat(
            historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId())
                .activityId(TASK_ATTEND_MAKE_UP)
                .count())
        .isEqualTo(1);
    Assertions.assertThat(
            historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId())
                .activityId(TASK_SUBMIT_REFLECTION)
                .count())
        .as("three reflections, then two rewritten")
        .isEqualTo(5);
  }

  @Test
  void theSelfCheckOpensRectificationItemsThatOutliveTheBranchSummary() {
    ProcessInstance pi = toSpotCheck();
    complete(task(pi), withVariables(SPOT_CHECK_DECISION, SPOT_CHECK_PASS));

    Task selfCheck = task(pi);
    assertThat(selfCheck).hasCandidateGroup(SECRETARIES);
    Assertions.assertThat(formIdOf(formService(), selfCheck)).isEqualTo(TASK_SELF_CHECK_BRANCH);
    Assertions.assertThat(selfCheck.getDueDate()).isEqualTo(endOf("2026-04-08"));
    complete(
        selfCheck,
        withVariables(
            SELF_CHECK_SUMMARY,
            "执行岗位自查：执行款发放台账不及时",
            RECTIFICATIONS,
            List.of(
                rectification("执行款发放台账登记不及时", LISI, "每日登记，周末核对", "2026-04-30"),
                rectification("财务报销审核把关不严", WANGWU, "建立报销复核制度", "2026-05-15"))));

    Assertions.assertThat(standIns.rectificationLists).hasSize(1);
    Assertions.assertThat(standIns.rectificationLists.get(0))
        .extracting(row -> row.get(RECTIFICATION_OWNER))
        .containsExactly(LISI, WANGWU);
    assertThat(pi)
        .hasPassedInOrder(
            TASK_SELF_CHECK_BRANCH,
            SERVICE_OPEN_RECTIFICATION_ITEMS,
            SERVICE_COMPUTE_BRANCH_FIGURES)
        .isWaitingAt(TASK_FILE_BRANCH_SUMMARY);

    Task summary = task(pi);
    assertThat(summary).hasCandidateGroup(SECRETARIES);
    Assertions.assertThat(formIdOf(formService(), summary)).isEqualTo(TASK_FILE_BRANCH_SUMMARY);
    Assertions.assertThat(summary.getDueDate()).isEqualTo(endOf("2026-04-01"));
    Assertions.assertThat(taskService().getVariables(summary.getId()))
        .containsEntry(ATTENDED_COUNT, 2L)
        .containsEntry(ABSENT_COUNT, 1L)
        .containsEntry(MADE_UP_COUNT, 1L)
        .containsEntry(REFLECTIONS_ON_TIME, 3L)
        .containsEntry(REFLECTIONS_LATE, 0L);
    complete(summary, withVariables(BRANCH_SUMMARY, "全支部 3 人参加，1 人补学，心得均已通过抽查。"));

    assertThat(pi)
        .hasPassedInOrder(
            TASK_SCHEDULE_SESSION,
            SERVICE_NOTICE_SESSION,
            TASK_RECORD_ATTENDANCE,
            SUBPROCESS_REFLECTION_WORK,
            TASK_SPOT_CHECK_REFLECTIONS,
            TASK_SELF_CHECK_BRANCH,
            SERVICE_OPEN_RECTIFICATION_ITEMS,
            SERVICE_COMPUTE_BRANCH_FIGURES,
            TASK_FILE_BRANCH_SUMMARY,
            END_BRANCH_SUMMARY_FILED)
        .isEnded();
    Assertions.assertThat(standIns.followUpInstanceIds).hasSize(2);
    for (String item : standIns.followUpInstanceIds) {
      ProcessInstance followUp =
          runtimeService().createProcessInstanceQuery().processInstanceId(item).singleResult();
      assertThat(followUp)
          .as("the rectification item is still being worked on")
          .isWaitingAt(FollowUpVariables.TASK_REPORT_FOLLOW_UP_PROGRESS);
    }
    Assertions.assertThat(
            taskService()
                .createTaskQuery()
                .taskAssignee(LISI)
                .processDefinitionKey(FollowUpVariables.PROCESS_ID)
                .singleResult()
                .getDueDate())
        .isEqualTo(endOf("2026-04-30"));
  }

  @Test
  void aSelfCheckWithoutProblemsOpensNoItem() {
    ProcessInstance pi = toSpotCheck();
    complete(task(pi), withVariables(SPOT_CHECK_DECISION, SPOT_CHECK_PASS));
    complete(task(pi), withVariables(SELF_CHECK_SUMMARY, "未发现问题", RECTIFICATIONS, List.of()));

    Assertions.assertThat(standIns.rectificationLists).containsExactly(List.of());
    Assertions.assertThat(standIns.followUpInstanceIds).isEmpty();
    assertThat(pi).isWaitingAt(TASK_FILE_BRANCH_SUMMARY);
  }

  // ---- paths -------------------------------------------------------------------------------

  /** As the campaign's call activity passes them. */
  private ProcessInstance openBranch() {
    Map<String, Object> in = new HashMap<>();
    in.put(CAMPAIGN_TITLE, "2026 年节前警示教育");
    in.put(THEME, "守纪律、讲规矩，过廉洁节日");
    in.put(MATERIALS, "通报典型案例");
    in.put(REFLECTION_DAYS, 7L);
    in.put(KEY_POSTS, List.of(POST_ENFORCEMENT, POST_FINANCE));
    in.put(SESSION_FROM, "2026-03-16");
    in.put(SESSION_TO, "2026-03-31");
    in.put(BUSINESS_TITLE, "2026 年节前警示教育");
    in.put(BRANCH_CODE, BRANCH);
    in.put(CAMPAIGN_INSTANCE_ID, "campaign-1");
    return runtimeService().startProcessInstanceByKey(BRANCH_PROCESS_ID, in);
  }

  /** Scheduled, held on 20 March with 王五 absent, 王五 made up on 20 March too. */
  private ProcessInstance toReflections() {
    ProcessInstance pi = openBranch();
    complete(task(pi), session());
    ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 3, 20, 18, 0)));
    complete(task(pi), attendance());
    complete(
        personalTask(pi, TASK_ATTEND_MAKE_UP, WANGWU),
        withVariables(MADE_UP_ON, "2026-03-20", MADE_UP_HOW, "观看庭审录像"));
    return pi;
  }

  /** Everyone's reflection accepted at once; the clock on Wednesday 25 March. */
  private ProcessInstance toSpotCheck() {
    ProcessInstance pi = toReflections();
    ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 3, 25, 9, 0)));
    for (String person : BranchStandIns.MEMBERS) {
      complete(personalTask(pi, TASK_SUBMIT_REFLECTION, person), reflection(person + "的心得"));
      accept(reviewOf(pi, person));
    }
    return pi;
  }

  private static Map<String, Object> session() {
    return withVariables(
        SESSION_DATE,
        SESSION_DAY,
        SESSION_PLACE,
        "第一审判庭",
        SESSION_FORM,
        FORM_TRIAL,
        SESSION_HOST,
        "李强");
  }

  private static Map<String, Object> attendance() {
    return withVariables(
        ATTENDEES,
        List.of(ZHANGSAN, LISI),
        ABSENCES,
        List.of(Map.of(ABSENCE_PERSON, WANGWU, ABSENCE_REASON, "外出办案")));
  }

  private static Map<String, Object> reflection(String text) {
    return withVariables(REFLECTION_TEXT, text);
  }

  private static Map<String, Object> rectification(
      String problem, String owner, String measure, String deadline) {
    return Map.of(
        RECTIFICATION_PROBLEM,
        problem,
        RECTIFICATION_OWNER,
        owner,
        RECTIFICATION_MEASURE,
        measure,
        RECTIFICATION_DEADLINE,
        deadline);
  }

  private static void accept(Task review) {
    complete(review, withVariables(REVIEW_DECISION, ACCEPT, REVIEW_COMMENT, "通过"));
  }

  // ---- tasks -------------------------------------------------------------------------------

  private List<Task> tasks(ProcessInstance pi, String key) {
    return taskService()
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(key)
        .list();
  }

  private Task personalTask(ProcessInstance pi, String key, String person) {
    return taskService()
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(key)
        .taskAssignee(person)
        .singleResult();
  }

  /** The secretary's open review of one person's reflection. */
  private Task reviewOf(ProcessInstance pi, String person) {
    return tasks(pi, TASK_REVIEW_REFLECTION).stream()
        .filter(review -> person.equals(taskService().getVariable(review.getId(), PERSON)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no review of " + person));
  }
}
