package cn.ronghe.processes.membership;

import static cn.ronghe.processes.ProcessTestSupport.date;
import static cn.ronghe.processes.ProcessTestSupport.endOf;
import static cn.ronghe.processes.ProcessTestSupport.formIdOf;
import static cn.ronghe.processes.ProcessTestSupport.startFormAs;
import static cn.ronghe.processes.ProcessTestSupport.startFormIdOf;
import static cn.ronghe.processes.membership.MembershipIntakeVariables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.ronghe.processes.DeployedModuleTest;
import cn.ronghe.processes.ProcessTestSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks the paths of 发展党员 ({@code bpmn/membershipIntake.bpmn}), one path per test, with stand-ins
 * for the backend's delegates that note each call in {@link #calls}.
 */
class MembershipIntakeProcessTest extends DeployedModuleTest {

  private static final String APPLICANT_ID = "zhangsan";
  private static final String TALKER_ID = "lisi";
  private static final String BRANCH = "branch-1";

  /** Monday 3 March 2025, 09:00 in the engine's time zone. */
  private static final LocalDateTime SUBMITTED_AT = LocalDateTime.of(2025, 3, 3, 9, 0);

  private static final String APPLIED_ON = "2025-02-28";

  /** One calendar month after {@link #APPLIED_ON}, as the backend computes it. */
  private static final String TALK_DUE_ON = "2025-03-28";

  /** The call of {@code openIntakeDelegate} as the start event is left. */
  private static final String OPEN_INTAKE_ON_START =
      OPEN_INTAKE_DELEGATE + " on end of " + START_APPLICATION_SUBMITTED;

  /** What the delegate stand-ins were called for, in order: {@code bean on event of activity}. */
  private final List<String> calls = new ArrayList<>();

  MembershipIntakeProcessTest() {
    super(SUBMITTED_AT);
  }

  @BeforeEach
  void registerStandIns() {
    Mocks.register(OPEN_INTAKE_DELEGATE, (ExecutionListener) this::openIntake);
    for (String listener :
        List.of(
            ASSIGN_TALKER_DELEGATE,
            RECORD_TALK_DELEGATE,
            RECORD_ACTIVIST_DECISION_DELEGATE,
            FILE_ACTIVIST_DELEGATE)) {
      Mocks.register(listener, recording(listener));
    }
  }

  @Test
  void applicantTalkedToAndMadeActivistIsFiledWithThePartyCommitteeAndGetsMentors() {
    ProcessInstance pi = submitApplication();

    assertThat(pi)
        .isWaitingAt(TASK_ASSIGN_TALKER)
        .variables()
        .containsEntry(INTAKE_ID, 1L)
        .containsEntry(TALK_DUE, endOf(TALK_DUE_ON));
    assertThat(task()).hasDueDate(endOf(TALK_DUE_ON));
    complete(task(), withVariables(TALKER, TALKER_ID));

    assertThat(pi).isWaitingAt(TASK_TALK_WITH_APPLICANT);
    assertThat(task()).isAssignedTo(TALKER_ID).hasDueDate(endOf(TALK_DUE_ON));
    complete(task(), talk());

    assertThat(pi).isWaitingAt(TASK_DECIDE_ACTIVIST);
    complete(task(), makeActivist());

    assertThat(pi).isWaitingAt(TASK_FILE_ACTIVIST);
    complete(task(), withVariables(FILING_DATE, "2025-03-20", FILING_COMMENT, "同意备案"));

    assertThat(pi)
        .hasPassedInOrder(
            START_APPLICATION_SUBMITTED,
            TASK_ASSIGN_TALKER,
            TASK_TALK_WITH_APPLICANT,
            TASK_DECIDE_ACTIVIST,
            GATEWAY_ACTIVIST_DECISION,
            TASK_FILE_ACTIVIST)
        .hasNotPassed(END_APPLICATION_KEPT_ON_FILE)
        .isWaitingAt(TASK_ASSIGN_MENTORS);
    Assertions.assertThat(calls)
        .containsExactly(
            OPEN_INTAKE_ON_START,
            onComplete(ASSIGN_TALKER_DELEGATE, TASK_ASSIGN_TALKER),
            onComplete(RECORD_TALK_DELEGATE, TASK_TALK_WITH_APPLICANT),
            onComplete(RECORD_ACTIVIST_DECISION_DELEGATE, TASK_DECIDE_ACTIVIST),
            onComplete(FILE_ACTIVIST_DELEGATE, TASK_FILE_ACTIVIST));
  }

