package cn.ronghe.processes.membership;

import static cn.ronghe.processes.ProcessTestSupport.date;
import static cn.ronghe.processes.ProcessTestSupport.endOf;
import static cn.ronghe.processes.membership.MembershipIntakeVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.ronghe.processes.ProcessTestSupport;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Walks the paths of 发展党员 after the activist's filing (stages 2 to 5 of {@code
 * bpmn/membershipIntake.bpmn}), into the conversion it calls, one path per test.
 */
class MembershipDevelopmentProcessTest extends MembershipProcessTestBase {

  @Test
  void admittedMemberIsConvertedAtTheEndOfProbationAndTheDocumentsAreArchived() {
    ProcessInstance pi = walkToProbation();
    Assertions.assertThat(timer(pi, TIMER_PROBATION_ENDED).getDuedate())
        .isEqualTo(date(MEETING_ON.plusYears(1).atStartOfDay()));

    ProcessInstance conversion = endProbation(pi);
    decideConversion(conversion, conversionDecision(CONVERSION_DECISION_CONVERT));

    assertThat(pi).isWaitingAt(TASK_ARCHIVE_DOCUMENTS);
    assertThat(openTask(pi, TASK_ARCHIVE_DOCUMENTS))
        .hasCandidateGroup(BRANCH_SECRETARY)
        .hasDueDate(endOf("2027-09-08")); // approved on Wednesday 1 September 2027
    completeStep(
        pi,
        TASK_ARCHIVE_DOCUMENTS,
        withVariables(
            ARCHIVE_DATE,
            "2027-09-06",
            ARCHIVED_DOCUMENTS,
            List.of("applicationLetter", "applicationForm")));

    assertThat(pi)
        .hasPassedInOrder(
            TASK_FILE_ACTIVIST,
            TASK_ASSIGN_MENTORS,
            TASK_DECIDE_DEVELOPMENT_TARGET,
            TASK_FILE_DEVELOPMENT_TARGET,
            TASK_NAME_INTRODUCERS,
            TASK_POLITICAL_REVIEW,
            GATEWAY_POLITICAL_REVIEW,
            TASK_SHORT_TRAINING,
            TASK_REVIEW_BY_BRANCH_COMMITTEE,
            TASK_PRE_REVIEW,
            GATEWAY_PRE_REVIEW,
            TASK_FILL_APPLICATION_FORM,
            TASK_BRANCH_MEETING_VOTE,
            GATEWAY_ADMISSION_VOTE,
            SUBPROCESS_ADMISSION_APPROVAL,
            TASK_COMMITTEE_TALK,
            TASK_APPROVE_ADMISSION,
            GATEWAY_APPROVAL_DECISION,
            TASK_REPORT_ADMISSION,
            TASK_TAKE_OATH,
            TIMER_PROBATION_ENDED,
            CALL_CONVERSION,
            GATEWAY_CONVERSION_OUTCOME,
            TASK_ARCHIVE_DOCUMENTS,
            END_MEMBER_CONVERTED)
        .hasPassed(TASK_ASSESS_ACTIVIST, END_ASSESSMENT_RECORDED)
        .hasNotPassed(
            END_POLITICAL_REVIEW_FAILED,
            END_ADMISSION_VOTE_LOST,
            SERVICE_WARN_APPROVAL_LATE,
            SERVICE_FLAG_APPROVAL_BREACH,
            END_ADMISSION_NOT_APPROVED,
            END_PROBATION_CANCELLED)
        .isEnded();
    assertThat(conversion)
        .hasPassedInOrder(
            START_CONVERSION_STARTED,
            TASK_REQUEST_CONVERSION,
            TASK_CONVERSION_VOTE,
            GATEWAY_CONVERSION_VOTE,
            TASK_APPROVE_CONVERSION,
            GATEWAY_CONVERSION_APPROVAL,
            END_CONVERSION_DECIDED)
        .isEnded();
    Assertions.assertThat(historicValue(conversion, INTAKE_ID)).isEqualTo(1L);
    Assertions.assertThat(historicValue(conversion, BRANCH_CODE)).isEqualTo(BRANCH);
    Assertions.assertThat(historicValue(pi, CONVERSION_OUTCOME))
        .isEqualTo(CONVERSION_OUTCOME_CONVERTED);
    Assertions.assertThat(calls)
        .containsSubsequence(
            onComplete(ASSIGN_MENTORS_DELEGATE, TASK_ASSIGN_MENTORS),
            onComplete(RECORD_ASSESSMENT_DELEGATE, TASK_ASSESS_ACTIVIST),
            onComplete(RECORD_ASSESSMENT_DELEGATE, TASK_ASSESS_ACTIVIST),
            onComplete(DECIDE_DEVELOPMENT_TARGET_DELEGATE, TASK_DECIDE_DEVELOPMENT_TARGET),
            onComplete(FILE_DEVELOPMENT_TARGET_DELEGATE, TASK_FILE_DEVELOPMENT_TARGET),
            onComplete(NAME_INTRODUCERS_DELEGATE, TASK_NAME_INTRODUCERS),
            onComplete(RECORD_POLITICAL_REVIEW_DELEGATE, TASK_POLITICAL_REVIEW),
            onComplete(RECORD_TRAINING_DELEGATE, TASK_SHORT_TRAINING),
            onComplete(RECORD_COMMITTEE_REVIEW_DELEGATE, TASK_REVIEW_BY_BRANCH_COMMITTEE),
            onComplete(RECORD_PRE_REVIEW_DELEGATE, TASK_PRE_REVIEW),
            onComplete(RECORD_APPLICATION_FORM_DELEGATE, TASK_FILL_APPLICATION_FORM),
            onComplete(RECORD_ADMISSION_VOTE_DELEGATE, TASK_BRANCH_MEETING_VOTE),
            onComplete(RECORD_COMMITTEE_TALK_DELEGATE, TASK_COMMITTEE_TALK),
            onComplete(RECORD_ADMISSION_APPROVAL_DELEGATE, TASK_APPROVE_ADMISSION),
            onComplete(RECORD_ADMISSION_REPORT_DELEGATE, TASK_REPORT_ADMISSION),
            onComplete(RECORD_OATH_DELEGATE, TASK_TAKE_OATH),
            onComplete(RECORD_CONVERSION_REQUEST_DELEGATE, TASK_REQUEST_CONVERSION),
            onComplete(RECORD_CONVERSION_VOTE_DELEGATE, TASK_CONVERSION_VOTE),
            onComplete(RECORD_CONVERSION_APPROVAL_DELEGATE, TASK_APPROVE_CONVERSION),
            onComplete(ARCHIVE_DOCUMENTS_DELEGATE, TASK_ARCHIVE_DOCUMENTS));
    Assertions.assertThat(calls).noneMatch(call -> call.startsWith(APPROVAL_LATE_DELEGATE));
  }

