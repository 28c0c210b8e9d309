package cn.ronghe.processes.report;

import static cn.ronghe.processes.report.ReportVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * What each step of 党组织主体责任报告 ({@code bpmn/responsibilityReport.bpmn}) submits, as the forms would,
 * a walk of a report from its draft to its acceptance, and the reports a round called.
 */
final class ReportSteps {

  private ReportSteps() {}

  /** The secretary's draft: both sections written, the second figure corrected with a note. */
  static Map<String, Object> draft() {
    List<Map<String, Object>> sections = new ArrayList<>();
    sections.add(section("一、履行主体责任情况", "全年召开支委会 12 次，专题研究党风廉政建设 4 次。"));
    sections.add(section("二、存在的问题和下一步措施", "谈心谈话覆盖面不足；下一步做到每季度全覆盖。"));
    List<Map<String, Object>> figures = new ArrayList<>();
    figures.add(figure("召开支委会（次）", 12, 12, ""));
    figures.add(figure("开展谈心谈话（人次）", 36, 38, "两次谈话在系统上线前进行，未录入"));
    Map<String, Object> variables = new HashMap<>();
    variables.put(SECTIONS, sections);
    variables.put(FIGURES, figures);
    return variables;
  }

  static Map<String, Object> branchReview(String decision) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(BRANCH_REVIEW_DECISION, decision);
    variables.put(BRANCH_REVIEW_OPINION, AGREE.equals(decision) ? "同意报送" : "问题查摆不够深入，请补充");
    return variables;
  }

  static Map<String, Object> sign() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(SIGN_CONFIRMED, true);
    return variables;
  }

  static Map<String, Object> disciplineOpinion() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(DISCIPLINE_OPINION, "落实监督责任情况属实，建议加强对重点岗位的日常监督。");
    return variables;
  }

  /** The Party committee accepts with a score, a grade and one feedback problem. */
  static Map<String, Object> accept() {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put(FEEDBACK_PROBLEM, "谈心谈话覆盖面不足");
    item.put(FEEDBACK_OWNER, ReportStandIns.ZHANGSAN);
    item.put(FEEDBACK_MEASURE, "制定季度谈心谈话计划，逐人落实");
    item.put(FEEDBACK_DEADLINE, "2026-06-30");
    List<Map<String, Object>> items = new ArrayList<>();
    items.add(item);
    Map<String, Object> variables = new HashMap<>();
    variables.put(REVIEW_DECISION, ACCEPT);
    variables.put(REVIEW_COMMENT, "报告内容全面，问题查摆具体。");
    variables.put(SCORE, 92.5);
    variables.put(GRADE, GRADE_EXCELLENT);
    variables.put(FEEDBACK_ITEMS, items);
    return variables;
  }

  /** The Party committee returns the report with a comment on its second section. */
  static Map<String, Object> returnForRevision() {
    List<Map<String, Object>> sections = new ArrayList<>();
    Map<String, Object> first = new LinkedHashMap<>();
    first.put(SECTION_COMMENT, "");
    Map<String, Object> second = new LinkedHashMap<>();
    second.put(SECTION_COMMENT, "措施不具体，请写明完成时限");
    sections.add(first);
    sections.add(second);
    Map<String, Object> variables = new HashMap<>();
    variables.put(REVIEW_DECISION, RETURN);
    variables.put(REVIEW_COMMENT, "请按修改意见完善第二部分");
    variables.put(SECTIONS, sections);
    return variables;
  }

  /** Drives a report waiting at its draft through every step to {@value #END_REPORT_ACCEPTED}. */
  static void walkToAcceptance(ProcessInstance report) {
    walkToReview(report);
    complete(task(report), accept());
    assertThat(report).isEnded();
  }

  /** Drives a report waiting at its draft up to the Party committee's review. */
  static void walkToReview(ProcessInstance report) {
    assertThat(report).isWaitingAt(TASK_DRAFT_REPORT);
    complete(task(report), draft());
    complete(task(report), branchReview(AGREE));
    complete(task(report), sign());
    complete(task(report), disciplineOpinion());
    assertThat(report).isWaitingAt(TASK_REVIEW_REPORT);
  }

  /** The reports the round called, in the order of their ids. */
  static List<ProcessInstance> reportsOf(ProcessInstance round) {
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_ID)
        .superProcessInstanceId(round.getId())
        .orderByProcessInstanceId()
        .asc()
        .list();
  }

  private static Map<String, Object> section(String title, String content) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(SECTION_TITLE, title);
    row.put(SECTION_CONTENT, content);
    return row;
  }

  /** A row of {@code figures}: the count from the records, the count reported and the note. */
  static Map<String, Object> figure(String label, int computed, int reported, String note) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(FIGURE_LABEL, label);
    row.put(FIGURE_COMPUTED, computed);
    row.put(FIGURE_REPORTED, reported);
    row.put(FIGURE_NOTE, note);
    return row;
  }
}