  @Test
  void applicantNotYetMadeActivistEndsKeptOnFileWithTheReason() {
    ProcessInstance pi = submitApplication();
    assignTalker(pi);
    recordTalk(pi);

    assertThat(pi).isWaitingAt(TASK_DECIDE_ACTIVIST);
    complete(
        task(),
        withVariables(
            ACTIVIST_DECISION, ACTIVIST_DECISION_NOT_YET, DECISION_REASON, "入党动机尚需端正，继续加强学习"));

    assertThat(pi)
        .hasPassedInOrder(
            TASK_DECIDE_ACTIVIST, GATEWAY_ACTIVIST_DECISION, END_APPLICATION_KEPT_ON_FILE)
        .hasNotPassed(TASK_FILE_ACTIVIST, TASK_ASSIGN_MENTORS)
        .isEnded();
    Assertions.assertThat(historicValue(pi, DECISION_REASON)).isEqualTo("入党动机尚需端正，继续加强学习");
    Assertions.assertThat(calls)
        .containsExactly(
            OPEN_INTAKE_ON_START,
            onComplete(ASSIGN_TALKER_DELEGATE, TASK_ASSIGN_TALKER),
            onComplete(RECORD_TALK_DELEGATE, TASK_TALK_WITH_APPLICANT),
            onComplete(RECORD_ACTIVIST_DECISION_DELEGATE, TASK_DECIDE_ACTIVIST));
  }

  @Test
  void talkerIsAssignedBySecretaryOfTheApplicantsBranchOnly() {
    ProcessInstance pi = submitApplication();

    assertThat(pi).isWaitingAt(TASK_ASSIGN_TALKER);
    assertThat(task()).hasCandidateGroup("branch-secretary:branch-1").isNotAssigned();
    Assertions.assertThat(
            taskService().createTaskQuery().taskCandidateGroup("branch-secretary:branch-2").count())
        .isZero();
    Assertions.assertThat(
            taskService().createTaskQuery().taskCandidateGroup(ROLE_PARTY_COMMITTEE).count())
        .isZero();
  }

  @Test
  void activistDecisionIsOfferedToTheBranchSecretaryAndDueTenWorkingDaysAfterTheTalk() {
    ProcessInstance pi = submitApplication();
    assignTalker(pi);
    ClockUtil.setCurrentTime(date(LocalDateTime.of(2025, 3, 12, 16, 0)));
    recordTalk(pi);

    assertThat(pi).isWaitingAt(TASK_DECIDE_ACTIVIST);
    assertThat(task())
        .hasCandidateGroup("branch-secretary:branch-1")
        .isNotAssigned()
        .hasDueDate(endOf("2025-03-26")); // talk recorded on Wednesday 12 March
  }

  @Test
  void filingIsOfferedToThePartyCommitteeAndDueFiveWorkingDaysAfterTheDecision() {
    ProcessInstance pi = submitApplication();
    assignTalker(pi);
    recordTalk(pi);
    ClockUtil.setCurrentTime(date(LocalDateTime.of(2025, 3, 14, 10, 0)));

    assertThat(pi).isWaitingAt(TASK_DECIDE_ACTIVIST);
    complete(task(), makeActivist());

    assertThat(pi).isWaitingAt(TASK_FILE_ACTIVIST);
    assertThat(task())
        .hasCandidateGroup(ROLE_PARTY_COMMITTEE)
        .isNotAssigned()
        .hasDueDate(endOf("2025-03-21")); // decided on Friday 14 March
    Assertions.assertThat(
            taskService()
                .createTaskQuery()
                .taskCandidateGroup("branch-secretary:branch-1")
                .taskDefinitionKey(TASK_FILE_ACTIVIST)
                .count())
        .isZero();
  }

  @Test
  void unknownActivistDecisionIsRefusedAndTheDecisionStaysOpen() {
    ProcessInstance pi = submitApplication();
    assignTalker(pi);
    recordTalk(pi);
    assertThat(pi).isWaitingAt(TASK_DECIDE_ACTIVIST);
    Task decision = task();

    assertThatThrownBy(() -> complete(decision, withVariables(ACTIVIST_DECISION, "maybe")))
        .isInstanceOf(ProcessEngineException.class);

    assertThat(pi)
        .isWaitingAt(TASK_DECIDE_ACTIVIST)
        .variables()
        .doesNotContainKey(ACTIVIST_DECISION);
  }

  @Test
  void talkerRefusedByTheBackendLeavesTheAssignmentOpen() {
    Mocks.register(
        ASSIGN_TALKER_DELEGATE,
        (TaskListener)
            task -> {
              throw new IllegalArgumentException("谈话人须为本支部正式党员");
            });
    ProcessInstance pi = submitApplication();
    assertThat(pi).isWaitingAt(TASK_ASSIGN_TALKER);
    Task assignment = task();

    assertThatThrownBy(() -> complete(assignment, withVariables(TALKER, "wangwu")))
        .isInstanceOf(ProcessEngineException.class) // the engine wraps a task listener's exception
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("谈话人须为本支部正式党员");

    assertThat(pi).isWaitingAt(TASK_ASSIGN_TALKER).variables().doesNotContainKey(TALKER);
    assertThat(task()).isNotAssigned();
    Assertions.assertThat(
            taskService().createTaskQuery().taskDefinitionKey(TASK_TALK_WITH_APPLICANT).count())
        .isZero();
  }

