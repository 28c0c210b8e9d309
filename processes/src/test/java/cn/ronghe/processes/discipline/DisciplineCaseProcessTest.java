package cn.ronghe.processes.discipline;

import static cn.ronghe.processes.ProcessTestSupport.date;
import static cn.ronghe.processes.ProcessTestSupport.endOf;
import static cn.ronghe.processes.ProcessTestSupport.formIdOf;
import static cn.ronghe.processes.ProcessTestSupport.historicValue;
import static cn.ronghe.processes.discipline.DisciplineCaseSteps.*;
import static cn.ronghe.processes.discipline.DisciplineCaseVariables.*;
import static cn.ronghe.processes.discipline.DisciplineStandIns.CASE_NO;
import static cn.ronghe.processes.discipline.DisciplineStandIns.HEAD_USER;
import static cn.ronghe.processes.discipline.DisciplineStandIns.SUBJECT_DISPLAY_NAME;
import static cn.ronghe.processes.discipline.DisciplineStandIns.SUBJECT_USER;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.ronghe.processes.DeployedModuleTest;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks the paths of 立案审查 ({@code bpmn/disciplineCase.bpmn}), one path per test, started the way
 * the clue's call activity starts it (the clue's variables and {@code clueId}): every task goes to
 * named people (the registrar, the head, the review team, the hearing panel, the appeal reviewers),
 * never to a group. The whole way from a clue is walked by {@link DisciplineClueProcessTest}.
 */
class DisciplineCaseProcessTest extends DeployedModuleTest {

  private static final String REGISTRAR_USER = "wangfang";
  private static final List<String> VERIFICATION_TEAM = List.of("chenjing", "liuyang");
  private static final String CLUE_INSTANCE = "clue-4711";

  /** Monday 6 April 2026, 09:00: the case is opened. */
  private static final LocalDateTime OPENED_AT = LocalDateTime.of(2026, 4, 6, 9, 0);

  /** 5 working days after the opening. */
  private static final String FIVE_WORKING_DAYS = "2026-04-13";

  /** 90 calendar days after the opening (the stand-in's rule). */
  private static final String REVIEW_DUE_DAY = "2026-07-05";

  /** Monday 1 June 2026: the review is over. */
  private static final LocalDateTime REVIEWED_AT = LocalDateTime.of(2026, 6, 1, 9, 0);

  /** The decision is taken on {@link DisciplineCaseSteps#DECISION_DAY}. */
  private static final LocalDateTime DECIDED_AT = LocalDateTime.of(2026, 7, 10, 10, 0);

  /** 6 months after the decision. */
  private static final String EXECUTION_DUE_DAY = "2027-01-10";

  /** 1 month after the decision: the appeal window closes at its end. */
  private static final String APPEAL_DEADLINE_DAY = "2026-08-10";

  /** 3 months after the appeal was received. */
  private static final String APPEAL_DUE_DAY = "2026-10-20";

  private DisciplineCaseStandIns standIns;

  DisciplineCaseProcessTest() {
    super(OPENED_AT);
  }

  @BeforeEach
  void registerStandIns() {
    standIns = DisciplineCaseStandIns.register();
  }

  // ---- the definition ------------------------------------------------------------------------

  @Test
  void theCaseIsOnlyCalledFromAClueNobodyStartsIt() {
    ProcessDefinition definition = processDefinition(PROCESS_ID);
    Assertions.assertThat(definition.getName()).isEqualTo("立案审查");
    Assertions.assertThat(definition.getVersionTag()).isEqualTo("1");
    Assertions.assertThat(definition.hasStartFormKey()).isFalse();
    Assertions.assertThat(
            repositoryService().getIdentityLinksForProcessDefinition(definition.getId()))
        .as("candidate starters")
        .isEmpty();
  }

  @Test
  void theProcessIsMarkedConfidential() {
    ConfidentialModels.assertMarkedConfidential(model(), PROCESS_ID);
  }

