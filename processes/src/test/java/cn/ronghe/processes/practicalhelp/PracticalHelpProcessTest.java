package cn.ronghe.processes.practicalhelp;

import static cn.ronghe.processes.ProcessTestSupport.date;
import static cn.ronghe.processes.ProcessTestSupport.endOf;
import static cn.ronghe.processes.ProcessTestSupport.formIdOf;
import static cn.ronghe.processes.ProcessTestSupport.startFormAs;
import static cn.ronghe.processes.ProcessTestSupport.startFormIdOf;
import static cn.ronghe.processes.practicalhelp.PracticalHelpVariables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.ronghe.processes.DeployedModuleTest;
import cn.ronghe.processes.ProcessTestSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Walks the paths of 为干警办实事 ({@code bpmn/practicalHelp.bpmn}), one path per test. */
class PracticalHelpProcessTest extends DeployedModuleTest {

  private static final String REQUESTER_ID = "zhangsan";
  private static final String HANDLER_ID = "lisi";
  private static final String BRANCH = "branch-1";

  /** Monday 3 March 2025, 09:00 in the engine's time zone. */
  private static final LocalDateTime SUBMITTED_AT = LocalDateTime.of(2025, 3, 3, 9, 0);

  private static final String HANDLING_DUE = "2025-03-20";

  PracticalHelpProcessTest() {
    super(SUBMITTED_AT);
  }

  @Test
  void passedApprovedHandledAndConfirmedRequestEndsCompleted() {
    ProcessInstance pi = submitHelpRequest();

    assertThat(pi).isWaitingAt(TASK_REVIEW_HELP_REQUEST);
    complete(task(), withVariables(REVIEW_DECISION, REVIEW_PASS, REVIEW_COMMENT, "情况属实，同意上报"));

    assertThat(pi).isWaitingAt(TASK_APPROVE_HELP_REQUEST);
    complete(task(), approval());

    assertThat(pi).isWaitingAt(TASK_HANDLE_HELP_REQUEST);
    complete(task(), withVariables(HANDLING_RESULT, "已协调安排子女入学"));

    assertThat(pi).isWaitingAt(TASK_CONFIRM_HELP_RESULT);
    complete(
        task(),
        withVariables(
            CONFIRMATION_DECISION,
            CONFIRMATION_ACCEPT,
            SATISFACTION_RATING,
            5,
            CONFIRMATION_COMMENT,
            "非常感谢组织"));

    assertThat(pi)
        .hasPassedInOrder(
            START_HELP_REQUESTED,
            TASK_REVIEW_HELP_REQUEST,
            GATEWAY_REVIEW_DECISION,
            TASK_APPROVE_HELP_REQUEST,
            GATEWAY_COMMITTEE_DECISION,
            TASK_HANDLE_HELP_REQUEST,
            TASK_CONFIRM_HELP_RESULT,
            GATEWAY_CONFIRMATION_DECISION,
            END_HELP_COMPLETED)
        .hasNotPassed(TASK_REVISE_HELP_REQUEST, END_HELP_REJECTED, END_HELP_CLOSED_UNSATISFIED)
        .isEnded();
    Assertions.assertThat(historicValue(pi, SATISFACTION_RATING)).isEqualTo(5);
  }

  @Test
  void theCaseIsAboutTheRequestsTitleAndFollowsItsRevision() {
    ProcessInstance pi = submitHelpRequest();
    assertThat(pi).variables().containsEntry(BUSINESS_TITLE, "子女入学困难");

    complete(task(), withVariables(REVIEW_DECISION, REVIEW_RETURN, REVIEW_COMMENT, "标题请写具体"));
    complete(task(), withVariables(REQUEST_TITLE, "子女转学至本区实验小学"));

    assertThat(pi).variables().containsEntry(BUSINESS_TITLE, "子女转学至本区实验小学");
  }

