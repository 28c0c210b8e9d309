package cn.ronghe.processes.report;

import static cn.ronghe.processes.ProcessTestSupport.date;
import static cn.ronghe.processes.report.ReportSteps.reportsOf;
import static cn.ronghe.processes.report.ReportVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.ronghe.processes.DeployedModuleTest;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 主体责任报告年度部署 ({@code bpmn/reportYear.bpmn}): on 2 January at 09:00 the round of the year before
 * opens by itself, with the defaults of {@code reportRoundOpenedDelegate}.
 */
class ReportYearProcessTest extends DeployedModuleTest {

  /** Deployed on Sunday 29 November 2026: the first round opens on 2 January 2027. */
  private static final LocalDateTime DEPLOYED_AT = LocalDateTime.of(2026, 11, 29, 9, 0);

  private static final LocalDateTime FIRST_OPENING = LocalDateTime.of(2027, 1, 2, 9, 0);

  private ReportStandIns standIns;

  ReportYearProcessTest() {
    super(DEPLOYED_AT);
  }

  @BeforeEach
  void registerStandIns() {
    standIns = ReportStandIns.register();
  }

  @Test
  void theYearlyTimerIsSetForTheSecondOfJanuaryAndNobodyStartsItByHand() {
    Assertions.assertThat(yearTimer().getDuedate()).isEqualTo(date(FIRST_OPENING));
    String definitionId = processDefinition(YEAR_PROCESS_ID).getId();
    Assertions.assertThat(repositoryService().getIdentityLinksForProcessDefinition(definitionId))
        .isEmpty();
    Assertions.assertThat(
            runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(ROUND_PROCESS_ID)
                .count())
        .isZero();
  }

  @Test
  void onTheSecondOfJanuaryLastYearsRoundOpensWithTheDefaults() {
    ClockUtil.setCurrentTime(date(FIRST_OPENING.plusMinutes(1)));
    execute(yearTimer());

    ProcessInstance round =
        runtimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(ROUND_PROCESS_ID)
            .superProcessInstanceId(yearInstance().getId())
            .singleResult();
    Assertions.assertThat(round).as("a round called by the year").isNotNull();
    Assertions.assertThat(standIns.roundsOpenedWithYear)
        .as("the timer passes nothing: the round takes its defaults")
        .containsExactly((Object) null);
    assertThat(round).isWaitingAt(CALL_COLLECT_REPORTS);
    Assertions.assertThat(runtimeService().getVariables(round.getId()))
        .containsEntry(INITIATOR, null)
        .containsEntry(REPORT_YEAR, 2026L);
    assertThat(
            runtimeService()
                .createProcessInstanceQuery()
                .processInstanceId(yearInstance().getId())
                .singleResult())
        .isWaitingAt(CALL_OPEN_YEARS_ROUND);

    List<ProcessInstance> reports = reportsOf(round);
    Assertions.assertThat(reports)
        .extracting(report -> runtimeService().getVariable(report.getId(), ORG_CODE))
        .containsExactlyInAnyOrderElementsOf(ReportStandIns.DEFAULT_ORGS);
    for (ProcessInstance report : reports) {
      Assertions.assertThat(runtimeService().getVariables(report.getId()))
          .containsEntry(REPORT_YEAR, 2026L)
          .containsEntry(DUE_ON, "2027-01-31")
          .containsEntry(TEMPLATE_CODE, ReportStandIns.DEFAULT_TEMPLATE)
          .containsEntry(REQUIREMENTS, null);
      assertThat(report).isWaitingAt(TASK_DRAFT_REPORT);
    }

    Assertions.assertThat(yearTimer().getDuedate())
        .as("and again a year later")
        .isEqualTo(date(FIRST_OPENING.plusYears(1)));
  }

  @Test
  void aYearThatAlreadyHasItsRoundIsSkipped() {
    standIns.yearAlreadyOpened = true;
    ClockUtil.setCurrentTime(date(FIRST_OPENING.plusMinutes(1)));
    execute(yearTimer());

    HistoricProcessInstance round =
        historyService()
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(ROUND_PROCESS_ID)
            .singleResult();
    Assertions.assertThat(round.getEndActivityId()).isEqualTo(END_ROUND_SKIPPED);
    Assertions.assertThat(
            runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count())
        .isZero();
    Assertions.assertThat(yearInstance().getState())
        .isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    Assertions.assertThat(yearInstance().getEndActivityId()).isEqualTo(END_REPORT_YEAR_OPENED);
  }

  private Job yearTimer() {
    return managementService()
        .createJobQuery()
        .processDefinitionKey(YEAR_PROCESS_ID)
        .timers()
        .singleResult();
  }

  /** The instance the timer started, running or ended. */
  private HistoricProcessInstance yearInstance() {
    return historyService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(YEAR_PROCESS_ID)
        .singleResult();
  }
}
