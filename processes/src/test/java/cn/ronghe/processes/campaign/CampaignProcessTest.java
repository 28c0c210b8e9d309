package cn.ronghe.processes.campaign;

import static cn.ronghe.processes.ProcessTestSupport.endOf;
import static cn.ronghe.processes.ProcessTestSupport.formIdOf;
import static cn.ronghe.processes.ProcessTestSupport.startFormAs;
import static cn.ronghe.processes.ProcessTestSupport.startFormIdOf;
import static cn.ronghe.processes.campaign.CampaignVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.ronghe.processes.DeployedModuleTest;
import cn.ronghe.processes.RecordedNotices;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Walks the paths of 警示教育活动 ({@code bpmn/campaign.bpmn}), one path per test. */
class CampaignProcessTest extends DeployedModuleTest {

  private static final String DRAFTER = "wangjiwei";

  /** Monday 2 March 2026, 09:00: approval and revision due Monday 9 March. */
  private static final LocalDateTime DRAFTED_AT = LocalDateTime.of(2026, 3, 2, 9, 0);

  private PlanChecks planChecks;

  /**
   * Stands in for the application's {@code campaignDraftedDelegate}: both an execution listener
   * (end of the start event) and a task listener (completion of the revision). Keeps the title it
   * saw each time.
   */
  static final class PlanChecks implements ExecutionListener, TaskListener {
    final List<String> checkedTitles = new ArrayList<>();

    @Override
    public void notify(DelegateExecution execution) {
      checkedTitles.add((String) execution.getVariable(CAMPAIGN_TITLE));
    }

    @Override
    public void notify(DelegateTask task) {
      checkedTitles.add((String) task.getVariable(CAMPAIGN_TITLE));
    }
  }

  CampaignProcessTest() {
    super(DRAFTED_AT);
  }

  @BeforeEach
  void registerStandIns() {
    planChecks = new PlanChecks();
    Mocks.register(CAMPAIGN_DRAFTED_DELEGATE, planChecks);
    RecordedNotices.register();
    BranchStandIns.register();
    Mocks.register(
        CAMPAIGN_FIGURES_DELEGATE,
        (JavaDelegate)
            execution -> {
              execution.setVariable(SESSIONS_HELD, 3L);
              execution.setVariable(ATTENDANCE_RATE, 88.9);
              execution.setVariable(REFLECTIONS_ON_TIME, 8L);
              execution.setVariable(REFLECTIONS_LATE, 1L);
              execution.setVariable(RECTIFICATION_ITEMS, 0L);
            });
  }

  @Test
  void theDisciplineCommissionStartsACampaignWithThePlanFormAndThePartyCommitteeApprovesIt() {
    ProcessDefinition definition =
        repositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(PROCESS_ID)
            .singleResult();
    Assertions.assertThat(startFormIdOf(formService(), definition)).isEqualTo(FORM_DRAFT_CAMPAIGN);
    Assertions.assertThat(
            repositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_ID)
                .startableByUser("anyone")
                .count())
        .as("no candidate starter user")
        .isZero();

    ProcessInstance pi = draft();