  @Test
  void requestReturnedForDetailGoesBackToReviewOnceRevised() {
    ProcessInstance pi = submitHelpRequest();

    assertThat(pi).isWaitingAt(TASK_REVIEW_HELP_REQUEST);
    complete(
        task(), withVariables(REVIEW_DECISION, REVIEW_RETURN, REVIEW_COMMENT, "请补充医院诊断证明的附件编号"));

    assertThat(pi).isWaitingAt(TASK_REVISE_HELP_REQUEST);
    assertThat(task()).isAssignedTo(REQUESTER_ID);
    complete(task(), withVariables(ATTACHMENT_REF, "ATT-2025-0002"));

    assertThat(pi).isWaitingAt(TASK_REVIEW_HELP_REQUEST);
    assertThat(task()).hasCandidateGroup(ROLE_BRANCH_SECRETARY + ":" + BRANCH);
    complete(task(), withVariables(REVIEW_DECISION, REVIEW_PASS, REVIEW_COMMENT, "材料齐全"));

    assertThat(pi)
        .isWaitingAt(TASK_APPROVE_HELP_REQUEST)
        .hasPassedInOrder(
            TASK_REVIEW_HELP_REQUEST, TASK_REVISE_HELP_REQUEST, TASK_REVIEW_HELP_REQUEST)
        .variables()
        .containsEntry(ATTACHMENT_REF, "ATT-2025-0002");
  }

  @Test
  void committeeRejectionEndsRejectedAndKeepsTheReason() {
    ProcessInstance pi = submitHelpRequest();
    passReview(pi);

    assertThat(pi).isWaitingAt(TASK_APPROVE_HELP_REQUEST);
    complete(
        task(),
        withVariables(COMMITTEE_DECISION, COMMITTEE_REJECT, REJECTION_REASON, "不属于组织帮扶范围，建议向工会申请"));

    assertThat(pi)
        .hasPassedInOrder(TASK_APPROVE_HELP_REQUEST, GATEWAY_COMMITTEE_DECISION, END_HELP_REJECTED)
        .hasNotPassed(TASK_HANDLE_HELP_REQUEST, END_HELP_COMPLETED)
        .isEnded();
    Assertions.assertThat(historicValue(pi, REJECTION_REASON)).isEqualTo("不属于组织帮扶范围，建议向工会申请");
  }

  @Test
  void unsatisfiedRequesterSendsTheRequestBackToTheSameHandlerOnce() {
    ProcessInstance pi = submitHelpRequest();
    passReview(pi);
    approve(pi);
    reportHandling(pi);

    assertThat(pi).isWaitingAt(TASK_CONFIRM_HELP_RESULT);
    complete(task(), rework("问题没有解决"));

    assertThat(pi)
        .isWaitingAt(TASK_HANDLE_HELP_REQUEST)
        .variables()
        .containsEntry(REWORK_COUNT, 1L);
    assertThat(task()).isAssignedTo(HANDLER_ID);
    complete(task(), withVariables(HANDLING_RESULT, "已再次协调，问题解决"));

    assertThat(pi).isWaitingAt(TASK_CONFIRM_HELP_RESULT);
    complete(
        task(), withVariables(CONFIRMATION_DECISION, CONFIRMATION_ACCEPT, SATISFACTION_RATING, 4));

    assertThat(pi)
        .hasPassedInOrder(
            TASK_HANDLE_HELP_REQUEST,
            TASK_CONFIRM_HELP_RESULT,
            TASK_HANDLE_HELP_REQUEST,
            TASK_CONFIRM_HELP_RESULT,
            END_HELP_COMPLETED)
        .isEnded();
  }

  @Test
  void secondDissatisfactionClosesTheRequestUnsatisfied() {
    ProcessInstance pi = submitHelpRequest();
    passReview(pi);
    approve(pi);
    reportHandling(pi);
    assertThat(pi).isWaitingAt(TASK_CONFIRM_HELP_RESULT);
    complete(task(), rework("问题没有解决"));
    reportHandling(pi);

    assertThat(pi).isWaitingAt(TASK_CONFIRM_HELP_RESULT);
    complete(task(), rework("仍未解决"));

    assertThat(pi)
        .hasPassed(END_HELP_CLOSED_UNSATISFIED)
        .hasNotPassed(END_HELP_COMPLETED)
        .isEnded();
    Assertions.assertThat(historicValue(pi, SATISFACTION_RATING)).isEqualTo(2);
  }

  @Test
  void unknownReviewDecisionIsRefusedAndTheReviewStaysOpen() {
    ProcessInstance pi = submitHelpRequest();
    assertThat(pi).isWaitingAt(TASK_REVIEW_HELP_REQUEST);
    Task review = task();

    assertThatThrownBy(() -> complete(review, withVariables(REVIEW_DECISION, "maybe")))
        .isInstanceOf(ProcessEngineException.class);

    assertThat(pi).isWaitingAt(TASK_REVIEW_HELP_REQUEST);
  }