  @Test
  void noUserTaskHasCandidateGroups() {
    ConfidentialModels.assertEveryTaskGoesToNamedPeople(model(), 12);
  }

  // ---- review and hearing --------------------------------------------------------------------

  @Test
  void aReviewSentToTheHearingEndsInAnAcquittalThatIsOnlyToldToTheNamedComplainant() {
    ProcessInstance pi = open(DisciplineVariables.NAMED);

    assertThat(pi).isWaitingAt(TASK_ASSIGN_REVIEW_TEAM);
    Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .containsEntry(CLUE_ID, CLUE_INSTANCE)
        .containsEntry(REVIEW_DUE, endOf(REVIEW_DUE_DAY))
        .containsEntry(DisciplineVariables.BUSINESS_TITLE, "立案审查 " + CASE_NO);
    assertAssignedTo(task(pi), HEAD_USER, TASK_ASSIGN_REVIEW_TEAM, FIVE_WORKING_DAYS);
    assignReviewTeam(pi);

    assertThat(pi).isWaitingAt(TASK_CONDUCT_REVIEW);
    Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .containsEntry(REVIEW_TEAM_USERS, String.join(",", REVIEW_TEAM_MEMBERS));
    assertOfferedTo(task(pi), REVIEW_TEAM_MEMBERS, TASK_CONDUCT_REVIEW, REVIEW_DUE_DAY);
    ClockUtil.setCurrentTime(date(REVIEWED_AT));
    reviewToHearing(pi);

    assertThat(pi).isWaitingAt(TASK_ASSIGN_HEARING_PANEL);
    assertAssignedTo(task(pi), HEAD_USER, TASK_ASSIGN_HEARING_PANEL, "2026-06-08");
    assignHearingPanel(pi);

    assertThat(pi).isWaitingAt(TASK_HOLD_HEARING);
    assertOfferedTo(task(pi), HEARING_PANEL_MEMBERS, TASK_HOLD_HEARING, "2026-07-01");
    hear(pi, SANCTION_NONE);

    assertThat(pi).isWaitingAt(TASK_DECIDE_CASE);
    assertAssignedTo(task(pi), HEAD_USER, TASK_DECIDE_CASE, "2026-06-08");
    ClockUtil.setCurrentTime(date(DECIDED_AT));
    decide(pi, SANCTION_NONE);

    assertThat(pi)
        .hasPassed(GATEWAY_CASE_DECIDED, GATEWAY_EXECUTION_SETTLED, GATEWAY_APPEAL_SETTLED)
        .hasNotPassed(TASK_REPORT_EXECUTION, TASK_RECORD_APPEAL)
        .isWaitingAt(TASK_INFORM_CASE_RESULT);
    Task inform = task(pi);
    assertThat(inform).isAssignedTo(REGISTRAR_USER);
    assertNoCandidateGroups(inform);
    Assertions.assertThat(formIdOf(formService(), inform))
        .isEqualTo(DisciplineVariables.TASK_INFORM_COMPLAINANT);
    Assertions.assertThat(inform.getDueDate()).isEqualTo(endOf("2026-07-31"));
    informComplainant(pi);

    assertThat(pi)
        .hasPassedInOrder(
            START_CASE_OPENED,
            TASK_ASSIGN_REVIEW_TEAM,
            GATEWAY_REVIEW_DUE,
            TASK_CONDUCT_REVIEW,
            GATEWAY_REVIEW_RESULT,
            TASK_ASSIGN_HEARING_PANEL,
            GATEWAY_HEARING_DUE,
            TASK_HOLD_HEARING,
            TASK_DECIDE_CASE,
            GATEWAY_CASE_DECISION,
            GATEWAY_CASE_DECIDED,
            TASK_INFORM_CASE_RESULT,
            GATEWAY_CASE_CLOSING,
            END_CASE_CLOSED)
        .hasNotPassed(TASK_APPROVE_EXTENSION, TIMER_APPEAL_WINDOW_CLOSED)
        .isEnded();
    Assertions.assertThat(standIns.calls)
        .containsExactly(
            CASE_OPENED_DELEGATE + " " + START_CASE_OPENED,
            REVIEW_TEAM_DELEGATE + " " + TASK_ASSIGN_REVIEW_TEAM,
            HEARING_PANEL_DELEGATE + " " + TASK_ASSIGN_HEARING_PANEL,
            CASE_DECIDED_DELEGATE + " " + TASK_DECIDE_CASE,
            CASE_CLOSED_DELEGATE + " " + END_CASE_CLOSED);
  }

