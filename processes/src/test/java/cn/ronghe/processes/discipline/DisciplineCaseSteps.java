package cn.ronghe.processes.discipline;

import static cn.ronghe.processes.discipline.DisciplineCaseVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * What each step of 立案审查 ({@code bpmn/disciplineCase.bpmn}) submits, as its forms would. A team's
 * task is claimed by its first member, then completed.
 */
final class DisciplineCaseSteps {

  static final List<String> REVIEW_TEAM_MEMBERS = List.of("zhoujie", "wuhao");
  static final List<String> HEARING_PANEL_MEMBERS = List.of("zhenglei", "fengjianguo");
  static final List<String> APPEAL_REVIEW_MEMBERS = List.of("sunli", "heyun");

  /** Friday 10 July 2026: the head's decision. */
  static final String DECISION_DAY = "2026-07-10";

  /** Monday 20 July 2026: an appeal is received. */
  static final String APPEAL_RECEIVED_DAY = "2026-07-20";

  private DisciplineCaseSteps() {}

  /** The case a clue's call activity runs. */
  static ProcessInstance caseOf(ProcessInstance clue) {
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_ID)
        .superProcessInstanceId(clue.getId())
        .singleResult();
  }

  static void assignReviewTeam(ProcessInstance pi) {
    complete(task(TASK_ASSIGN_REVIEW_TEAM, pi), withVariables(REVIEW_TEAM, REVIEW_TEAM_MEMBERS));
  }

  static void reviewToHearing(ProcessInstance pi) {
    completeAsTeam(
        task(TASK_CONDUCT_REVIEW, pi),
        withVariables(REVIEW_FINDINGS, "经审查，李四多次接受当事人宴请属实。", REVIEW_RESULT, REVIEW_TO_HEARING));
  }

  static void askForExtension(ProcessInstance pi, int days) {
    Map<String, Object> request = new HashMap<>();
    request.put(REVIEW_FINDINGS, "已调取部分银行流水，尚需询问两名当事人。");
    request.put(REVIEW_RESULT, REVIEW_EXTEND);
    request.put(EXTENSION_DAYS, (long) days);
    request.put(EXTENSION_REASON, "当事人在外地，需延期询问。");
    completeAsTeam(task(TASK_CONDUCT_REVIEW, pi), request);
  }

  static void decideExtension(ProcessInstance pi, String decision, String comment) {
    complete(
        task(TASK_APPROVE_EXTENSION, pi),
        withVariables(EXTENSION_DECISION, decision, EXTENSION_COMMENT, comment));
  }

  static void assignHearingPanel(ProcessInstance pi) {
    complete(
        task(TASK_ASSIGN_HEARING_PANEL, pi), withVariables(HEARING_PANEL, HEARING_PANEL_MEMBERS));
  }

  static void hear(ProcessInstance pi, String proposedSanction) {
    completeAsTeam(
        task(TASK_HOLD_HEARING, pi),
        withVariables(HEARING_OPINION, "事实清楚，证据确凿，定性准确。", PROPOSED_SANCTION, proposedSanction));
  }

  /** Review, hearing panel and hearing: the case waits for the head's decision. */
  static void reviewAndHear(ProcessInstance pi, String proposedSanction) {
    assignReviewTeam(pi);
    reviewToHearing(pi);
    assignHearingPanel(pi);
    hear(pi, proposedSanction);
  }

  static void decide(ProcessInstance pi, String sanction) {
    Map<String, Object> decision = new HashMap<>();
    decision.put(CASE_DECISION, CASE_DECIDE);
    decision.put(SANCTION, sanction);
    decision.put(DECISION_DATE, DECISION_DAY);
    decision.put(DECISION_NUMBER, "纪决〔2026〕1号");
    decision.put(DECISION_NOTE, "经纪委会议研究决定。");
    complete(task(TASK_DECIDE_CASE, pi), decision);
  }

  static void returnToPanel(ProcessInstance pi, String note) {
    complete(
        task(TASK_DECIDE_CASE, pi), withVariables(CASE_DECISION, CASE_RETURN, DECISION_NOTE, note));
  }

  static void informComplainant(ProcessInstance pi) {
    complete(
        task(TASK_INFORM_CASE_RESULT, pi),
        withVariables(
            DisciplineVariables.INFORMED_ON,
            "2026-07-15",
            DisciplineVariables.INFORMED_HOW,
            "letter",
            DisciplineVariables.INFORM_NOTE,
            "已书面告知处理结果。"));
  }

  static void reportExecution(ProcessInstance pi) {
    complete(
        task(TASK_REPORT_EXECUTION, pi),
        withVariables(EXECUTED_ON, "2026-07-20", EXECUTION_NOTE, "处分决定已宣布并归档。"));
  }

  static void recordAppeal(ProcessInstance pi) {
    complete(
        task(TASK_RECORD_APPEAL, pi),
        withVariables(APPEAL_RECEIVED_ON, APPEAL_RECEIVED_DAY, APPEAL_GROUNDS, "认为处分过重。"));
  }

  static void assignAppealReviewers(ProcessInstance pi) {
    complete(
        task(TASK_ASSIGN_APPEAL_REVIEWERS, pi),
        withVariables(APPEAL_REVIEWERS, APPEAL_REVIEW_MEMBERS));
  }

  static void reviewAppeal(ProcessInstance pi) {
    completeAsTeam(task(TASK_REVIEW_APPEAL, pi), withVariables(APPEAL_FINDINGS, "申诉理由部分成立，情节较轻。"));
  }

  static void decideAppeal(ProcessInstance pi, String result, String appealSanction) {
    Map<String, Object> decision = new HashMap<>();
    decision.put(APPEAL_RESULT, result);
    if (appealSanction != null) {
      decision.put(APPEAL_SANCTION, appealSanction);
    }
    decision.put(APPEAL_NOTE, "经复查作出决定。");
    complete(task(TASK_DECIDE_APPEAL, pi), decision);
  }

  /** A team's task: its first candidate claims it and completes it. */
  private static void completeAsTeam(Task task, Map<String, Object> variables) {
    String member =
        taskService().getIdentityLinksForTask(task.getId()).stream()
            .map(link -> link.getUserId())
            .filter(user -> user != null)
            .sorted()
            .findFirst()
            .orElseThrow(
                () -> new AssertionError(task.getTaskDefinitionKey() + " has no candidate"));
    taskService().claim(task.getId(), member);
    complete(task, variables);
  }
}