  @Test
  void reviewIsOfferedToTheSecretaryOfTheRequestersBranch() {
    ProcessInstance pi = submitHelpRequest();

    assertThat(pi).isWaitingAt(TASK_REVIEW_HELP_REQUEST);
    assertThat(task())
        .hasCandidateGroup("branch-secretary:branch-1")
        .isNotAssigned()
        .hasDueDate(endOf("2025-03-06")); // Monday + 3 working days
    Assertions.assertThat(
            taskService().createTaskQuery().taskCandidateGroup("branch-secretary:branch-2").count())
        .isZero();
  }

  @Test
  void revisionIsAssignedToTheRequesterAndDueFiveWorkingDaysAfterTheReturn() {
    ProcessInstance pi = submitHelpRequest();
    LocalDateTime returnedAt = SUBMITTED_AT.plusDays(2).plusHours(3);
    ClockUtil.setCurrentTime(date(returnedAt));

    assertThat(pi).isWaitingAt(TASK_REVIEW_HELP_REQUEST);
    complete(task(), withVariables(REVIEW_DECISION, REVIEW_RETURN, REVIEW_COMMENT, "请补充材料"));

    assertThat(pi).isWaitingAt(TASK_REVISE_HELP_REQUEST);
    // returned on Wednesday 5 March
    assertThat(task()).isAssignedTo(REQUESTER_ID).hasDueDate(endOf("2025-03-12"));
  }

  @Test
  void approvalIsOfferedToThePartyCommitteeAndDueFiveWorkingDaysAfterTheReview() {
    ProcessInstance pi = submitHelpRequest();
    LocalDateTime reviewedAt = SUBMITTED_AT.plusDays(1);
    ClockUtil.setCurrentTime(date(reviewedAt));
    passReview(pi);

    assertThat(pi).isWaitingAt(TASK_APPROVE_HELP_REQUEST);
    assertThat(task())
        .hasCandidateGroup(ROLE_PARTY_COMMITTEE)
        .isNotAssigned()
        .hasDueDate(endOf("2025-03-11")); // reviewed on Tuesday 4 March
  }

  @Test
  void handlingIsAssignedToTheChosenHandlerAndDueAtTheEndOfTheCommitteesDate() {
    ProcessInstance pi = submitHelpRequest();
    passReview(pi);
    approve(pi);

    assertThat(pi).isWaitingAt(TASK_HANDLE_HELP_REQUEST);
    assertThat(task())
        .isAssignedTo(HANDLER_ID)
        .hasDueDate(date(LocalDate.parse(HANDLING_DUE).atTime(23, 59, 59)));
  }

  @Test
  void reworkIsDueFiveWorkingDaysAfterTheRequesterSentItBack() {
    ProcessInstance pi = submitHelpRequest();
    passReview(pi);
    approve(pi);
    reportHandling(pi);
    LocalDateTime sentBackAt = SUBMITTED_AT.plusDays(20);
    ClockUtil.setCurrentTime(date(sentBackAt));

    assertThat(pi).isWaitingAt(TASK_CONFIRM_HELP_RESULT);
    complete(task(), rework("问题没有解决"));

    assertThat(pi).isWaitingAt(TASK_HANDLE_HELP_REQUEST);
    // sent back on Sunday 23 March: Monday to Friday of the next week
    assertThat(task()).isAssignedTo(HANDLER_ID).hasDueDate(endOf("2025-03-28"));
  }

  @Test
  void confirmationIsAssignedToTheRequesterAndDueFiveWorkingDaysAfterTheReport() {
    ProcessInstance pi = submitHelpRequest();
    passReview(pi);
    approve(pi);
    LocalDateTime reportedAt = SUBMITTED_AT.plusDays(10);
    ClockUtil.setCurrentTime(date(reportedAt));
    reportHandling(pi);

    assertThat(pi).isWaitingAt(TASK_CONFIRM_HELP_RESULT);
    // reported on Thursday 13 March
    assertThat(task()).isAssignedTo(REQUESTER_ID).hasDueDate(endOf("2025-03-20"));
  }