    assertThat(pi).isWaitingAt(TASK_APPROVE_CAMPAIGN);
    Task approve = task(pi);
    assertThat(approve).hasCandidateGroup(GROUP_PARTY_COMMITTEE).isNotAssigned();
    Assertions.assertThat(formIdOf(formService(), approve)).isEqualTo(TASK_APPROVE_CAMPAIGN);
    Assertions.assertThat(approve.getDueDate()).isEqualTo(endOf("2026-03-09"));
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), INITIATOR)).isEqualTo(DRAFTER);
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), BUSINESS_TITLE))
        .isEqualTo("2026 年节前警示教育");
    Assertions.assertThat(planChecks.checkedTitles).containsExactly("2026 年节前警示教育");
  }

  @Test
  void aReturnedPlanGoesToItsDrafterAndTheRevisedPlanIsApprovedAndSentToTheBranches() {
    ProcessInstance pi = draft();
    complete(task(pi), withVariables(APPROVE_DECISION, RETURN, APPROVE_COMMENT, "请补充本院典型案例"));

    assertThat(pi).isWaitingAt(TASK_REVISE_CAMPAIGN);
    Task revise = task(pi);
    assertThat(revise).isAssignedTo(DRAFTER);
    Assertions.assertThat(formIdOf(formService(), revise)).isEqualTo(TASK_REVISE_CAMPAIGN);
    Assertions.assertThat(revise.getDueDate()).isEqualTo(endOf("2026-03-09"));
    complete(
        revise,
        withVariables(CAMPAIGN_TITLE, "2026 年清明节前警示教育", MATERIALS, "通报本院 2025 年典型案例两起；旁听职务犯罪庭审"));

    assertThat(pi).isWaitingAt(TASK_APPROVE_CAMPAIGN);
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), APPROVE_DECISION))
        .as("the second approval starts with no decision ticked")
        .isNull();
    Assertions.assertThat(planChecks.checkedTitles)
        .as("the plan is checked when drafted and again when revised")
        .containsExactly("2026 年节前警示教育", "2026 年清明节前警示教育");
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), BUSINESS_TITLE))
        .isEqualTo("2026 年清明节前警示教育");
    assertThat(pi).hasNotPassed(CALL_HOLD_BRANCH_SESSIONS);
    Assertions.assertThat(branchesOf(pi)).isEmpty();

    complete(task(pi), withVariables(APPROVE_DECISION, APPROVE, APPROVE_COMMENT, "同意"));

    assertThat(pi)
        .hasPassedInOrder(TASK_APPROVE_CAMPAIGN, TASK_REVISE_CAMPAIGN, TASK_APPROVE_CAMPAIGN)
        .isWaitingAt(CALL_HOLD_BRANCH_SESSIONS);
    Assertions.assertThat(branchesOf(pi))
        .hasSize(3)
        .allSatisfy(
            branch ->
                Assertions.assertThat(runtimeService().getVariable(branch.getId(), CAMPAIGN_TITLE))
                    .isEqualTo("2026 年清明节前警示教育"));
  }

  @Test
  void anUnknownApprovalDecisionIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = draft();
    Task approve = task(pi);

    Assertions.assertThatThrownBy(
            () -> taskService().complete(approve.getId(), Map.of(APPROVE_DECISION, "maybe")))
        .hasMessageContaining(GATEWAY_CAMPAIGN_APPROVED);
    assertThat(pi).isWaitingAt(TASK_APPROVE_CAMPAIGN);
  }

  @Test
  void anApprovedPlanStartsOneBranchSessionPerTargetBranchWithThePlan() {
    ProcessInstance pi = draft();
    complete(task(pi), withVariables(APPROVE_DECISION, APPROVE, APPROVE_COMMENT, "同意"));

    assertThat(pi).isWaitingAt(CALL_HOLD_BRANCH_SESSIONS);
    List<ProcessInstance> branches = branchesOf(pi);
    Assertions.assertThat(branches).hasSize(3);
    Assertions.assertThat(branches)
        .extracting(branch -> runtimeService().getVariable(branch.getId(), BRANCH_CODE))
        .containsExactlyInAnyOrder("branch-1", "branch-2", "branch-3");
    for (ProcessInstance branch : branches) {
      Assertions.assertThat(runtimeService().getVariables(branch.getId()))
          .containsEntry(CAMPAIGN_TITLE, "2026 年节前警示教育")
          .containsEntry(THEME, "守纪律、讲规矩，过廉洁节日")
          .containsEntry(MATERIALS, "通报典型案例")
          .containsEntry(REFLECTION_DAYS, 7L)
          .containsEntry(KEY_POSTS, List.of(POST_ENFORCEMENT, POST_FINANCE))
          .containsEntry(SESSION_FROM, "2026-03-16")
          .containsEntry(SESSION_TO, "2026-03-31")
          .containsEntry(BUSINESS_TITLE, "2026 年节前警示教育")
          .containsEntry(CAMPAIGN_INSTANCE_ID, pi.getId())
          .doesNotContainKeys(TARGET_BRANCHES, APPROVE_DECISION, INITIATOR);
      assertThat(branch).isWaitingAt(TASK_SCHEDULE_SESSION);
      String code = (String) runtimeService().getVariable(branch.getId(), BRANCH_CODE);
      assertThat(task(branch)).hasCandidateGroup(GROUP_BRANCH_SECRETARY_PREFIX + code);
    }
  }

  @Test
  void theSummaryIsAskedForOnlyWhenEveryBranchHasFiledItsOwnAndThenTheCampaignCloses() {
    ProcessInstance pi = draft();
    complete(task(pi), withVariables(APPROVE_DECISION, APPROVE));
    List<ProcessInstance> branches = branchesOf(pi);

    for (ProcessInstance branch : branches.subList(0, 2)) {
      fileBranch(branch);
      assertThat(branch).isEnded();
      assertThat(pi).isWaitingAt(CALL_HOLD_BRANCH_SESSIONS);
      Assertions.assertThat(
              taskService()
                  .createTaskQuery()
                  .processInstanceId(pi.getId())
                  .taskDefinitionKey(TASK_FILE_CAMPAIGN_SUMMARY)
                  .count())
          .as("no campaign summary while a branch is still running")
          .isZero();
    }
    ProcessInstance last = branches.get(2);
    fileBranchUpToItsSummary(last);
    assertThat(pi).isWaitingAt(CALL_HOLD_BRANCH_SESSIONS);
    complete(task(last), withVariables(BRANCH_SUMMARY, "本支部警示教育总结"));

    assertThat(pi)
        .hasPassedInOrder(
            TASK_APPROVE_CAMPAIGN, CALL_HOLD_BRANCH_SESSIONS, SERVICE_COMPUTE_CAMPAIGN_FIGURES)
        .isWaitingAt(TASK_FILE_CAMPAIGN_SUMMARY);
    Task summary = task(pi);
    assertThat(summary).hasCandidateGroup(GROUP_DISCIPLINE).isNotAssigned();
    Assertions.assertThat(formIdOf(formService(), summary)).isEqualTo(TASK_FILE_CAMPAIGN_SUMMARY);
    Assertions.assertThat(summary.getDueDate()).isEqualTo(endOf("2026-03-16"));
    Assertions.assertThat(taskService().getVariables(summary.getId()))
        .containsEntry(SESSIONS_HELD, 3L)
        .containsEntry(ATTENDANCE_RATE, 88.9)
        .containsEntry(REFLECTIONS_ON_TIME, 8L)
        .containsEntry(REFLECTIONS_LATE, 1L)
        .containsEntry(RECTIFICATION_ITEMS, 0L);
    complete(summary, withVariables(CAMPAIGN_SUMMARY, "三个支部均已开展警示教育。"));

    assertThat(pi).hasPassedInOrder(TASK_FILE_CAMPAIGN_SUMMARY, END_CAMPAIGN_CLOSED).isEnded();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private ProcessInstance draft() {
    return startFormAs(processEngine(), PROCESS_ID, DRAFTER, plan());
  }

  private List<ProcessInstance> branchesOf(ProcessInstance campaign) {
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(BRANCH_PROCESS_ID)
        .superProcessInstanceId(campaign.getId())
        .list();
  }

  /** Drives a branch instance through all its steps, everyone present, nothing to rectify. */
  private void fileBranch(ProcessInstance branch) {
    fileBranchUpToItsSummary(branch);
    complete(task(branch), withVariables(BRANCH_SUMMARY, "本支部警示教育总结"));
  }

  private void fileBranchUpToItsSummary(ProcessInstance branch) {
    complete(
        task(branch),
        withVariables(
            SESSION_DATE, "2026-03-20", SESSION_PLACE, "会议室", SESSION_FORM, FORM_MEETING));
    complete(task(branch), withVariables(ATTENDEES, BranchStandIns.MEMBERS, ABSENCES, List.of()));
    for (String person : BranchStandIns.MEMBERS) {
      complete(
          taskService()
              .createTaskQuery()
              .processInstanceId(branch.getId())
              .taskAssignee(person)
              .singleResult(),
          withVariables(REFLECTION_TEXT, "心得体会"));
    }
    for (Task review :
        taskService()
            .createTaskQuery()
            .processInstanceId(branch.getId())
            .taskDefinitionKey(TASK_REVIEW_REFLECTION)
            .list()) {
      complete(review, withVariables(REVIEW_DECISION, ACCEPT));
    }
    complete(task(branch), withVariables(SPOT_CHECK_DECISION, SPOT_CHECK_PASS));
    complete(task(branch), withVariables(SELF_CHECK_SUMMARY, "未发现问题", RECTIFICATIONS, List.of()));
    assertThat(branch).isWaitingAt(TASK_FILE_BRANCH_SUMMARY);
  }

  static Map<String, Object> plan() {
    Map<String, Object> plan = new HashMap<>();
    plan.put(CAMPAIGN_TITLE, "2026 年节前警示教育");
    plan.put(CAMPAIGN_KIND, KIND_SPECIAL);
    plan.put(SPECIAL_TARGET, TARGET_HOLIDAY);
    plan.put(THEME, "守纪律、讲规矩，过廉洁节日");
    plan.put(TARGET_BRANCHES, List.of("branch-1", "branch-2", "branch-3"));
    plan.put(SESSION_FROM, "2026-03-16");
    plan.put(SESSION_TO, "2026-03-31");
    plan.put(REFLECTION_DAYS, 7L);
    plan.put(MATERIALS, "通报典型案例");
    plan.put(KEY_POSTS, List.of(POST_ENFORCEMENT, POST_FINANCE));
    return plan;
  }
}