  @Test
  void anApprovedExtensionMovesTheReviewsDueDateAndTheTeamReviewsOn() {
    ProcessInstance pi = open(DisciplineVariables.ANONYMOUS);
    assignReviewTeam(pi);
    askForExtension(pi, 30);

    assertThat(pi).hasNotPassed(TASK_ASSIGN_HEARING_PANEL).isWaitingAt(TASK_APPROVE_EXTENSION);
    assertAssignedTo(task(pi), HEAD_USER, TASK_APPROVE_EXTENSION, FIVE_WORKING_DAYS);
    decideExtension(pi, EXTENSION_APPROVE, "同意延长 30 日");

    assertThat(pi).isWaitingAt(TASK_CONDUCT_REVIEW);
    Assertions.assertThat(activityCount(pi, GATEWAY_REVIEW_DUE))
        .as("back through %s", FLOW_EXTENSION_DECIDED)
        .isEqualTo(2);
    Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .containsEntry(REVIEW_RESULT, null)
        .containsEntry(EXTENSION_DECISION, null)
        .containsEntry(EXTENSION_COMMENT, "同意延长 30 日")
        .containsEntry(REVIEW_DUE, endOf("2026-08-04"));
    assertOfferedTo(task(pi), REVIEW_TEAM_MEMBERS, TASK_CONDUCT_REVIEW, "2026-08-04");
    reviewToHearing(pi);

    assertThat(pi)
        .hasPassedInOrder(
            TASK_CONDUCT_REVIEW, TASK_APPROVE_EXTENSION, TASK_CONDUCT_REVIEW, GATEWAY_REVIEW_RESULT)
        .isWaitingAt(TASK_ASSIGN_HEARING_PANEL);
    Assertions.assertThat(standIns.beans())
        .containsExactly(CASE_OPENED_DELEGATE, REVIEW_TEAM_DELEGATE, EXTENSION_DECIDED_DELEGATE);
  }

  @Test
  void aRefusedExtensionKeepsTheDueDateAndTheTeamReviewsOn() {
    ProcessInstance pi = open(DisciplineVariables.ANONYMOUS);
    assignReviewTeam(pi);
    askForExtension(pi, 30);
    decideExtension(pi, EXTENSION_REFUSE, "期限内可以完成，不予延长");

    assertThat(pi).hasNotPassed(TASK_ASSIGN_HEARING_PANEL).isWaitingAt(TASK_CONDUCT_REVIEW);
    Assertions.assertThat(activityCount(pi, GATEWAY_REVIEW_DUE)).isEqualTo(2);
    Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .containsEntry(REVIEW_RESULT, null)
        .containsEntry(EXTENSION_DECISION, null)
        .containsEntry(EXTENSION_COMMENT, "期限内可以完成，不予延长")
        .containsEntry(REVIEW_DUE, endOf(REVIEW_DUE_DAY));
    assertOfferedTo(task(pi), REVIEW_TEAM_MEMBERS, TASK_CONDUCT_REVIEW, REVIEW_DUE_DAY);
    Assertions.assertThat(activityCount(pi, TASK_ASSIGN_REVIEW_TEAM))
        .as("the team stays")
        .isEqualTo(1);

    reviewToHearing(pi);
    assertThat(pi).isWaitingAt(TASK_ASSIGN_HEARING_PANEL);
  }

