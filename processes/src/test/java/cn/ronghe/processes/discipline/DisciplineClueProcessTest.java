package cn.ronghe.processes.discipline;

import static cn.ronghe.processes.ProcessTestSupport.date;
import static cn.ronghe.processes.ProcessTestSupport.endOf;
import static cn.ronghe.processes.ProcessTestSupport.formIdOf;
import static cn.ronghe.processes.ProcessTestSupport.historicValue;
import static cn.ronghe.processes.ProcessTestSupport.startFormAs;
import static cn.ronghe.processes.ProcessTestSupport.startFormIdOf;
import static cn.ronghe.processes.discipline.DisciplineStandIns.CASE_NO;
import static cn.ronghe.processes.discipline.DisciplineStandIns.HEAD_USER;
import static cn.ronghe.processes.discipline.DisciplineStandIns.SUBJECT_DISPLAY_NAME;
import static cn.ronghe.processes.discipline.DisciplineStandIns.SUBJECT_USER;
import static cn.ronghe.processes.discipline.DisciplineVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.ronghe.processes.DeployedModuleTest;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks the paths of 问题线索处置 ({@code bpmn/disciplineClue.bpmn}), one path per test: every task goes
 * to named people (the registrar, the head, the verification team), never to a group.
 */
class DisciplineClueProcessTest extends DeployedModuleTest {

  private static final String REGISTRAR_USER = "wangfang";
  private static final List<String> TEAM = List.of("chenjing", "liuyang");

  /** Monday 2 March 2026, 09:00: the clue is registered. */
  private static final LocalDateTime REGISTERED_AT = LocalDateTime.of(2026, 3, 2, 9, 0);

  /** 5 working days after the registration. */
  private static final String FIVE_WORKING_DAYS = "2026-03-09";

  /** 15 working days after the registration. */
  private static final String FIFTEEN_WORKING_DAYS = "2026-03-23";

  /** One calendar month after the registration. */
  private static final String ONE_MONTH = "2026-04-02";

  /** 30 calendar days after the registration: the team's report (the stand-in's rule). */
  private static final String VERIFICATION_DUE_DAY = "2026-04-01";

  /** The inquiry's date; its reply is due 15 working days later, on Wednesday 25 March. */
  private static final String INQUIRY_DAY = "2026-03-04";

  private static final String REPLY_DUE_DAY = "2026-03-25";

  private DisciplineStandIns standIns;

  DisciplineClueProcessTest() {
    super(REGISTERED_AT);
  }

  @BeforeEach
  void registerStandIns() {
    standIns = DisciplineStandIns.register();
  }

  // ---- the definition ------------------------------------------------------------------------

