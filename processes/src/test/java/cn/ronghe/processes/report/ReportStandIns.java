package cn.ronghe.processes.report;

import static cn.ronghe.processes.ProcessTestSupport.endOf;
import static cn.ronghe.processes.report.ReportVariables.*;

import cn.ronghe.processes.WeekdayDeadlines;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stands in for the application's beans that {@code bpmn/reportRound.bpmn} and {@code
 * bpmn/responsibilityReport.bpmn} call, and keeps what they were called with. Every report has two
 * sections and two figures; every organisation has two people, 张三 ({@value #ZHANGSAN}) and 李四
 * ({@value #LISI}). The due dates of the reports' later steps call {@code deadlines}, for which
 * {@link cn.ronghe.processes.DeployedModuleTest} registers {@link WeekdayDeadlines}.
 */
final class ReportStandIns {

  static final String ZHANGSAN = "zhangsan";
  static final String LISI = "lisi";

  /** The organisations a round opened by the timer reports from. */
  static final List<String> DEFAULT_ORGS = List.of("branch-1", "branch-2");

  static final String DEFAULT_TEMPLATE = "standard";

  /** Organisation code → name, as {@code reportOpenedDelegate} looks them up. */
  static final Map<String, String> ORG_NAMES =
      Map.of(
          "branch-1", "第一党支部（审判业务）",
          "branch-2", "第二党支部（执行）",
          "branch-3", "机关党支部");

  /** A report is escalated this many calendar days after the end of its due day. */
  static final int ESCALATE_AFTER_DAYS = 7;

  /** A returned report is due this many working days after the return. */
  static final int REVISION_WORKING_DAYS = 10;

  /** Whether {@code reportRoundOpenedDelegate} finds the year already has a round. */
  boolean yearAlreadyOpened;

  /**
   * Each call, in order: "{@code <bean> <orgCode>}" for a report's beans, "{@code <bean>
   * <reportYear>}" for a round's.
   */
  final List<String> calls = new ArrayList<>();

  /** The {@code reportYear} each round was opened with, before any default (null: the timer's). */
  final List<Object> roundsOpenedWithYear = new ArrayList<>();

  /** The rows of {@code feedbackItems} the feedback stand-in received, one list per report. */
  final List<List<Map<String, Object>>> feedbackLists = new ArrayList<>();

  /** The activity each escalation ran in, "{@code <orgCode> <activityId>}". */
  final List<String> escalations = new ArrayList<>();

  private ReportStandIns() {}

  static ReportStandIns register() {
    ReportStandIns standIns = new ReportStandIns();
    Mocks.register(ROUND_OPENED_DELEGATE, (ExecutionListener) standIns::openRound);
    Mocks.register(
        ROUND_CLOSED_DELEGATE,
        (ExecutionListener)
            execution ->
                standIns.calls.add(
                    ROUND_CLOSED_DELEGATE + " " + execution.getVariable(REPORT_YEAR)));
    Mocks.register(REPORT_OPENED_DELEGATE, (ExecutionListener) standIns::openReport);
    for (String bean :
        List.of(
            REPORT_DRAFTED_DELEGATE,
            BRANCH_REVIEWED_DELEGATE,
            REPORT_SIGNED_DELEGATE,
            DISCIPLINE_OPINION_DELEGATE)) {
      Mocks.register(
          bean, (TaskListener) task -> standIns.called(bean, task.getVariable(ORG_CODE)));
    }
    Mocks.register(
        REPORT_REVIEWED_DELEGATE,
        (TaskListener)
            task -> {
              standIns.called(REPORT_REVIEWED_DELEGATE, task.getVariable(ORG_CODE));
              if (RETURN.equals(task.getVariable(REVIEW_DECISION))) {
                // as the backend does: the revision is due N working days from the return
                Date due = new WeekdayDeadlines().workingDays(REVISION_WORKING_DAYS);
                task.setVariable(REPORT_DUE, due);
                task.setVariable(REPORT_ESCALATE_AT, escalateAt(due));
                task.setVariable(RETURN_NOTES, "机关党委：" + task.getVariable(REVIEW_COMMENT));
              }
            });
    Mocks.register(
        REPORT_ESCALATION_DELEGATE,
        (JavaDelegate)
            execution -> {
              standIns.called(REPORT_ESCALATION_DELEGATE, execution.getVariable(ORG_CODE));
              standIns.escalations.add(
                  execution.getVariable(ORG_CODE) + " " + execution.getCurrentActivityId());
            });
    Mocks.register(
        FEEDBACK_ITEMS_DELEGATE,
        (JavaDelegate)
            execution -> {
              standIns.called(FEEDBACK_ITEMS_DELEGATE, execution.getVariable(ORG_CODE));
              @SuppressWarnings("unchecked")
              List<Map<String, Object>> rows =
                  (List<Map<String, Object>>) execution.getVariable(FEEDBACK_ITEMS);
              standIns.feedbackLists.add(rows);
            });
    return standIns;
  }

  /** {@code reportRoundOpenedDelegate}: the defaults of a round the timer opened, then checks. */
  private void openRound(DelegateExecution execution) {
    Object year = execution.getVariable(REPORT_YEAR);
    roundsOpenedWithYear.add(year);
    if (year == null) {
      long lastYear =
          LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone()).getYear() - 1;
      execution.setVariable(REPORT_YEAR, lastYear);
      execution.setVariable(DUE_ON, (lastYear + 1) + "-01-31");
      execution.setVariable(TEMPLATE_CODE, DEFAULT_TEMPLATE);
      execution.setVariable(REPORTING_ORGS, new ArrayList<>(DEFAULT_ORGS));
      year = lastYear;
    }
    calls.add(ROUND_OPENED_DELEGATE + " " + year);
    execution.setVariable(ROUND_SKIPPED, yearAlreadyOpened);
    execution.setVariable(BUSINESS_TITLE, year + "年度落实全面从严治党主体责任情况报告");
  }

  /** {@code reportOpenedDelegate}: the report's sections, figures, people and dates. */
  private void openReport(DelegateExecution execution) {
    String org = (String) execution.getVariable(ORG_CODE);
    called(REPORT_OPENED_DELEGATE, org);
    execution.setVariable(ORG_NAME, ORG_NAMES.get(org));
    execution.setVariable(
        BUSINESS_TITLE,
        execution.getVariable(REPORT_YEAR) + "年度落实全面从严治党主体责任情况报告—" + ORG_NAMES.get(org));
    List<Map<String, Object>> sections = new ArrayList<>();
    sections.add(section("一、履行主体责任情况", "围绕政治建设、思想建设、组织建设等方面撰写"));
    sections.add(section("二、存在的问题和下一步措施", "问题要具体，措施要可检查"));
    execution.setVariable(SECTIONS, sections);
    List<Map<String, Object>> figures = new ArrayList<>();
    figures.add(figure("召开支委会（次）", 12));
    figures.add(figure("开展谈心谈话（人次）", 36));
    execution.setVariable(FIGURES, figures);
    List<Map<String, Object>> people = new ArrayList<>();
    people.add(option("张三", ZHANGSAN));
    people.add(option("李四", LISI));
    execution.setVariable(ORG_PEOPLE, people);
    Date due = endOf((String) execution.getVariable(DUE_ON));
    execution.setVariable(REPORT_DUE, due);
    execution.setVariable(REPORT_ESCALATE_AT, escalateAt(due));
  }

  private void called(String bean, Object orgCode) {
    calls.add(bean + " " + orgCode);
  }

  /** The end of the day {@value #ESCALATE_AFTER_DAYS} calendar days after the due day. */
  static Date escalateAt(Date due) {
    LocalDate day = LocalDate.ofInstant(due.toInstant(), zone()).plusDays(ESCALATE_AFTER_DAYS);
    return endOf(day.toString());
  }

  private static Map<String, Object> section(String title, String guidance) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(SECTION_TITLE, title);
    row.put(SECTION_GUIDANCE, guidance);
    row.put(SECTION_CONTENT, "");
    return row;
  }

  /** A figure as counted, before the secretary corrects it: reported unchanged, no note. */
  private static Map<String, Object> figure(String label, int computed) {
    return ReportSteps.figure(label, computed, computed, "");
  }

  private static Map<String, Object> option(String label, String value) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }

  private static ZoneId zone() {
    return ZoneId.systemDefault();
  }
}