  @Test
  void applicationRefusedByTheBackendStartsNoProcess() {
    Mocks.register(
        OPEN_INTAKE_DELEGATE,
        (ExecutionListener)
            execution -> {
              throw new IllegalArgumentException("申请人在申请之日未满十八周岁");
            });

    assertThatThrownBy(this::submitApplication)
        .isInstanceOf(IllegalArgumentException.class) // an execution listener's, as thrown
        .hasMessage("申请人在申请之日未满十八周岁");

    Assertions.assertThat(
            runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count())
        .isZero();
  }

  @Test
  void startFormSubmittedByALoggedInUserMakesThemTheApplicant() {
    ProcessInstance pi =
        startFormAs(
            processEngine(),
            PROCESS_ID,
            "wangwu",
            withVariables(
                BRANCH_CODE, "branch-2",
                APPLICATION_DATE, "2025-03-03",
                APPLICATION_LETTER, "我志愿加入中国共产党"));

    assertThat(pi)
        .isWaitingAt(TASK_ASSIGN_TALKER)
        .variables()
        .containsEntry(APPLICANT, "wangwu")
        .containsEntry(TALK_DUE, endOf("2025-04-03"));
    assertThat(task()).hasCandidateGroup("branch-secretary:branch-2");
  }

  @Test
  void everyStepShowsItsOwnFormFromTheSameDeployment() {
    ProcessDefinition definition = processDefinition(PROCESS_ID);
    Assertions.assertThat(startFormIdOf(formService(), definition))
        .isEqualTo(FORM_SUBMIT_PARTY_APPLICATION);

    ProcessInstance pi = submitApplication();
    assertThat(pi).isWaitingAt(TASK_ASSIGN_TALKER);
    assertTaskShowsForm(FORM_ASSIGN_TALKER);
    assignTalker(pi);

    assertThat(pi).isWaitingAt(TASK_TALK_WITH_APPLICANT);
    assertTaskShowsForm(FORM_TALK_WITH_APPLICANT);
    recordTalk(pi);

    assertThat(pi).isWaitingAt(TASK_DECIDE_ACTIVIST);
    assertTaskShowsForm(FORM_DECIDE_ACTIVIST);
    complete(task(), makeActivist());

    assertThat(pi).isWaitingAt(TASK_FILE_ACTIVIST);
    assertTaskShowsForm(FORM_FILE_ACTIVIST);
  }

  // ---- steps -----------------------------------------------------------------------------------

  private ProcessInstance submitApplication() {
    return runtimeService()
        .startProcessInstanceByKey(
            PROCESS_ID,
            withVariables(
                APPLICANT, APPLICANT_ID,
                INITIATOR_NAME, "张三",
                BRANCH_CODE, BRANCH,
                BRANCH_NAME, "第一党支部",
                APPLICATION_DATE, APPLIED_ON,
                APPLICATION_LETTER, "我志愿加入中国共产党，拥护党的纲领，遵守党的章程",
                ATTACHMENT_REF, "ATT-2025-0101"));
  }

  private void assignTalker(ProcessInstance pi) {
    assertThat(pi).isWaitingAt(TASK_ASSIGN_TALKER);
    complete(task(), withVariables(TALKER, TALKER_ID));
  }

  private void recordTalk(ProcessInstance pi) {
    assertThat(pi).isWaitingAt(TASK_TALK_WITH_APPLICANT);
    complete(task(), talk());
  }

  private static Map<String, Object> talk() {
    return withVariables(TALK_DATE, "2025-03-10", TALK_RECORD, "申请人入党动机端正，工作表现突出");
  }

  private static Map<String, Object> makeActivist() {
    return withVariables(
        ACTIVIST_DECISION, ACTIVIST_DECISION_ACTIVIST,
        RECOMMENDATION_TYPE, RECOMMENDATION_TYPE_PARTY_MEMBER,
        RESOLUTION_DATE, "2025-03-14");
  }

  // ---- stand-ins for the backend's delegates ---------------------------------------------------

  /**
   * As the backend's {@code openIntakeDelegate} does once its checks pass: the case's id and the
   * end of the day one calendar month after the application date.
   */
  private void openIntake(DelegateExecution execution) {
    calls.add(
        OPEN_INTAKE_DELEGATE
            + " on "
            + execution.getEventName()
            + " of "
            + execution.getCurrentActivityId());
    LocalDate appliedOn = LocalDate.parse((String) execution.getVariable(APPLICATION_DATE));
    execution.setVariable(INTAKE_ID, 1L);
    execution.setVariable(TALK_DUE, date(appliedOn.plusMonths(1).atTime(23, 59, 59)));
  }

  private static String onComplete(String bean, String task) {
    return bean + " on complete of " + task;
  }

  /** A task listener that does nothing but note the call. */
  private TaskListener recording(String bean) {
    return (DelegateTask task) ->
        calls.add(bean + " on " + task.getEventName() + " of " + task.getTaskDefinitionKey());
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private void assertTaskShowsForm(String formId) {
    Assertions.assertThat(formIdOf(formService(), task())).isEqualTo(formId);
  }

  private Object historicValue(ProcessInstance pi, String variable) {
    return ProcessTestSupport.historicValue(historyService(), pi, variable);
  }
}
