package cn.ronghe.processes.membership;

import static cn.ronghe.processes.ProcessTestSupport.date;
import static cn.ronghe.processes.ProcessTestSupport.endOf;
import static cn.ronghe.processes.membership.MembershipIntakeVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.LocalDateTime;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 预备党员转正 ({@code bpmn/membershipConversion.bpmn}) on its own, started as the intake's call activity
 * starts it: the branch meeting's vote until valid, the committee's approval or return.
 */
class MembershipConversionProcessTest extends MembershipProcessTestBase {

  /** Wednesday 1 September 2027, the morning after probation ended. */
  private static final LocalDateTime PROBATION_ENDED_AT = LocalDateTime.of(2027, 9, 1, 9, 0);

  @BeforeEach
  void probationHasEnded() {
    moveClockTo(PROBATION_ENDED_AT);
  }

  @Test
  void requestIsTheMembersOwnStepAndTheVoteTheBranchSecretarys() {
    ProcessInstance conversion = startConversion();

    assertThat(openTask(conversion, TASK_REQUEST_CONVERSION))
        .isAssignedTo(APPLICANT_ID)
        .hasDueDate(endOf("2027-09-15"));
    request(conversion);

    assertThat(openTask(conversion, TASK_CONVERSION_VOTE))
        .hasCandidateGroup(BRANCH_SECRETARY)
        .isNotAssigned()
        .hasDueDate(endOf("2027-09-29"));
  }

  @Test
  void voteWithoutQuorumOrLostIsHeldAgain() {
    ProcessInstance conversion = startConversion();
    request(conversion);

    completeStep(conversion, TASK_CONVERSION_VOTE, voteTo(CONVERSION_DECISION_CONVERT, 20, 8, 8));
    assertThat(conversion)
        .isWaitingAt(TASK_CONVERSION_VOTE)
        .variables()
        .containsEntry(VOTE_RESULT, VOTE_RESULT_NO_QUORUM);

    completeStep(conversion, TASK_CONVERSION_VOTE, voteTo(CONVERSION_DECISION_CONVERT, 20, 18, 9));
    assertThat(conversion)
        .isWaitingAt(TASK_CONVERSION_VOTE)
        .variables()
        .containsEntry(VOTE_RESULT, VOTE_RESULT_LOST);

    moveClockTo(LocalDateTime.of(2027, 9, 8, 18, 0));
    completeStep(conversion, TASK_CONVERSION_VOTE, voteTo(CONVERSION_DECISION_CONVERT, 20, 18, 17));

    assertThat(openTask(conversion, TASK_APPROVE_CONVERSION))
        .hasCandidateGroup(ROLE_PARTY_COMMITTEE)
        .hasDueDate(endOf("2027-12-08"));
    Assertions.assertThat(
            historyService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(conversion.getId())
                .taskDefinitionKey(TASK_CONVERSION_VOTE)
                .count())
        .isEqualTo(3);
  }

  @Test
  void approvalReturnedGoesBackToTheBranchMeeting() {
    ProcessInstance conversion = startConversion();
    request(conversion);
    completeStep(conversion, TASK_CONVERSION_VOTE, voteTo(CONVERSION_DECISION_CONVERT, 20, 18, 17));

    completeStep(conversion, TASK_APPROVE_CONVERSION, approval(APPROVAL_DECISION_REJECTED));

    assertThat(conversion)
        .isWaitingAt(TASK_CONVERSION_VOTE)
        .variables()
        .doesNotContainKey(CONVERSION_OUTCOME);
    completeStep(conversion, TASK_CONVERSION_VOTE, voteTo(CONVERSION_DECISION_CONVERT, 20, 18, 17));
    completeStep(conversion, TASK_APPROVE_CONVERSION, approval(APPROVAL_DECISION_APPROVED));

    assertThat(conversion)
        .hasPassedInOrder(
            TASK_APPROVE_CONVERSION,
            GATEWAY_CONVERSION_APPROVAL,
            TASK_CONVERSION_VOTE,
            TASK_APPROVE_CONVERSION,
            END_CONVERSION_DECIDED)
        .isEnded();
  }

  @Test
  void conversionIsStartedByTheIntakeOnlyNeverFromTheCatalog() {
    ProcessDefinition definition = processDefinition(CONVERSION_PROCESS_ID);

    Assertions.assertThat(
            repositoryService().getIdentityLinksForProcessDefinition(definition.getId()))
        .isEmpty();
    Assertions.assertThat(
            repositoryService()
                .createProcessDefinitionQuery()
                .startableByUser(APPLICANT_ID)
                .processDefinitionKey(CONVERSION_PROCESS_ID)
                .count())
        .isZero();
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** Started with the variables the intake's call activity passes in. */
  private ProcessInstance startConversion() {
    return runtimeService()
        .startProcessInstanceByKey(
            CONVERSION_PROCESS_ID,
            withVariables(
                INTAKE_ID,
                1L,
                APPLICANT,
                APPLICANT_ID,
                INITIATOR_NAME,
                "张三",
                BRANCH_CODE,
                BRANCH,
                BRANCH_NAME,
                "第一党支部",
                PROBATION_ENDS_AT,
                date(PROBATION_ENDED_AT.toLocalDate().atStartOfDay())));
  }

  private void request(ProcessInstance conversion) {
    completeStep(
        conversion,
        TASK_REQUEST_CONVERSION,
        withVariables(CONVERSION_REQUEST_DATE, today(), CONVERSION_LETTER, "申请按期转为正式党员"));
  }

  private static java.util.Map<String, Object> voteTo(
      String decision, long entitled, long present, long votesFor) {
    java.util.Map<String, Object> values = vote(entitled, present, votesFor);
    values.put(CONVERSION_DECISION, decision);
    return values;
  }
}