  @Test
  void theHeadReturnsTheProposalToThePanelAndDecidesOnTheSecondHearing() {
    ProcessInstance pi = open(DisciplineVariables.NAMED);
    reviewAndHear(pi, SANCTION_ADMONITION);
    returnToPanel(pi, "情节认定不准，请重新审理");

    assertThat(pi).hasNotPassed(GATEWAY_CASE_DECIDED).isWaitingAt(TASK_HOLD_HEARING);
    Assertions.assertThat(activityCount(pi, GATEWAY_HEARING_DUE))
        .as("back through %s", FLOW_CASE_RETURNED)
        .isEqualTo(2);
    Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .containsEntry(CASE_DECISION, null)
        .containsEntry(DECISION_NOTE, "情节认定不准，请重新审理");
    assertOfferedTo(task(pi), HEARING_PANEL_MEMBERS, TASK_HOLD_HEARING, "2026-05-06");
    Assertions.assertThat(activityCount(pi, TASK_ASSIGN_HEARING_PANEL))
        .as("the panel stays")
        .isEqualTo(1);

    hear(pi, SANCTION_WARNING);
    decide(pi, SANCTION_WARNING);
    assertThat(pi)
        .hasPassedInOrder(
            TASK_HOLD_HEARING,
            TASK_DECIDE_CASE,
            TASK_HOLD_HEARING,
            TASK_DECIDE_CASE,
            GATEWAY_CASE_DECIDED)
        .isWaitingAt(TASK_REPORT_EXECUTION, TASK_INFORM_CASE_RESULT, TASK_RECORD_APPEAL);
    Assertions.assertThat(standIns.beans())
        .containsExactly(
            CASE_OPENED_DELEGATE,
            REVIEW_TEAM_DELEGATE,
            HEARING_PANEL_DELEGATE,
            CASE_DECIDED_DELEGATE,
            CASE_DECIDED_DELEGATE);
  }

  @Test
  void aHearingPanelWithSomeoneWhoInvestigatedTheCaseIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = open(DisciplineVariables.ANONYMOUS);
    assignReviewTeam(pi);
    reviewToHearing(pi);
    Task assign = task(pi);