  @Test
  void theDisciplineCommissionRegistersCluesWithTheRegisterClueForm() {
    ProcessDefinition definition = processDefinition(PROCESS_ID);
    Assertions.assertThat(definition.getName()).isEqualTo("问题线索处置");
    Assertions.assertThat(definition.getVersionTag()).isEqualTo("1");
    Assertions.assertThat(
            repositoryService().getIdentityLinksForProcessDefinition(definition.getId()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly(GROUP_DISCIPLINE);
    Assertions.assertThat(startFormIdOf(formService(), definition)).isEqualTo(FORM_REGISTER_CLUE);
  }

  @Test
  void theProcessIsMarkedConfidential() {
    ConfidentialModels.assertMarkedConfidential(model(), PROCESS_ID);
  }

  @Test
  void noUserTaskHasCandidateGroups() {
    ConfidentialModels.assertEveryTaskGoesToNamedPeople(model(), 10);
  }

  // ---- referral ------------------------------------------------------------------------------

  @Test
  void aClueAboutTheCommissionsLeadershipIsReferredToTheHigherLevel() {
    standIns.higherLevel = true;
    ProcessInstance pi = register(NAMED);

    assertThat(pi).isWaitingAt(TASK_REFER_TO_HIGHER_LEVEL);
    Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .containsEntry(REGISTRAR, REGISTRAR_USER)
        .containsEntry(HEAD, HEAD_USER)
        .containsEntry(CASE_NUMBER, CASE_NO)
        .containsEntry(SUBJECT_NAME, SUBJECT_DISPLAY_NAME)
        .containsEntry(BUSINESS_TITLE, "问题线索 " + CASE_NO);
    Task refer = task(pi);
    assertAssignedTo(refer, HEAD_USER, TASK_REFER_TO_HIGHER_LEVEL, FIVE_WORKING_DAYS);
    complete(refer, withVariables(REFERRED_TO, "市中级人民法院纪检监察组", REFERRAL_NOTE, "反映本院纪委领导班子成员"));

    assertThat(pi)
        .hasPassedInOrder(
            START_CLUE_REGISTERED,
            GATEWAY_JURISDICTION,
            TASK_REFER_TO_HIGHER_LEVEL,
            END_CLUE_REFERRED)
        .hasNotPassed(GATEWAY_CLUE_ACCEPTED, TASK_ACKNOWLEDGE_COMPLAINANT, TASK_PROPOSE_DISPOSAL)
        .isEnded();
    Assertions.assertThat(standIns.calls)
        .containsExactly(
            CLUE_REGISTERED_DELEGATE + " " + START_CLUE_REGISTERED,
            CLUE_CLOSED_DELEGATE + " " + END_CLUE_REFERRED);
  }

  // ---- acknowledgement -----------------------------------------------------------------------

  @Test
  void aNamedComplainantIsAcknowledgedWhileTheDisposalIsProposedAndTheClueGoesOn() {
    ProcessInstance pi = register(NAMED);

    assertThat(pi).isWaitingAt(TASK_ACKNOWLEDGE_COMPLAINANT, TASK_PROPOSE_DISPOSAL);
    assertAssignedTo(
        task(TASK_ACKNOWLEDGE_COMPLAINANT, pi),
        REGISTRAR_USER,
        TASK_ACKNOWLEDGE_COMPLAINANT,
        FIFTEEN_WORKING_DAYS);
    assertAssignedTo(
        task(TASK_PROPOSE_DISPOSAL, pi), REGISTRAR_USER, TASK_PROPOSE_DISPOSAL, ONE_MONTH);
    acknowledge(pi);

    assertThat(pi)
        .hasPassed(TASK_ACKNOWLEDGE_COMPLAINANT, END_COMPLAINANT_ACKNOWLEDGED)
        .hasNotPassed(END_NO_ACKNOWLEDGEMENT)
        .isNotEnded()
        .isWaitingAt(TASK_PROPOSE_DISPOSAL);
    Assertions.assertThat(standIns.closings()).as("a branch's end closes nothing").isEmpty();

    // Tuesday 10 March: the head approves; the complainant is informed 15 working days later
    propose(pi, WAY_CLOSE);
    ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 3, 10, 10, 0)));
    approve(pi, APPROVE);

    assertThat(pi).isWaitingAt(TASK_INFORM_COMPLAINANT);
    assertAssignedTo(task(pi), REGISTRAR_USER, TASK_INFORM_COMPLAINANT, "2026-03-31");
    inform(pi);