  @Test
  void startFormSubmittedByALoggedInUserMakesThemTheRequester() {
    ProcessInstance pi =
        startFormAs(
            processEngine(),
            PROCESS_ID,
            "wangwu",
            withVariables(
                BRANCH_CODE, "branch-2",
                REQUEST_TITLE, "办公电脑老化",
                CATEGORY, CATEGORY_WORK,
                URGENCY, URGENCY_NORMAL,
                DESCRIPTION, "办公电脑经常死机，影响办案"));

    assertThat(pi)
        .isWaitingAt(TASK_REVIEW_HELP_REQUEST)
        .variables()
        .containsEntry(REQUESTER, "wangwu");
    assertThat(task()).hasCandidateGroup("branch-secretary:branch-2");
  }

  @Test
  void everyStepShowsItsOwnFormFromTheSameDeployment() {
    ProcessDefinition definition = processDefinition(PROCESS_ID);
    Assertions.assertThat(startFormIdOf(formService(), definition))
        .isEqualTo(FORM_SUBMIT_HELP_REQUEST);

    ProcessInstance pi = submitHelpRequest();
    assertThat(pi).isWaitingAt(TASK_REVIEW_HELP_REQUEST);
    assertTaskShowsForm(FORM_REVIEW_HELP_REQUEST);
    complete(task(), withVariables(REVIEW_DECISION, REVIEW_RETURN, REVIEW_COMMENT, "请补充"));

    assertThat(pi).isWaitingAt(TASK_REVISE_HELP_REQUEST);
    assertTaskShowsForm(FORM_REVISE_HELP_REQUEST);
    complete(task());
    passReview(pi);

    assertThat(pi).isWaitingAt(TASK_APPROVE_HELP_REQUEST);
    assertTaskShowsForm(FORM_APPROVE_HELP_REQUEST);
    complete(task(), approval());

    assertThat(pi).isWaitingAt(TASK_HANDLE_HELP_REQUEST);
    assertTaskShowsForm(FORM_HANDLE_HELP_REQUEST);
    reportHandling(pi);

    assertThat(pi).isWaitingAt(TASK_CONFIRM_HELP_RESULT);
    assertTaskShowsForm(FORM_CONFIRM_HELP_RESULT);
  }

  // ---- steps -----------------------------------------------------------------------------------

  private ProcessInstance submitHelpRequest() {
    return runtimeService()
        .startProcessInstanceByKey(
            PROCESS_ID,
            withVariables(
                REQUESTER, REQUESTER_ID,
                INITIATOR_NAME, "张三",
                BRANCH_CODE, BRANCH,
                BRANCH_NAME, "第一党支部",
                REQUEST_TITLE, "子女入学困难",
                CATEGORY, CATEGORY_FAMILY,
                URGENCY, URGENCY_URGENT,
                DESCRIPTION, "工作调动后子女就近入学遇到困难，希望组织协调",
                ATTACHMENT_REF, "ATT-2025-0001"));
  }

  private void passReview(ProcessInstance pi) {
    assertThat(pi).isWaitingAt(TASK_REVIEW_HELP_REQUEST);
    complete(task(), withVariables(REVIEW_DECISION, REVIEW_PASS, REVIEW_COMMENT, "情况属实"));
  }

  private void approve(ProcessInstance pi) {
    assertThat(pi).isWaitingAt(TASK_APPROVE_HELP_REQUEST);
    complete(task(), approval());
  }

  private static Map<String, Object> approval() {
    return withVariables(
        COMMITTEE_DECISION, COMMITTEE_APPROVE,
        HANDLER, HANDLER_ID,
        HANDLING_DUE_DATE, HANDLING_DUE,
        COMMITTEE_COMMENT, "请尽快协调解决");
  }

  private void reportHandling(ProcessInstance pi) {
    assertThat(pi).isWaitingAt(TASK_HANDLE_HELP_REQUEST);
    complete(task(), withVariables(HANDLING_RESULT, "已协调办理"));
  }

  private static Map<String, Object> rework(String comment) {
    return withVariables(
        CONFIRMATION_DECISION, CONFIRMATION_REWORK,
        SATISFACTION_RATING, 2,
        CONFIRMATION_COMMENT, comment);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private void assertTaskShowsForm(String formId) {
    Assertions.assertThat(formIdOf(formService(), task())).isEqualTo(formId);
  }

  private Object historicValue(ProcessInstance pi, String variable) {
    return ProcessTestSupport.historicValue(historyService(), pi, variable);
  }
}