    Assertions.assertThatThrownBy(
            () ->
                taskService()
                    .complete(
                        assign.getId(),
                        Map.of(HEARING_PANEL, List.of("zhenglei", VERIFICATION_TEAM.get(0)))))
        .hasRootCauseMessage("参与初步核实或审查的人员不得参加审理");
    Assertions.assertThatThrownBy(
            () ->
                taskService()
                    .complete(
                        assign.getId(),
                        Map.of(HEARING_PANEL, List.of("zhenglei", REVIEW_TEAM_MEMBERS.get(1)))))
        .hasRootCauseMessage("参与初步核实或审查的人员不得参加审理");
    assertThat(pi).isWaitingAt(TASK_ASSIGN_HEARING_PANEL);
  }

  // ---- after the decision --------------------------------------------------------------------

  @Test
  void aSanctionNotAppealedEndsWhenTheWindowClosesAndTheExecutionIsReported() {
    ProcessInstance pi = open(DisciplineVariables.ANONYMOUS);
    reviewAndHear(pi, SANCTION_WARNING);
    ClockUtil.setCurrentTime(date(DECIDED_AT));
    decide(pi, SANCTION_WARNING);

    assertThat(pi)
        .hasPassed(GATEWAY_CASE_INFORM_NEEDED, GATEWAY_CASE_INFORM_SETTLED)
        .hasNotPassed(TASK_INFORM_CASE_RESULT)
        .isWaitingAt(TASK_REPORT_EXECUTION, TASK_RECORD_APPEAL);
    Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .containsEntry(EXECUTION_DUE, endOf(EXECUTION_DUE_DAY))
        .containsEntry(APPEAL_DEADLINE, endOf(APPEAL_DEADLINE_DAY));
    assertAssignedTo(
        task(TASK_REPORT_EXECUTION, pi), REGISTRAR_USER, TASK_REPORT_EXECUTION, EXECUTION_DUE_DAY);
    assertAssignedTo(
        task(TASK_RECORD_APPEAL, pi), REGISTRAR_USER, TASK_RECORD_APPEAL, APPEAL_DEADLINE_DAY);

    Job window = managementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
    Assertions.assertThat(window.getDuedate()).isEqualTo(endOf(APPEAL_DEADLINE_DAY));
    ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 8, 10, 18, 0)));
    Assertions.assertThat(
            managementService().createJobQuery().processInstanceId(pi.getId()).executable().count())
        .as("the last day of the window is still open")
        .isZero();
    ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 8, 11, 8, 0)));
    execute(window);

    assertThat(pi)
        .hasPassed(TIMER_APPEAL_WINDOW_CLOSED, GATEWAY_APPEAL_SETTLED)
        .hasNotPassed(TASK_ASSIGN_APPEAL_REVIEWERS, GATEWAY_CASE_CLOSING)
        .isWaitingAt(TASK_REPORT_EXECUTION);
    Assertions.assertThat(standIns.calls)
        .doesNotContain(CASE_CLOSED_DELEGATE + " " + END_CASE_CLOSED);
    reportExecution(pi);

    assertThat(pi).hasPassedInOrder(GATEWAY_CASE_CLOSING, END_CASE_CLOSED).isEnded();
    Assertions.assertThat(historicValue(historyService(), pi, SANCTION))
        .isEqualTo(SANCTION_WARNING);
    Assertions.assertThat(standIns.beans())
        .containsExactly(
            CASE_OPENED_DELEGATE,
            REVIEW_TEAM_DELEGATE,
            HEARING_PANEL_DELEGATE,
            CASE_DECIDED_DELEGATE,
            CASE_CLOSED_DELEGATE);
  }

  @Test
  void anAppealIsReviewedByOfficersWhoDidNotInvestigateAndDecidedByTheHead() {
    ProcessInstance pi = open(DisciplineVariables.NAMED);
    reviewAndHear(pi, SANCTION_SERIOUS_WARNING);
    ClockUtil.setCurrentTime(date(DECIDED_AT));
    decide(pi, SANCTION_SERIOUS_WARNING);
    assertThat(pi).isWaitingAt(TASK_REPORT_EXECUTION, TASK_INFORM_CASE_RESULT, TASK_RECORD_APPEAL);
    informComplainant(pi);
    reportExecution(pi);
    recordAppeal(pi);

    assertThat(pi)
        .hasNotPassed(TIMER_APPEAL_WINDOW_CLOSED)
        .isWaitingAt(TASK_ASSIGN_APPEAL_REVIEWERS);
    Assertions.assertThat(
            managementService().createJobQuery().processInstanceId(pi.getId()).count())
        .as("the appeal window's timer is gone")
        .isZero();
    assertAssignedTo(task(pi), HEAD_USER, TASK_ASSIGN_APPEAL_REVIEWERS, "2026-07-17");

    Task refused = task(pi);
    Assertions.assertThatThrownBy(
            () ->
                taskService()
                    .complete(
                        refused.getId(),
                        Map.of(APPEAL_REVIEWERS, List.of("sunli", REVIEW_TEAM_MEMBERS.get(0)))))
        .hasRootCauseMessage("原核查、审查人员不得参加复查");
    assertThat(pi).isWaitingAt(TASK_ASSIGN_APPEAL_REVIEWERS);
    assignAppealReviewers(pi);

    assertThat(pi).isWaitingAt(TASK_REVIEW_APPEAL);
    Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .containsEntry(APPEAL_REVIEWER_USERS, String.join(",", APPEAL_REVIEW_MEMBERS))
        .containsEntry(APPEAL_DUE, endOf(APPEAL_DUE_DAY));
    assertOfferedTo(task(pi), APPEAL_REVIEW_MEMBERS, TASK_REVIEW_APPEAL, APPEAL_DUE_DAY);
    reviewAppeal(pi);

    assertThat(pi).isWaitingAt(TASK_DECIDE_APPEAL);
    assertAssignedTo(task(pi), HEAD_USER, TASK_DECIDE_APPEAL, APPEAL_DUE_DAY);
    decideAppeal(pi, APPEAL_CHANGE, SANCTION_WARNING);

    assertThat(pi)
        .hasPassedInOrder(
            TASK_RECORD_APPEAL,
            TASK_ASSIGN_APPEAL_REVIEWERS,
            TASK_REVIEW_APPEAL,
            TASK_DECIDE_APPEAL,
            GATEWAY_APPEAL_SETTLED,
            GATEWAY_CASE_CLOSING,
            END_CASE_CLOSED)
        .isEnded();
    Assertions.assertThat(historicValue(historyService(), pi, APPEAL_SANCTION))
        .isEqualTo(SANCTION_WARNING);
    // the refused team was a call too
    Assertions.assertThat(standIns.calls)
        .containsSubsequence(
            CASE_DECIDED_DELEGATE + " " + TASK_DECIDE_CASE,
            APPEAL_REVIEWERS_DELEGATE + " " + TASK_ASSIGN_APPEAL_REVIEWERS,
            APPEAL_REVIEWERS_DELEGATE + " " + TASK_ASSIGN_APPEAL_REVIEWERS,
            APPEAL_DECIDED_DELEGATE + " " + TASK_DECIDE_APPEAL,
            CASE_CLOSED_DELEGATE + " " + END_CASE_CLOSED);
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** Starts the case as the clue's call activity does: the clue's variables and its id. */
  private ProcessInstance open(String complainantNamed) {
    Map<String, Object> clue = new HashMap<>();
    clue.put(DisciplineVariables.REGISTRAR, REGISTRAR_USER);
    clue.put(DisciplineVariables.HEAD, HEAD_USER);
    clue.put(DisciplineVariables.CASE_NUMBER, CASE_NO);
    clue.put(DisciplineVariables.SUBJECT, SUBJECT_USER);
    clue.put(DisciplineVariables.SUBJECT_NAME, SUBJECT_DISPLAY_NAME);
    clue.put(DisciplineVariables.ALLEGATION, "反映李四在执行案件中接受当事人宴请。");
    clue.put(DisciplineVariables.COMPLAINANT_NAMED, complainantNamed);
    clue.put(DisciplineVariables.VERIFICATION_TEAM, VERIFICATION_TEAM);
    clue.put(DisciplineVariables.FINDINGS, "经初步核实，反映问题部分属实。");
    clue.put(DisciplineVariables.BUSINESS_TITLE, "问题线索 " + CASE_NO);
    clue.put(CLUE_ID, CLUE_INSTANCE);
    return runtimeService().startProcessInstanceByKey(PROCESS_ID, clue);
  }

  /**
   * The task is assigned to the user alone (no candidate group), shows its own form and is due at
   * the end of {@code dueDay}.
   */
  private static void assertAssignedTo(Task task, String user, String form, String dueDay) {
    assertThat(task).isAssignedTo(user);
    assertNoCandidateGroups(task);
    Assertions.assertThat(formIdOf(formService(), task)).isEqualTo(form);
    Assertions.assertThat(task.getDueDate()).as("due date of %s", form).isEqualTo(endOf(dueDay));
  }

  /** The task is offered to exactly these users, no group, unassigned, with its own form. */
  private static void assertOfferedTo(Task task, List<String> users, String form, String dueDay) {
    assertThat(task).isNotAssigned();
    assertNoCandidateGroups(task);
    Assertions.assertThat(candidateUsers(task)).containsExactlyInAnyOrderElementsOf(users);
    Assertions.assertThat(formIdOf(formService(), task)).isEqualTo(form);
    Assertions.assertThat(task.getDueDate()).as("due date of %s", form).isEqualTo(endOf(dueDay));
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