  @Test
  void activistIsAssessedEveryHalfYearUntilMadeADevelopmentTarget() {
    ProcessInstance pi = walkToDevelopmentTarget();
    assertThat(openTask(pi, TASK_DECIDE_DEVELOPMENT_TARGET)).hasCandidateGroup(BRANCH_SECRETARY);
    Assertions.assertThat(openTask(pi, TASK_DECIDE_DEVELOPMENT_TARGET).getDueDate()).isNull();
    Assertions.assertThat(timer(pi, TIMER_ASSESSMENT_DUE).getDuedate())
        .isEqualTo(date(SUBMITTED_AT.plusMonths(6)));

    moveClockTo(SUBMITTED_AT.plusMonths(6));
    executeDueTimers();
    moveClockTo(SUBMITTED_AT.plusMonths(12));
    executeDueTimers();

    List<Task> assessments = assessments(pi);
    Assertions.assertThat(assessments).hasSize(2);
    assertThat(assessments.get(1))
        .hasCandidateUser(MENTOR_ID)
        .hasCandidateUser(SECOND_MENTOR_ID)
        .hasCandidateGroup(BRANCH_SECRETARY)
        .hasDueDate(endOf("2026-03-17")); // fell due on Tuesday 3 March 2026
    assertThat(pi).isWaitingAt(TASK_DECIDE_DEVELOPMENT_TARGET, TASK_ASSESS_ACTIVIST);
    Assertions.assertThat(timer(pi, TIMER_ASSESSMENT_DUE).getDuedate())
        .isEqualTo(date(SUBMITTED_AT.plusMonths(18)));

    assessments.forEach(task -> complete(task, assessment()));
    completeStep(
        pi,
        TASK_DECIDE_DEVELOPMENT_TARGET,
        withVariables(
            DEVELOPMENT_DECISION,
            DEVELOPMENT_DECISION_TARGET,
            TARGET_RESOLUTION_DATE,
            "2026-03-03",
            OPINIONS_HEARD,
            "一致同意"));

    assertThat(pi).isWaitingAt(TASK_FILE_DEVELOPMENT_TARGET);
    Assertions.assertThat(timer(pi, TIMER_ASSESSMENT_DUE)).isNull();
    moveClockTo(SUBMITTED_AT.plusMonths(18));
    Assertions.assertThat(executeDueTimers()).isZero();
    Assertions.assertThat(assessments(pi)).isEmpty();
    Assertions.assertThat(
            historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId())
                .activityId(END_ASSESSMENT_RECORDED)
                .count())
        .isEqualTo(2);
  }

  @Test
  void failedPoliticalReviewEndsTheIntake() {
    ProcessInstance pi = walkToPoliticalReview();
    assertThat(openTask(pi, TASK_POLITICAL_REVIEW))
        .hasCandidateGroup(BRANCH_SECRETARY)
        .hasDueDate(endOf("2026-04-13")); // 20 working days after Monday 16 March 2026

    completeStep(pi, TASK_POLITICAL_REVIEW, politicalReview(POLITICAL_REVIEW_FAILED));

    assertThat(pi)
        .hasPassedInOrder(
            TASK_POLITICAL_REVIEW, GATEWAY_POLITICAL_REVIEW, END_POLITICAL_REVIEW_FAILED)
        .hasNotPassed(TASK_SHORT_TRAINING)
        .isEnded();
  }

  @Test
  void droppedActivistEndsTheIntakeAndItsOpenAssessment() {
    ProcessInstance pi = walkToDevelopmentTarget();
    moveClockTo(SUBMITTED_AT.plusMonths(6));
    executeDueTimers();
    Assertions.assertThat(assessments(pi)).hasSize(1);

    completeStep(
        pi,
        TASK_DECIDE_DEVELOPMENT_TARGET,
        withVariables(
            DEVELOPMENT_DECISION,
            DEVELOPMENT_DECISION_DROP,
            TARGET_RESOLUTION_DATE,
            "2025-09-10",
            DROP_REASON,
            "长期不参加组织活动，经教育仍无改进"));

    assertThat(pi)
        .hasPassedInOrder(
            TASK_DECIDE_DEVELOPMENT_TARGET, GATEWAY_DEVELOPMENT_DECISION, END_ACTIVIST_DROPPED)
        .hasNotPassed(TASK_FILE_DEVELOPMENT_TARGET)
        .isEnded();
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count())
        .isZero();
    Assertions.assertThat(calls)
        .contains(onComplete(DECIDE_DEVELOPMENT_TARGET_DELEGATE, TASK_DECIDE_DEVELOPMENT_TARGET));
  }

  @Test
  void anAssessmentStillOpenWhenTheIntakeEndsIsCancelledWithIt() {
    ProcessInstance pi = walkToDevelopmentTarget();
    assessAfterHalfAYear(pi, 1);
    moveClockTo(SUBMITTED_AT.plusMonths(12));
    executeDueTimers();
    Assertions.assertThat(assessments(pi)).hasSize(1);
    decideTargetAndNameIntroducers(pi);

    completeStep(pi, TASK_POLITICAL_REVIEW, politicalReview(POLITICAL_REVIEW_FAILED));

    assertThat(pi).isEnded();
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count())
        .isZero();
  }

  @Test
  void preReviewReturnedGoesBackToTheBranchCommitteesReview() {
    ProcessInstance pi = walkToBranchCommitteeReview();
    reviewByBranchCommittee(pi);
    assertThat(openTask(pi, TASK_PRE_REVIEW)).hasCandidateGroup(ROLE_PARTY_COMMITTEE);

    completeStep(pi, TASK_PRE_REVIEW, preReview(PRE_REVIEW_RETURNED));

    assertThat(pi).isWaitingAt(TASK_REVIEW_BY_BRANCH_COMMITTEE);
    reviewByBranchCommittee(pi);
    completeStep(pi, TASK_PRE_REVIEW, preReview(PRE_REVIEW_PASSED));

    assertThat(pi).isWaitingAt(TASK_FILL_APPLICATION_FORM);
    assertThat(openTask(pi, TASK_FILL_APPLICATION_FORM))
        .isAssignedTo(APPLICANT_ID)
        .hasDueDate(endOf("2026-03-30")); // 10 working days after Monday 16 March 2026
    Assertions.assertThat(
            historyService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_REVIEW_BY_BRANCH_COMMITTEE)
                .count())
        .isEqualTo(2);
  }

  @Test
  void branchMeetingWithoutQuorumIsHeldAgain() {
    ProcessInstance pi = walkToBranchMeeting();
    assertThat(openTask(pi, TASK_BRANCH_MEETING_VOTE)).hasCandidateGroup(BRANCH_SECRETARY);

    completeStep(pi, TASK_BRANCH_MEETING_VOTE, vote(20, 10, 10));

    assertThat(pi)
        .isWaitingAt(TASK_BRANCH_MEETING_VOTE)
        .variables()
        .containsEntry(VOTE_RESULT, VOTE_RESULT_NO_QUORUM)
        .doesNotContainKey(APPROVAL_WARN_AT);
    moveClockTo(MEETING_ON.atTime(18, 0));
    completeStep(pi, TASK_BRANCH_MEETING_VOTE, vote(20, 18, 17));

    assertThat(pi).isWaitingAt(TASK_COMMITTEE_TALK);
  }

  @Test
  void branchMeetingVoteLostEndsTheIntake() {
    ProcessInstance pi = walkToBranchMeeting();

    completeStep(pi, TASK_BRANCH_MEETING_VOTE, vote(20, 18, 10));

    assertThat(pi)
        .hasPassedInOrder(TASK_BRANCH_MEETING_VOTE, GATEWAY_ADMISSION_VOTE, END_ADMISSION_VOTE_LOST)
        .hasNotPassed(SUBPROCESS_ADMISSION_APPROVAL)
        .isEnded();
  }

  @Test
  void lateApprovalIsWarnedAtThreeMonthsAndFlaggedAtSixWhileStillOpen() {
    ProcessInstance pi = walkToApproval();
    assertThat(openTask(pi, TASK_COMMITTEE_TALK))
        .hasCandidateGroup(ROLE_PARTY_COMMITTEE)
        .hasDueDate(endOf("2026-12-01"));

    moveClockTo(LocalDateTime.of(2026, 12, 2, 9, 0));
    Assertions.assertThat(executeDueTimers()).isOne();

    Assertions.assertThat(calls)
        .endsWith(APPROVAL_LATE_DELEGATE + " at " + SERVICE_WARN_APPROVAL_LATE);
    assertThat(pi)
        .hasPassed(TIMER_APPROVAL_WARNING, SERVICE_WARN_APPROVAL_LATE, END_APPROVAL_WARNED)
        .hasNotPassed(SERVICE_FLAG_APPROVAL_BREACH)
        .isWaitingAt(TASK_COMMITTEE_TALK);

    moveClockTo(LocalDateTime.of(2027, 3, 2, 9, 0));
    Assertions.assertThat(executeDueTimers()).isOne();

    Assertions.assertThat(calls)
        .endsWith(APPROVAL_LATE_DELEGATE + " at " + SERVICE_FLAG_APPROVAL_BREACH);
    assertThat(pi)
        .hasPassed(TIMER_APPROVAL_BREACH, SERVICE_FLAG_APPROVAL_BREACH, END_APPROVAL_BREACH_FLAGGED)
        .isWaitingAt(TASK_COMMITTEE_TALK);
    completeStep(
        pi,
        TASK_COMMITTEE_TALK,
        withVariables(
            COMMITTEE_TALKER, "zhaoliu",
            COMMITTEE_TALK_DATE, "2027-03-02",
            COMMITTEE_TALK_RECORD, "谈话情况"));
    assertThat(openTask(pi, TASK_APPROVE_ADMISSION))
        .hasCandidateGroup(ROLE_PARTY_COMMITTEE)
        .hasDueDate(endOf("2026-12-01"));
    completeStep(pi, TASK_APPROVE_ADMISSION, approval(APPROVAL_DECISION_APPROVED));

    assertThat(pi).isWaitingAt(TASK_REPORT_ADMISSION);
  }

  @Test
  void admissionNotApprovedEndsTheIntakeAndItsApprovalTimers() {
    ProcessInstance pi = walkToApproval();
    Assertions.assertThat(timer(pi, TIMER_APPROVAL_WARNING).getDuedate())
        .isEqualTo(endOf("2026-12-01"));
    Assertions.assertThat(timer(pi, TIMER_APPROVAL_BREACH).getDuedate())
        .isEqualTo(endOf("2027-03-01"));

    approveAdmission(pi, APPROVAL_DECISION_REJECTED);

    assertThat(pi)
        .hasPassedInOrder(
            SUBPROCESS_ADMISSION_APPROVAL, GATEWAY_APPROVAL_DECISION, END_ADMISSION_NOT_APPROVED)
        .hasNotPassed(TASK_REPORT_ADMISSION)
        .isEnded();
    Assertions.assertThat(
            managementService().createJobQuery().processInstanceId(pi.getId()).count())
        .isZero();
  }

  @Test
  void extendedProbationWaitsForItsNewEndThenStartsANewConversion() {
    ProcessInstance pi = walkToProbation();
    ProcessInstance first = endProbation(pi);

    decideConversion(first, extension(6));

    assertThat(pi)
        .isWaitingAt(TIMER_PROBATION_ENDED)
        .variables()
        .containsEntry(CONVERSION_OUTCOME, CONVERSION_OUTCOME_EXTENDED)
        .containsEntry(PROBATION_ENDS_AT, date(MEETING_ON.plusMonths(18).atStartOfDay()));
    Assertions.assertThat(timer(pi, TIMER_PROBATION_ENDED).getDuedate())
        .isEqualTo(date(MEETING_ON.plusMonths(18).atStartOfDay()));
    moveClockTo(MEETING_ON.plusMonths(18).atStartOfDay().minusHours(1));
    Assertions.assertThat(executeDueTimers()).isZero();

    ProcessInstance second = endProbation(pi);
    Assertions.assertThat(second.getId()).isNotEqualTo(first.getId());
    decideConversion(second, conversionDecision(CONVERSION_DECISION_CONVERT));

    assertThat(pi).isWaitingAt(TASK_ARCHIVE_DOCUMENTS);
    List<HistoricProcessInstance> conversions =
        historyService()
            .createHistoricProcessInstanceQuery()
            .superProcessInstanceId(pi.getId())
            .orderByProcessInstanceStartTime()
            .asc()
            .list();
    Assertions.assertThat(conversions)
        .extracting(HistoricProcessInstance::getId)
        .containsExactly(first.getId(), second.getId());
  }

  @Test
  void cancelledProbationEndsTheIntake() {
    ProcessInstance pi = walkToProbation();
    ProcessInstance conversion = endProbation(pi);

    decideConversion(conversion, conversionDecision(CONVERSION_DECISION_CANCEL));

    assertThat(pi)
        .hasPassedInOrder(CALL_CONVERSION, GATEWAY_CONVERSION_OUTCOME, END_PROBATION_CANCELLED)
        .hasNotPassed(TASK_ARCHIVE_DOCUMENTS)
        .isEnded();
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private List<Task> assessments(ProcessInstance pi) {
    return taskService()
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_ASSESS_ACTIVIST)
        .orderByTaskCreateTime()
        .asc()
        .list();
  }

  private Object historicValue(ProcessInstance pi, String variable) {
    return ProcessTestSupport.historicValue(historyService(), pi, variable);
  }
}