    assertThat(pi)
        .hasPassedInOrder(
            TASK_PROPOSE_DISPOSAL,
            TASK_APPROVE_DISPOSAL,
            GATEWAY_DISPOSAL_WAY,
            GATEWAY_OUTCOME_RECORDED,
            TASK_INFORM_COMPLAINANT,
            END_CLUE_CLOSED)
        .hasNotPassed(TASK_SEND_INQUIRY, TASK_ASSIGN_VERIFICATION_TEAM)
        .isEnded();
    Assertions.assertThat(standIns.closings()).containsExactly(END_CLUE_CLOSED);
  }

  @Test
  void anAnonymousClueIsNeitherAcknowledgedNorInformed() {
    ProcessInstance pi = register(ANONYMOUS);

    assertThat(pi).hasPassed(END_NO_ACKNOWLEDGEMENT).isWaitingAt(TASK_PROPOSE_DISPOSAL);
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count())
        .isEqualTo(1);
    propose(pi, WAY_CLOSE);
    approve(pi, APPROVE);

    assertThat(pi)
        .hasPassed(GATEWAY_INFORM_NEEDED, END_CLUE_CLOSED)
        .hasNotPassed(
            TASK_ACKNOWLEDGE_COMPLAINANT, END_COMPLAINANT_ACKNOWLEDGED, TASK_INFORM_COMPLAINANT)
        .isEnded();
    Assertions.assertThat(standIns.closings()).containsExactly(END_CLUE_CLOSED);
  }

  // ---- the four ways -------------------------------------------------------------------------

  @Test
  void aHeldClueOfANamedComplainantIsInformedAndClosed() {
    ProcessInstance pi = register(NAMED);
    acknowledge(pi);
    propose(pi, WAY_HOLD);
    approve(pi, APPROVE);

    assertThat(pi).isWaitingAt(TASK_INFORM_COMPLAINANT);
    inform(pi);

    assertThat(pi)
        .hasPassedInOrder(TASK_APPROVE_DISPOSAL, TASK_INFORM_COMPLAINANT, END_CLUE_CLOSED)
        .hasNotPassed(TASK_SEND_INQUIRY, TASK_ASSIGN_VERIFICATION_TEAM)
        .isEnded();
    Assertions.assertThat(historicValue(historyService(), pi, DISPOSAL_WAY)).isEqualTo(WAY_HOLD);
    Assertions.assertThat(standIns.calls)
        .containsExactly(
            CLUE_REGISTERED_DELEGATE + " " + START_CLUE_REGISTERED,
            DISPOSAL_APPROVED_DELEGATE + " " + TASK_APPROVE_DISPOSAL,
            CLUE_CLOSED_DELEGATE + " " + END_CLUE_CLOSED);
  }

  @Test
  void anInquiryClearedByTheReplyIsInformedAndClosed() {
    ProcessInstance pi = register(NAMED);
    acknowledge(pi);
    propose(pi, WAY_INQUIRY);
    approve(pi, APPROVE);

    assertThat(pi).isWaitingAt(TASK_SEND_INQUIRY);
    assertAssignedTo(task(pi), REGISTRAR_USER, TASK_SEND_INQUIRY, FIVE_WORKING_DAYS);
    sendInquiry(pi);

    assertThat(pi).isWaitingAt(TASK_RECORD_INQUIRY_REPLY);
    Assertions.assertThat(historicValue(historyService(), pi, INQUIRY_REPLY_DUE))
        .isEqualTo(endOf(REPLY_DUE_DAY));
    assertAssignedTo(task(pi), REGISTRAR_USER, TASK_RECORD_INQUIRY_REPLY, REPLY_DUE_DAY);
    recordReply(pi, OUTCOME_CLOSE);

    assertThat(pi).isWaitingAt(TASK_INFORM_COMPLAINANT);
    inform(pi);
    assertThat(pi)
        .hasPassedInOrder(
            TASK_SEND_INQUIRY,
            TASK_RECORD_INQUIRY_REPLY,
            GATEWAY_INQUIRY_OUTCOME,
            GATEWAY_OUTCOME_RECORDED,
            TASK_INFORM_COMPLAINANT,
            END_CLUE_CLOSED)
        .hasNotPassed(TASK_ASSIGN_VERIFICATION_TEAM)
        .isEnded();
    Assertions.assertThat(standIns.calls)
        .containsExactly(
            CLUE_REGISTERED_DELEGATE + " " + START_CLUE_REGISTERED,
            DISPOSAL_APPROVED_DELEGATE + " " + TASK_APPROVE_DISPOSAL,
            INQUIRY_SENT_DELEGATE + " " + TASK_SEND_INQUIRY,
            CLUE_CLOSED_DELEGATE + " " + END_CLUE_CLOSED);
  }

  @Test
  void anInquiryThatDoesNotClearTheMatterGoesOnToAVerificationTeam() {
    ProcessInstance pi = register(ANONYMOUS);
    propose(pi, WAY_INQUIRY);
    approve(pi, APPROVE);
    sendInquiry(pi);
    recordReply(pi, INQUIRY_VERIFY);

    assertThat(pi)
        .hasPassed(GATEWAY_INQUIRY_OUTCOME, GATEWAY_VERIFICATION_TEAM_DUE)
        .hasNotPassed(GATEWAY_OUTCOME_RECORDED)
        .isWaitingAt(TASK_ASSIGN_VERIFICATION_TEAM);
    assertAssignedTo(task(pi), HEAD_USER, TASK_ASSIGN_VERIFICATION_TEAM, FIVE_WORKING_DAYS);
    assignTeam(pi);
    verify(pi, OUTCOME_CLOSE);
    approveVerification(pi, APPROVE);

    assertThat(pi)
        .hasPassedInOrder(
            TASK_RECORD_INQUIRY_REPLY,
            TASK_ASSIGN_VERIFICATION_TEAM,
            TASK_REPORT_VERIFICATION,
            TASK_APPROVE_VERIFICATION,
            GATEWAY_OUTCOME_RECORDED,
            END_CLUE_CLOSED)
        .hasNotPassed(TASK_INFORM_COMPLAINANT, CALL_REVIEW_CASE)
        .isEnded();
    Assertions.assertThat(standIns.closings()).containsExactly(END_CLUE_CLOSED);
  }

  @Test
  void aVerificationThatOpensACaseRunsTheCaseReviewAndEndsWhenTheCaseCloses() {
    DisciplineCaseStandIns caseStandIns = DisciplineCaseStandIns.register();
    ProcessInstance pi = register(NAMED);
    acknowledge(pi);
    propose(pi, WAY_VERIFICATION);
    approve(pi, APPROVE);

    assertThat(pi)
        .hasPassed(GATEWAY_VERIFICATION_TEAM_DUE)
        .isWaitingAt(TASK_ASSIGN_VERIFICATION_TEAM);
    assertAssignedTo(task(pi), HEAD_USER, TASK_ASSIGN_VERIFICATION_TEAM, FIVE_WORKING_DAYS);
    assignTeam(pi);

    assertThat(pi).isWaitingAt(TASK_REPORT_VERIFICATION);
    Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .containsEntry(VERIFICATION_TEAM_USERS, "chenjing,liuyang")
        .containsEntry(VERIFICATION_DUE, endOf(VERIFICATION_DUE_DAY));
    Task report = task(pi);
    assertThat(report).isNotAssigned().hasCandidateUser("chenjing").hasCandidateUser("liuyang");
    Assertions.assertThat(candidateUsers(report)).containsExactlyInAnyOrderElementsOf(TEAM);
    assertNoCandidateGroups(report);
    Assertions.assertThat(report.getDueDate()).isEqualTo(endOf(VERIFICATION_DUE_DAY));
    Assertions.assertThat(formIdOf(formService(), report)).isEqualTo(TASK_REPORT_VERIFICATION);
    verify(pi, VERIFICATION_OPEN_CASE);

    assertThat(pi).isWaitingAt(TASK_APPROVE_VERIFICATION);
    assertAssignedTo(task(pi), HEAD_USER, TASK_APPROVE_VERIFICATION, FIVE_WORKING_DAYS);
    approveVerification(pi, APPROVE);

    // the clue waits in the call activity while the case runs with the clue's variables
    assertThat(pi)
        .hasPassedInOrder(
            TASK_ASSIGN_VERIFICATION_TEAM,
            TASK_REPORT_VERIFICATION,
            TASK_APPROVE_VERIFICATION,
            GATEWAY_VERIFICATION_OUTCOME)
        .hasNotPassed(GATEWAY_OUTCOME_RECORDED, TASK_INFORM_COMPLAINANT, END_CLUE_CLOSED)
        .isWaitingAt(CALL_REVIEW_CASE);
    Assertions.assertThat(standIns.closings()).isEmpty();
    ProcessInstance reviewed = DisciplineCaseSteps.caseOf(pi);
    Assertions.assertThat(reviewed).as("the case called by %s", CALL_REVIEW_CASE).isNotNull();
    Assertions.assertThat(runtimeService().getVariables(reviewed.getId()))
        .containsEntry(DisciplineCaseVariables.CLUE_ID, pi.getId())
        .containsEntry(REGISTRAR, REGISTRAR_USER)
        .containsEntry(HEAD, HEAD_USER)
        .containsEntry(CASE_NUMBER, CASE_NO)
        .containsEntry(SUBJECT_NAME, SUBJECT_DISPLAY_NAME)
        .containsEntry(COMPLAINANT_NAMED, NAMED)
        .containsEntry(VERIFICATION_TEAM, TEAM)
        .containsEntry(VERIFICATION_OUTCOME, VERIFICATION_OPEN_CASE);
    assertThat(reviewed).isWaitingAt(DisciplineCaseVariables.TASK_ASSIGN_REVIEW_TEAM);

    // an acquittal: the complainant is told inside the case, and the clue ends with it
    DisciplineCaseSteps.reviewAndHear(reviewed, DisciplineCaseVariables.SANCTION_NONE);
    DisciplineCaseSteps.decide(reviewed, DisciplineCaseVariables.SANCTION_NONE);
    assertThat(pi).isWaitingAt(CALL_REVIEW_CASE);
    DisciplineCaseSteps.informComplainant(reviewed);

    assertThat(reviewed).hasPassed(DisciplineCaseVariables.END_CASE_CLOSED).isEnded();
    assertThat(pi)
        .hasPassedInOrder(GATEWAY_VERIFICATION_OUTCOME, CALL_REVIEW_CASE, END_CASE_CONCLUDED)
        .hasNotPassed(GATEWAY_OUTCOME_RECORDED, TASK_INFORM_COMPLAINANT, END_CLUE_CLOSED)
        .isEnded();
    Assertions.assertThat(standIns.calls)
        .containsExactly(
            CLUE_REGISTERED_DELEGATE + " " + START_CLUE_REGISTERED,
            DISPOSAL_APPROVED_DELEGATE + " " + TASK_APPROVE_DISPOSAL,
            VERIFICATION_TEAM_DELEGATE + " " + TASK_ASSIGN_VERIFICATION_TEAM,
            CLUE_CLOSED_DELEGATE + " " + END_CASE_CONCLUDED);
    Assertions.assertThat(caseStandIns.beans())
        .containsExactly(
            DisciplineCaseVariables.CASE_OPENED_DELEGATE,
            DisciplineCaseVariables.REVIEW_TEAM_DELEGATE,
            DisciplineCaseVariables.HEARING_PANEL_DELEGATE,
            DisciplineCaseVariables.CASE_DECIDED_DELEGATE,
            DisciplineCaseVariables.CASE_CLOSED_DELEGATE);
  }

  @Test
  void aVerificationEndingInAReminderIsInformedAndClosed() {
    ProcessInstance pi = register(NAMED);
    acknowledge(pi);
    propose(pi, WAY_VERIFICATION);
    approve(pi, APPROVE);
    assignTeam(pi);
    verify(pi, OUTCOME_REMIND);
    approveVerification(pi, APPROVE);

    assertThat(pi).isWaitingAt(TASK_INFORM_COMPLAINANT);
    inform(pi);
    assertThat(pi)
        .hasPassedInOrder(
            TASK_APPROVE_VERIFICATION,
            GATEWAY_VERIFICATION_OUTCOME,
            GATEWAY_OUTCOME_RECORDED,
            TASK_INFORM_COMPLAINANT,
            END_CLUE_CLOSED)
        .hasNotPassed(CALL_REVIEW_CASE)
        .isEnded();
    Assertions.assertThat(standIns.closings()).containsExactly(END_CLUE_CLOSED);
  }

  @Test
  void aTeamOfFewerThanTwoIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = register(ANONYMOUS);
    propose(pi, WAY_VERIFICATION);
    approve(pi, APPROVE);
    Task assign = task(pi);

    Assertions.assertThatThrownBy(
            () ->
                taskService()
                    .complete(assign.getId(), Map.of(VERIFICATION_TEAM, List.of("chenjing"))))
        .hasRootCauseMessage("核查组至少两人");
    assertThat(pi).isWaitingAt(TASK_ASSIGN_VERIFICATION_TEAM);
  }

  // ---- returns -------------------------------------------------------------------------------

  @Test
  void theHeadReturnsTheProposalAndItsDecisionIsCleared() {
    ProcessInstance pi = register(ANONYMOUS);
    propose(pi, WAY_CLOSE);
    // Wednesday 11 March: the proposal returned is due a month later again
    ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 3, 11, 9, 0)));
    complete(task(pi), withVariables(APPROVE_DECISION, RETURN, APPROVE_COMMENT, "理由不充分，建议谈话函询"));

    assertThat(pi).hasNotPassed(GATEWAY_DISPOSAL_WAY).isWaitingAt(TASK_PROPOSE_DISPOSAL);
    Assertions.assertThat(activityCount(pi, GATEWAY_PROPOSAL_DUE))
        .as("back through %s", FLOW_DISPOSAL_RETURNED)
        .isEqualTo(2);
    Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .containsEntry(APPROVE_DECISION, null)
        .containsEntry(APPROVE_COMMENT, "理由不充分，建议谈话函询");
    assertAssignedTo(task(pi), REGISTRAR_USER, TASK_PROPOSE_DISPOSAL, "2026-04-11");

    propose(pi, WAY_INQUIRY);
    approve(pi, APPROVE);
    assertThat(pi)
        .hasPassedInOrder(
            TASK_PROPOSE_DISPOSAL,
            TASK_APPROVE_DISPOSAL,
            TASK_PROPOSE_DISPOSAL,
            TASK_APPROVE_DISPOSAL,
            GATEWAY_DISPOSAL_WAY)
        .isWaitingAt(TASK_SEND_INQUIRY);
    Assertions.assertThat(standIns.calls)
        .containsExactly(
            CLUE_REGISTERED_DELEGATE + " " + START_CLUE_REGISTERED,
            DISPOSAL_APPROVED_DELEGATE + " " + TASK_APPROVE_DISPOSAL,
            DISPOSAL_APPROVED_DELEGATE + " " + TASK_APPROVE_DISPOSAL);
  }

  @Test
  void theHeadReturnsTheVerificationReportToTheTeamAndItsDecisionIsCleared() {
    ProcessInstance pi = register(ANONYMOUS);
    propose(pi, WAY_VERIFICATION);
    approve(pi, APPROVE);
    assignTeam(pi);
    verify(pi, OUTCOME_TRANSFER);
    complete(
        task(pi), withVariables(VERIFICATION_DECISION, RETURN, VERIFICATION_COMMENT, "请补充核实银行流水"));

    assertThat(pi).hasNotPassed(GATEWAY_VERIFICATION_OUTCOME).isWaitingAt(TASK_REPORT_VERIFICATION);
    Assertions.assertThat(activityCount(pi, GATEWAY_VERIFICATION_REPORT_DUE))
        .as("back through %s", FLOW_VERIFICATION_RETURNED)
        .isEqualTo(2);
    Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .containsEntry(VERIFICATION_DECISION, null)
        .containsEntry(VERIFICATION_COMMENT, "请补充核实银行流水");
    Task again = task(pi);
    Assertions.assertThat(candidateUsers(again)).containsExactlyInAnyOrderElementsOf(TEAM);
    Assertions.assertThat(again.getDueDate())
        .as("still the team's due date")
        .isEqualTo(endOf(VERIFICATION_DUE_DAY));
    Assertions.assertThat(activityCount(pi, TASK_ASSIGN_VERIFICATION_TEAM))
        .as("the team stays")
        .isEqualTo(1);

    verify(pi, OUTCOME_TRANSFER);
    approveVerification(pi, APPROVE);
    assertThat(pi)
        .hasPassedInOrder(
            TASK_REPORT_VERIFICATION,
            TASK_APPROVE_VERIFICATION,
            TASK_REPORT_VERIFICATION,
            TASK_APPROVE_VERIFICATION,
            END_CLUE_CLOSED)
        .isEnded();
    Assertions.assertThat(standIns.closings()).containsExactly(END_CLUE_CLOSED);
  }

  @Test
  void anUnknownDisposalWayIsRefusedAndTheApprovalStaysOpen() {
    ProcessInstance pi = register(ANONYMOUS);
    propose(pi, "transfer");
    Task approval = task(pi);

    Assertions.assertThatThrownBy(
            () -> taskService().complete(approval.getId(), Map.of(APPROVE_DECISION, APPROVE)))
        .hasMessageContaining(GATEWAY_DISPOSAL_WAY);
    assertThat(pi).isWaitingAt(TASK_APPROVE_DISPOSAL);
  }

  // ---- steps ---------------------------------------------------------------------------------

  /** The registrar submits the start form; the clue's subject is 李四. */
  private ProcessInstance register(String named) {
    Map<String, Object> clue = new HashMap<>();
    clue.put(SOURCE, SOURCE_LETTER);
    clue.put(RECEIVED_ON, "2026-02-27");
    clue.put(COMPLAINANT_NAMED, named);
    if (NAMED.equals(named)) {
      clue.put(COMPLAINANT_NAME, "张某");
      clue.put(COMPLAINANT_CONTACT, "13800000000");
    }
    clue.put(SUBJECT, SUBJECT_USER);
    clue.put(ALLEGATION, "反映李四在执行案件中接受当事人宴请。");
    return startFormAs(processEngine(), PROCESS_ID, REGISTRAR_USER, clue);
  }

  private void acknowledge(ProcessInstance pi) {
    complete(
        task(TASK_ACKNOWLEDGE_COMPLAINANT, pi),
        withVariables(ACKNOWLEDGED_ON, "2026-03-03", ACKNOWLEDGED_HOW, "phone"));
  }

  private void propose(ProcessInstance pi, String way) {
    complete(
        task(TASK_PROPOSE_DISPOSAL, pi),
        withVariables(DISPOSAL_WAY, way, PROPOSAL_REASON, "反映问题具体，有可查性。"));
  }

  private void approve(ProcessInstance pi, String decision) {
    Task approval = task(TASK_APPROVE_DISPOSAL, pi);
    assertAssignedTo(approval, HEAD_USER, TASK_APPROVE_DISPOSAL, null);
    complete(approval, withVariables(APPROVE_DECISION, decision, APPROVE_COMMENT, "同意"));
  }

  private void sendInquiry(ProcessInstance pi) {
    complete(
        task(TASK_SEND_INQUIRY, pi),
        withVariables(
            INQUIRY_FORM, "letter", INQUIRY_DATE, INQUIRY_DAY, INQUIRY_CONTENT, "请就接受宴请一事作出说明。"));
  }

  private void recordReply(ProcessInstance pi, String outcome) {
    complete(
        task(TASK_RECORD_INQUIRY_REPLY, pi),
        withVariables(
            REPLY_RECEIVED_ON,
            "2026-03-20",
            REPLY_SUMMARY,
            "本人说明系同学聚会，当事人未参加。",
            INQUIRY_OUTCOME,
            outcome));
  }

  private void assignTeam(ProcessInstance pi) {
    complete(task(TASK_ASSIGN_VERIFICATION_TEAM, pi), withVariables(VERIFICATION_TEAM, TEAM));
  }

  /** A member of the team claims the report and files it. */
  private void verify(ProcessInstance pi, String outcome) {
    Task report = task(TASK_REPORT_VERIFICATION, pi);
    taskService().claim(report.getId(), TEAM.get(0));
    complete(report, withVariables(FINDINGS, "经初步核实，反映问题部分属实。", VERIFICATION_OUTCOME, outcome));
  }

  private void approveVerification(ProcessInstance pi, String decision) {
    Task approval = task(TASK_APPROVE_VERIFICATION, pi);
    assertAssignedTo(approval, HEAD_USER, TASK_APPROVE_VERIFICATION, null);
    complete(approval, withVariables(VERIFICATION_DECISION, decision, VERIFICATION_COMMENT, "同意"));
  }

  private void inform(ProcessInstance pi) {
    complete(
        task(TASK_INFORM_COMPLAINANT, pi),
        withVariables(
            INFORMED_ON, "2026-04-01", INFORMED_HOW, "letter", INFORM_NOTE, "已书面告知处理结果。"));
  }

  // ---- helpers -------------------------------------------------------------------------------

  /**
   * The task is assigned to the user alone (no candidate group), shows its own form and, unless
   * {@code dueDay} is null, is due at the end of that day.
   */
  private static void assertAssignedTo(Task task, String user, String form, String dueDay) {
    assertThat(task).isAssignedTo(user);
    assertNoCandidateGroups(task);
    Assertions.assertThat(formIdOf(formService(), task)).isEqualTo(form);
    if (dueDay != null) {
      Assertions.assertThat(task.getDueDate()).as("due date of %s", form).isEqualTo(endOf(dueDay));
    }
  }

  private static void assertNoCandidateGroups(Task task) {
    Assertions.assertThat(taskService().getIdentityLinksForTask(task.getId()))
        .as("groups of %s", task.getTaskDefinitionKey())
        .filteredOn(link -> link.getGroupId() != null)
        .isEmpty();
  }

  private static List<String> candidateUsers(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getUserId)
        .toList();
  }

  private static long activityCount(ProcessInstance pi, String activityId) {
    return historyService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(pi.getId())
        .activityId(activityId)
        .count();
  }

  private static BpmnModelInstance model() {
    return repositoryService().getBpmnModelInstance(processDefinition(PROCESS_ID).getId());
  }
}
