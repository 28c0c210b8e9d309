package cn.ronghe.processes.discipline;

import static cn.ronghe.processes.ProcessTestSupport.endOf;
import static cn.ronghe.processes.discipline.DisciplineVariables.*;

import cn.ronghe.processes.WeekdayDeadlines;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stands in for the five beans {@code bpmn/disciplineClue.bpmn} calls, and keeps what they were
 * called with. The commission head is 赵敏 ({@value #HEAD_USER}); the subject of every clue is 李四
 * ({@value #SUBJECT_USER}); a clue is numbered {@value #CASE_NO}. The due dates of the steps call
 * {@code deadlines}, for which {@link cn.ronghe.processes.DeployedModuleTest} registers {@link
 * WeekdayDeadlines}.
 */
final class DisciplineStandIns {

  static final String HEAD_USER = "zhaomin";
  static final String SUBJECT_USER = "lisi";
  static final String SUBJECT_DISPLAY_NAME = "李四";
  static final String CASE_NO = "纪线〔2026〕3号";

  /** The team's report is due this many calendar days after the team is formed. */
  static final int VERIFICATION_DAYS = 30;

  /** The reply to an inquiry is due this many working days after the inquiry's date. */
  static final int REPLY_WORKING_DAYS = 15;

  /** Whether {@code clueRegisteredDelegate} finds the clue is for the higher level. */
  boolean higherLevel;

  /** Each call, in order: "{@code <bean> <activity id>}". */
  final List<String> calls = new ArrayList<>();

  private DisciplineStandIns() {}

  static DisciplineStandIns register() {
    DisciplineStandIns standIns = new DisciplineStandIns();
    Mocks.register(CLUE_REGISTERED_DELEGATE, (ExecutionListener) standIns::registerClue);
    Mocks.register(
        DISPOSAL_APPROVED_DELEGATE,
        (TaskListener) task -> standIns.called(DISPOSAL_APPROVED_DELEGATE, task));
    Mocks.register(INQUIRY_SENT_DELEGATE, (TaskListener) standIns::inquirySent);
    Mocks.register(VERIFICATION_TEAM_DELEGATE, (TaskListener) standIns::teamAssigned);
    Mocks.register(
        CLUE_CLOSED_DELEGATE,
        (ExecutionListener)
            execution ->
                standIns.calls.add(CLUE_CLOSED_DELEGATE + " " + execution.getCurrentActivityId()));
    return standIns;
  }

  /** The ends {@code clueClosedDelegate} ran at, in order. */
  List<String> closings() {
    return calls.stream()
        .filter(call -> call.startsWith(CLUE_CLOSED_DELEGATE + " "))
        .map(call -> call.substring(CLUE_CLOSED_DELEGATE.length() + 1))
        .toList();
  }

  /** {@code clueRegisteredDelegate}: numbers the clue and opens its access list. */
  private void registerClue(DelegateExecution execution) {
    calls.add(CLUE_REGISTERED_DELEGATE + " " + execution.getCurrentActivityId());
    execution.setVariable(CASE_NUMBER, CASE_NO);
    execution.setVariable(HEAD, HEAD_USER);
    execution.setVariable(HIGHER_LEVEL, higherLevel);
    execution.setVariable(
        SUBJECT_NAME,
        Map.of(SUBJECT_USER, SUBJECT_DISPLAY_NAME)
            .getOrDefault((String) execution.getVariable(SUBJECT), "?"));
    execution.setVariable(BUSINESS_TITLE, "问题线索 " + CASE_NO);
  }

  /** {@code inquirySentDelegate}: the reply is due 15 working days after the inquiry's date. */
  private void inquirySent(DelegateTask task) {
    called(INQUIRY_SENT_DELEGATE, task);
    LocalDate day = LocalDate.parse((String) task.getVariable(INQUIRY_DATE));
    for (int counted = 0; counted < REPLY_WORKING_DAYS; ) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    task.setVariable(INQUIRY_REPLY_DUE, endOf(day.toString()));
  }

  /** {@code verificationTeamDelegate}: the team as candidate users, its report's due date. */
  private void teamAssigned(DelegateTask task) {
    called(VERIFICATION_TEAM_DELEGATE, task);
    @SuppressWarnings("unchecked")
    List<String> team = (List<String>) task.getVariable(VERIFICATION_TEAM);
    if (team == null || team.size() < 2) {
      throw new IllegalArgumentException("核查组至少两人");
    }
    task.setVariable(VERIFICATION_TEAM_USERS, String.join(",", team));
    task.setVariable(VERIFICATION_DUE, new WeekdayDeadlines().calendarDays(VERIFICATION_DAYS));
  }

  private void called(String bean, DelegateTask task) {
    calls.add(bean + " " + task.getTaskDefinitionKey());
  }
}
