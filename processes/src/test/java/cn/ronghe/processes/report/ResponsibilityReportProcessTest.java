package cn.ronghe.processes.report;

import static cn.ronghe.processes.ProcessTestSupport.date;
import static cn.ronghe.processes.ProcessTestSupport.endOf;
import static cn.ronghe.processes.ProcessTestSupport.formIdOf;
import static cn.ronghe.processes.report.ReportSteps.*;
import static cn.ronghe.processes.report.ReportVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.ronghe.processes.DeployedModuleTest;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Walks the paths of 党组织主体责任报告 ({@code bpmn/responsibilityReport.bpmn}), one per test. */
class ResponsibilityReportProcessTest extends DeployedModuleTest {

  private static final String ORG = "branch-1";
  private static final String SECRETARIES = GROUP_BRANCH_SECRETARY_PREFIX + ORG;
  private static final String COMMITTEE = GROUP_BRANCH_COMMITTEE_PREFIX + ORG;

  /** Monday 5 January 2026, 09:00: the round opens the report. */
  private static final LocalDateTime OPENED_AT = LocalDateTime.of(2026, 1, 5, 9, 0);

  /** Friday 30 January 2026: the report is due at the end of the day. */
  private static final String DUE_ON_DAY = "2026-01-30";

  /** Friday 6 February 2026: a report still being prepared is escalated at the end of the day. */
  private static final String ESCALATE_DAY = "2026-02-06";

  private ReportStandIns standIns;

  ResponsibilityReportProcessTest() {
    super(OPENED_AT);
  }

  @BeforeEach
  void registerStandIns() {
    standIns = ReportStandIns.register();
  }

  @Test
  void usersCannotStartAReportThemselves() {
    String definitionId = processDefinition(PROCESS_ID).getId();
    Assertions.assertThat(repositoryService().getIdentityLinksForProcessDefinition(definitionId))
        .as("no candidate starters: only the round calls it")
        .isEmpty();
  }

