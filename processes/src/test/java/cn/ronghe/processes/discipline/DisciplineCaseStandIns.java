package cn.ronghe.processes.discipline;

import static cn.ronghe.processes.discipline.DisciplineCaseVariables.*;
import static cn.ronghe.processes.discipline.DisciplineVariables.CASE_NUMBER;
import static cn.ronghe.processes.discipline.DisciplineVariables.VERIFICATION_TEAM;

import cn.ronghe.processes.ProcessTestSupport;
import cn.ronghe.processes.WeekdayDeadlines;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stands in for the eight beans {@code bpmn/disciplineCase.bpmn} calls, sets the variables the real
 * ones set and keeps what they were called with. Teams are refused as the backend refuses them:
 * fewer than two, or (hearing panel, appeal reviewers) someone who investigated the case. The due
 * dates are the ends of calendar days: review 90 days after the opening, moved by an approved
 * extension; execution 6 months and the appeal window 1 month after the decision date; the appeal's
 * review 3 months after its receipt.
 */
final class DisciplineCaseStandIns {

  /** The review is due this many calendar days after the case is opened. */
  static final int REVIEW_DAYS = 90;

  static final int EXECUTION_MONTHS = 6;
  static final int APPEAL_WINDOW_MONTHS = 1;
  static final int APPEAL_REVIEW_MONTHS = 3;

  /** Each call, in order: "{@code <bean> <activity id>}". */
  final List<String> calls = new ArrayList<>();

  private DisciplineCaseStandIns() {}

  static DisciplineCaseStandIns register() {
    DisciplineCaseStandIns standIns = new DisciplineCaseStandIns();
    Mocks.register(CASE_OPENED_DELEGATE, (ExecutionListener) standIns::caseOpened);
    Mocks.register(REVIEW_TEAM_DELEGATE, (TaskListener) standIns::reviewTeamAssigned);
    Mocks.register(EXTENSION_DECIDED_DELEGATE, (TaskListener) standIns::extensionDecided);
    Mocks.register(HEARING_PANEL_DELEGATE, (TaskListener) standIns::hearingPanelAssigned);
    Mocks.register(CASE_DECIDED_DELEGATE, (TaskListener) standIns::caseDecided);
    Mocks.register(APPEAL_REVIEWERS_DELEGATE, (TaskListener) standIns::appealReviewersAssigned);
    Mocks.register(
        APPEAL_DECIDED_DELEGATE,
        (TaskListener) task -> standIns.called(APPEAL_DECIDED_DELEGATE, task));
    Mocks.register(
        CASE_CLOSED_DELEGATE,
        (ExecutionListener)
            execution ->
                standIns.calls.add(CASE_CLOSED_DELEGATE + " " + execution.getCurrentActivityId()));
    return standIns;
  }

  /** The beans called, in order, without the activity. */
  List<String> beans() {
    return calls.stream().map(call -> call.substring(0, call.indexOf(' '))).toList();
  }

  /** {@code caseOpenedDelegate}: the review is due 90 days after today. */
  private void caseOpened(DelegateExecution execution) {
    calls.add(CASE_OPENED_DELEGATE + " " + execution.getCurrentActivityId());
    execution.setVariable(REVIEW_DUE, new WeekdayDeadlines().calendarDays(REVIEW_DAYS));
    execution.setVariable(
        DisciplineVariables.BUSINESS_TITLE, "立案审查 " + execution.getVariable(CASE_NUMBER));
  }

  private void reviewTeamAssigned(DelegateTask task) {
    called(REVIEW_TEAM_DELEGATE, task);
    List<String> team = atLeastTwo(task, REVIEW_TEAM, "审查组至少两人");
    task.setVariable(REVIEW_TEAM_USERS, String.join(",", team));
  }

  /** {@code extensionDecidedDelegate}: an approved extension moves the review's due date. */
  private void extensionDecided(DelegateTask task) {
    called(EXTENSION_DECIDED_DELEGATE, task);
    if (EXTENSION_APPROVE.equals(task.getVariable(EXTENSION_DECISION))) {
      int days = ((Number) task.getVariable(EXTENSION_DAYS)).intValue();
      LocalDate due = day((Date) task.getVariable(REVIEW_DUE)).plusDays(days);
      task.setVariable(REVIEW_DUE, ProcessTestSupport.endOf(due.toString()));
    }
  }

  private void hearingPanelAssigned(DelegateTask task) {
    called(HEARING_PANEL_DELEGATE, task);
    List<String> panel = atLeastTwo(task, HEARING_PANEL, "审理组至少两人");
    refuseInvestigators(task, panel, "参与初步核实或审查的人员不得参加审理");
    task.setVariable(HEARING_PANEL_USERS, String.join(",", panel));
  }

  /** {@code caseDecidedDelegate}: a decision sets the execution's and the appeal's due dates. */
  private void caseDecided(DelegateTask task) {
    called(CASE_DECIDED_DELEGATE, task);
    if (CASE_DECIDE.equals(task.getVariable(CASE_DECISION))) {
      LocalDate decided = LocalDate.parse((String) task.getVariable(DECISION_DATE));
      task.setVariable(
          EXECUTION_DUE, ProcessTestSupport.endOf(decided.plusMonths(EXECUTION_MONTHS).toString()));
      task.setVariable(
          APPEAL_DEADLINE,
          ProcessTestSupport.endOf(decided.plusMonths(APPEAL_WINDOW_MONTHS).toString()));
    }
  }

  private void appealReviewersAssigned(DelegateTask task) {
    called(APPEAL_REVIEWERS_DELEGATE, task);
    List<String> reviewers = atLeastTwo(task, APPEAL_REVIEWERS, "复查组至少两人");
    refuseInvestigators(task, reviewers, "原核查、审查人员不得参加复查");
    task.setVariable(APPEAL_REVIEWER_USERS, String.join(",", reviewers));
    LocalDate received = LocalDate.parse((String) task.getVariable(APPEAL_RECEIVED_ON));
    task.setVariable(
        APPEAL_DUE, ProcessTestSupport.endOf(received.plusMonths(APPEAL_REVIEW_MONTHS).toString()));
  }

  private void called(String bean, DelegateTask task) {
    calls.add(bean + " " + task.getTaskDefinitionKey());
  }

  @SuppressWarnings("unchecked")
  private static List<String> atLeastTwo(DelegateTask task, String variable, String refusal) {
    List<String> people = (List<String>) task.getVariable(variable);
    if (people == null || people.size() < 2) {
      throw new IllegalArgumentException(refusal);
    }
    return people;
  }

  /** Those who verified the clue or reviewed the case may not hear it nor review its appeal. */
  private static void refuseInvestigators(
      VariableScope scope, Collection<String> people, String refusal) {
    Set<String> investigators = new HashSet<>();
    for (String variable : List.of(VERIFICATION_TEAM, REVIEW_TEAM)) {
      @SuppressWarnings("unchecked")
      List<String> team = (List<String>) scope.getVariable(variable);
      if (team != null) {
        investigators.addAll(team);
      }
    }
    if (people.stream().anyMatch(investigators::contains)) {
      throw new IllegalArgumentException(refusal);
    }
  }

  private static LocalDate day(Date date) {
    return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }
}
