package cn.ronghe.processes.report;

import static cn.ronghe.processes.ProcessTestSupport.startFormAs;
import static cn.ronghe.processes.ProcessTestSupport.startFormIdOf;
import static cn.ronghe.processes.report.ReportSteps.reportsOf;
import static cn.ronghe.processes.report.ReportSteps.walkToAcceptance;
import static cn.ronghe.processes.report.ReportVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.ronghe.processes.DeployedModuleTest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Walks the paths of 主体责任报告 ({@code bpmn/reportRound.bpmn}), one path per test. */
class ReportRoundProcessTest extends DeployedModuleTest {

  private static final String OPENER = "lishuji";

  /** Monday 5 January 2026, 09:00: the Party committee opens the 2025 round. */
  private static final LocalDateTime OPENED_AT = LocalDateTime.of(2026, 1, 5, 9, 0);

  private ReportStandIns standIns;

  ReportRoundProcessTest() {
    super(OPENED_AT);
  }

  @BeforeEach
  void registerStandIns() {
    standIns = ReportStandIns.register();
  }

  @Test
  void thePartyCommitteeOpensARoundWithItsStartForm() {
    ProcessDefinition definition = processDefinition(ROUND_PROCESS_ID);
    Assertions.assertThat(startFormIdOf(formService(), definition))
        .isEqualTo(FORM_OPEN_REPORT_ROUND);
    Assertions.assertThat(
            repositoryService().getIdentityLinksForProcessDefinition(definition.getId()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly(GROUP_PARTY_COMMITTEE);

    ProcessInstance round = openRound();

    assertThat(round).isWaitingAt(CALL_COLLECT_REPORTS);
    Assertions.assertThat(runtimeService().getVariables(round.getId()))
        .containsEntry(INITIATOR, OPENER)
        .containsEntry(ROUND_SKIPPED, false)
        .containsEntry(BUSINESS_TITLE, "2025年度落实全面从严治党主体责任情况报告");
    Assertions.assertThat(standIns.roundsOpenedWithYear).containsExactly(2025L);
  }

  @Test
  void eachReportingOrganisationReportsInItsOwnInstanceWithTheRoundsSettings() {
    ProcessInstance round = openRound();

    List<ProcessInstance> reports = reportsOf(round);
    Assertions.assertThat(reports).hasSize(2);
    Assertions.assertThat(reports)
        .extracting(report -> runtimeService().getVariable(report.getId(), ORG_CODE))
        .containsExactlyInAnyOrder("branch-1", "branch-3");
    for (ProcessInstance report : reports) {
      String org = (String) runtimeService().getVariable(report.getId(), ORG_CODE);
      Assertions.assertThat(runtimeService().getVariables(report.getId()))
          .containsEntry(REPORT_YEAR, 2025L)
          .containsEntry(DUE_ON, "2026-01-30")
          .containsEntry(TEMPLATE_CODE, ReportStandIns.DEFAULT_TEMPLATE)
          .containsEntry(REQUIREMENTS, "重点报告巡察整改情况")
          .containsEntry(ROUND_INSTANCE_ID, round.getId())
          .containsEntry(
              BUSINESS_TITLE, "2025年度落实全面从严治党主体责任情况报告—" + ReportStandIns.ORG_NAMES.get(org))
          .doesNotContainKeys(REPORTING_ORGS, REPORTING_ORG, INITIATOR, ROUND_SKIPPED);
      assertThat(report).isWaitingAt(TASK_DRAFT_REPORT);
      assertThat(task(report)).hasCandidateGroup(GROUP_BRANCH_SECRETARY_PREFIX + org);
    }
    Assertions.assertThat(standIns.calls)
        .containsExactlyInAnyOrder(
            ROUND_OPENED_DELEGATE + " 2025",
            REPORT_OPENED_DELEGATE + " branch-1",
            REPORT_OPENED_DELEGATE + " branch-3");
  }

  @Test
  void theRoundClosesOnlyWhenEveryReportIsAccepted() {
    ProcessInstance round = openRound();
    List<ProcessInstance> reports = reportsOf(round);

    walkToAcceptance(reports.get(0));
    assertThat(round).isWaitingAt(CALL_COLLECT_REPORTS);
    Assertions.assertThat(standIns.calls).doesNotContain(ROUND_CLOSED_DELEGATE + " 2025");

    walkToAcceptance(reports.get(1));
    assertThat(round)
        .hasPassedInOrder(CALL_COLLECT_REPORTS, END_ROUND_CLOSED)
        .hasNotPassed(END_ROUND_SKIPPED)
        .isEnded();
    Assertions.assertThat(standIns.calls)
        .filteredOn(call -> call.startsWith(ROUND_CLOSED_DELEGATE))
        .containsExactly(ROUND_CLOSED_DELEGATE + " 2025");
  }

  @Test
  void aRoundTheYearAlreadyHasIsSkippedWithoutReports() {
    standIns.yearAlreadyOpened = true;

    ProcessInstance round = openRound();

    assertThat(round)
        .hasPassed(END_ROUND_SKIPPED)
        .hasNotPassed(CALL_COLLECT_REPORTS, END_ROUND_CLOSED)
        .isEnded();
    Assertions.assertThat(
            runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count())
        .isZero();
    Assertions.assertThat(standIns.calls).containsExactly(ROUND_OPENED_DELEGATE + " 2025");
  }

  // ---- helpers -------------------------------------------------------------------------------

  private ProcessInstance openRound() {
    Map<String, Object> values = new HashMap<>();
    values.put(REPORT_YEAR, 2025L);
    values.put(DUE_ON, "2026-01-30");
    values.put(TEMPLATE_CODE, ReportStandIns.DEFAULT_TEMPLATE);
    values.put(REPORTING_ORGS, new ArrayList<>(List.of("branch-1", "branch-3")));
    values.put(REQUIREMENTS, "重点报告巡察整改情况");
    return startFormAs(processEngine(), ROUND_PROCESS_ID, OPENER, values);
  }
}