  @Test
  void aReportDraftedReviewedSignedAndAcceptedOpensItsFeedbackItems() {
    ProcessInstance pi = open();

    assertThat(pi).isWaitingAt(TASK_DRAFT_REPORT);
    Assertions.assertThat(standIns.calls).containsExactly(REPORT_OPENED_DELEGATE + " " + ORG);
    Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .containsEntry(ORG_NAME, "第一党支部（审判业务）")
        .containsEntry(BUSINESS_TITLE, "2025年度落实全面从严治党主体责任情况报告—第一党支部（审判业务）")
        .containsEntry(REPORT_DUE, endOf(DUE_ON_DAY))
        .containsEntry(REPORT_ESCALATE_AT, endOf(ESCALATE_DAY))
        .containsKeys(SECTIONS, FIGURES, ORG_PEOPLE);
    Task draft = task(pi);
    assertThat(draft).hasCandidateGroup(SECRETARIES).isNotAssigned();
    Assertions.assertThat(formIdOf(formService(), draft)).isEqualTo(TASK_DRAFT_REPORT);
    Assertions.assertThat(draft.getDueDate()).isEqualTo(endOf(DUE_ON_DAY));
    ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 1, 20, 15, 0)));
    complete(draft, draft());

    assertThat(pi).isWaitingAt(TASK_REVIEW_REPORT_IN_BRANCH);
    Task branchReview = task(pi);
    assertThat(branchReview).hasCandidateGroup(COMMITTEE).isNotAssigned();
    Assertions.assertThat(formIdOf(formService(), branchReview))
        .isEqualTo(TASK_REVIEW_REPORT_IN_BRANCH);
    Assertions.assertThat(branchReview.getDueDate()).isEqualTo(endOf(DUE_ON_DAY));
    complete(branchReview, branchReview(AGREE));

    assertThat(pi).isWaitingAt(TASK_SIGN_REPORT);
    Task sign = task(pi);
    assertThat(sign).hasCandidateGroup(SECRETARIES).isNotAssigned();
    Assertions.assertThat(formIdOf(formService(), sign)).isEqualTo(TASK_SIGN_REPORT);
    Assertions.assertThat(sign.getDueDate()).isEqualTo(endOf(DUE_ON_DAY));
    // Thursday 22 January: the discipline commission's opinion is due 10 working days later
    ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 1, 22, 10, 0)));
    complete(sign, sign());

    assertThat(pi).hasPassed(END_PREPARE_REPORT).isWaitingAt(TASK_GIVE_DISCIPLINE_OPINION);
    Task opinion = task(pi);
    assertThat(opinion).hasCandidateGroup(GROUP_DISCIPLINE).isNotAssigned();
    Assertions.assertThat(formIdOf(formService(), opinion)).isEqualTo(TASK_GIVE_DISCIPLINE_OPINION);
    Assertions.assertThat(opinion.getDueDate()).isEqualTo(endOf("2026-02-05"));
    // Monday 2 February: the Party committee's review is due 10 working days later
    ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 2, 2, 9, 0)));
    complete(opinion, disciplineOpinion());

    assertThat(pi).isWaitingAt(TASK_REVIEW_REPORT);
    Task review = task(pi);
    assertThat(review).hasCandidateGroup(GROUP_PARTY_COMMITTEE).isNotAssigned();
    Assertions.assertThat(formIdOf(formService(), review)).isEqualTo(TASK_REVIEW_REPORT);
    Assertions.assertThat(review.getDueDate()).isEqualTo(endOf("2026-02-16"));
    complete(review, accept());

    assertThat(pi)
        .hasPassedInOrder(
            START_REPORT_OPENED,
            TASK_DRAFT_REPORT,
            TASK_REVIEW_REPORT_IN_BRANCH,
            TASK_SIGN_REPORT,
            TASK_GIVE_DISCIPLINE_OPINION,
            TASK_REVIEW_REPORT,
            SERVICE_OPEN_FEEDBACK_ITEMS,
            END_REPORT_ACCEPTED)
        .hasPassed(SUBPROCESS_PREPARE_REPORT, END_PREPARE_REPORT)
        .hasNotPassed(BOUNDARY_REPORT_OVERDUE, SERVICE_ESCALATE_REPORT)
        .isEnded();
    Assertions.assertThat(standIns.calls)
        .containsExactly(
            REPORT_OPENED_DELEGATE + " " + ORG,
            REPORT_DRAFTED_DELEGATE + " " + ORG,
            BRANCH_REVIEWED_DELEGATE + " " + ORG,
            REPORT_SIGNED_DELEGATE + " " + ORG,
            DISCIPLINE_OPINION_DELEGATE + " " + ORG,
            REPORT_REVIEWED_DELEGATE + " " + ORG,
            FEEDBACK_ITEMS_DELEGATE + " " + ORG);
    Assertions.assertThat(standIns.feedbackLists)
        .singleElement()
        .satisfies(
            rows ->
                Assertions.assertThat(rows)
                    .singleElement()
                    .satisfies(
                        row ->
                            Assertions.assertThat(row)
                                .containsEntry(FEEDBACK_PROBLEM, "谈心谈话覆盖面不足")
                                .containsEntry(FEEDBACK_OWNER, ReportStandIns.ZHANGSAN)
                                .containsEntry(FEEDBACK_DEADLINE, "2026-06-30")));
  }

  @Test
  void theBranchCommitteeReturnsTheDraftToTheSecretaryAndItsDecisionIsCleared() {
    ProcessInstance pi = open();
    complete(task(pi), draft());
    complete(task(pi), branchReview(RETURN));

    assertThat(pi).isWaitingAt(TASK_DRAFT_REPORT).hasNotPassed(TASK_SIGN_REPORT);
    Task redraft = task(pi);
    assertThat(redraft).hasCandidateGroup(SECRETARIES);
    Assertions.assertThat(redraft.getDueDate())
        .as("still due on the report's due day")
        .isEqualTo(endOf(DUE_ON_DAY));
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), BRANCH_REVIEW_DECISION))
        .as("the second review starts with no decision ticked")
        .isNull();
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), BRANCH_REVIEW_OPINION))
        .as("the committee's opinion stays for the secretary to read")
        .isEqualTo("问题查摆不够深入，请补充");
    Assertions.assertThat(activityCount(pi, SUBPROCESS_PREPARE_REPORT))
        .as("the loop stays inside the preparation")
        .isEqualTo(1);

    complete(redraft, draft());
    complete(task(pi), branchReview(AGREE));

    assertThat(pi)
        .hasPassedInOrder(
            TASK_DRAFT_REPORT,
            TASK_REVIEW_REPORT_IN_BRANCH,
            TASK_DRAFT_REPORT,
            TASK_REVIEW_REPORT_IN_BRANCH)
        .isWaitingAt(TASK_SIGN_REPORT);
  }

  @Test
  void anUnknownBranchDecisionIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = open();
    complete(task(pi), draft());
    Task branchReview = task(pi);

    Assertions.assertThatThrownBy(
            () ->
                taskService()
                    .complete(branchReview.getId(), Map.of(BRANCH_REVIEW_DECISION, "maybe")))
        .hasMessageContaining(GATEWAY_BRANCH_REVIEWED);
    assertThat(pi).isWaitingAt(TASK_REVIEW_REPORT_IN_BRANCH);
  }

  @Test
  void thePartyCommitteeReturnsTheReportToItsDraftWithNewDatesAndClearedDecisions() {
    ProcessInstance pi = open();
    walkToReview(pi);
    // Tuesday 10 February: the revision is due 10 working days later, on Tuesday 24 February
    ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 2, 10, 10, 0)));
    complete(task(pi), returnForRevision());

    assertThat(pi).isWaitingAt(TASK_DRAFT_REPORT);
    Assertions.assertThat(activityCount(pi, SUBPROCESS_PREPARE_REPORT))
        .as("the draft is inside the preparation again")
        .isEqualTo(2);
    Map<String, Object> variables = runtimeService().getVariables(pi.getId());
    Assertions.assertThat(variables)
        .containsEntry(REVIEW_DECISION, null)
        .containsEntry(SIGN_CONFIRMED, null)
        .containsEntry(BRANCH_REVIEW_DECISION, null)
        .containsEntry(RETURN_NOTES, "机关党委：请按修改意见完善第二部分")
        .containsEntry(REPORT_DUE, endOf("2026-02-24"))
        .containsEntry(REPORT_ESCALATE_AT, endOf("2026-03-03"));
    Task redraft = task(pi);
    assertThat(redraft).hasCandidateGroup(SECRETARIES).isNotAssigned();
    Assertions.assertThat(redraft.getDueDate()).isEqualTo(endOf("2026-02-24"));
    Assertions.assertThat(overdueTimer(pi).getDuedate())
        .as("the preparation entered again is escalated at the new date")
        .isEqualTo(endOf("2026-03-03"));

    complete(redraft, draft());
    Assertions.assertThat(task(pi).getDueDate()).isEqualTo(endOf("2026-02-24"));
    complete(task(pi), branchReview(AGREE));
    complete(task(pi), sign());
    complete(task(pi), disciplineOpinion());
    complete(task(pi), accept());

    assertThat(pi)
        .hasPassedInOrder(
            TASK_REVIEW_REPORT, TASK_DRAFT_REPORT, TASK_SIGN_REPORT, END_REPORT_ACCEPTED)
        .isEnded();
    Assertions.assertThat(activityCount(pi, TASK_REVIEW_REPORT)).isEqualTo(2);
    Assertions.assertThat(standIns.feedbackLists).hasSize(1);
  }

  @Test
  void aReportStillBeingPreparedAfterItsEscalationDateIsEscalatedAndStaysOpen() {
    ProcessInstance pi = open();

    Job timer = overdueTimer(pi);
    Assertions.assertThat(timer.getDuedate()).isEqualTo(endOf(ESCALATE_DAY));
    ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 2, 7, 8, 0)));
    execute(timer);

    Assertions.assertThat(standIns.escalations)
        .containsExactly(ORG + " " + SERVICE_ESCALATE_REPORT);
    assertThat(pi)
        .hasPassed(BOUNDARY_REPORT_OVERDUE, SERVICE_ESCALATE_REPORT, END_REPORT_ESCALATED)
        .isWaitingAt(TASK_DRAFT_REPORT);
    Assertions.assertThat(
            managementService().createJobQuery().processInstanceId(pi.getId()).count())
        .as("escalated once")
        .isZero();

    walkToAcceptance(pi);
    Assertions.assertThat(standIns.escalations).hasSize(1);
  }

  @Test
  void aReportSubmittedBeforeItsEscalationDateLeavesNoTimer() {
    ProcessInstance pi = open();
    Assertions.assertThat(overdueTimer(pi)).isNotNull();
    complete(task(pi), draft());
    complete(task(pi), branchReview(AGREE));
    complete(task(pi), sign());

    assertThat(pi).isWaitingAt(TASK_GIVE_DISCIPLINE_OPINION);
    Assertions.assertThat(
            managementService().createJobQuery().processInstanceId(pi.getId()).count())
        .isZero();
    Assertions.assertThat(standIns.escalations).isEmpty();
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** Starts a report as the round's call activity does. */
  private ProcessInstance open() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(REPORT_YEAR, 2025L);
    variables.put(DUE_ON, DUE_ON_DAY);
    variables.put(TEMPLATE_CODE, ReportStandIns.DEFAULT_TEMPLATE);
    variables.put(REQUIREMENTS, "重点报告巡察整改和“三个规定”落实情况");
    variables.put(ORG_CODE, ORG);
    variables.put(ROUND_INSTANCE_ID, "round-1");
    return runtimeService().startProcessInstanceByKey(PROCESS_ID, variables);
  }

  private Job overdueTimer(ProcessInstance pi) {
    List<Job> timers =
        managementService()
            .createJobQuery()
            .processInstanceId(pi.getId())
            .activityId(BOUNDARY_REPORT_OVERDUE)
            .timers()
            .list();
    Assertions.assertThat(timers).as("overdue timers of %s", pi.getId()).hasSize(1);
    return timers.get(0);
  }

  private long activityCount(ProcessInstance pi, String activityId) {
    return historyService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(pi.getId())
        .activityId(activityId)
        .count();
  }
}
