package cn.ronghe.processes.followup;

import static cn.ronghe.processes.ProcessTestSupport.date;
import static cn.ronghe.processes.ProcessTestSupport.endOf;
import static cn.ronghe.processes.ProcessTestSupport.formIdOf;
import static cn.ronghe.processes.followup.FollowUpVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.ronghe.processes.DeployedModuleTest;
import cn.ronghe.processes.RecordedNotices;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Walks the paths of 整改事项跟踪销号 ({@code bpmn/followUp.bpmn}), one path per test. */
class FollowUpProcessTest extends DeployedModuleTest {

  private static final String OWNER = "zhangsan";

  /** Monday 2 March 2026, 09:00; the item is due at the end of Tuesday 31 March. */
  private static final LocalDateTime FOUND_AT = LocalDateTime.of(2026, 3, 2, 9, 0);

  private static final String DEADLINE = "2026-03-31";

  private RecordedNotices notices;

  FollowUpProcessTest() {
    super(FOUND_AT);
  }

  @BeforeEach
  void registerStandIns() {
    notices = RecordedNotices.register();
  }

  @Test
  void itemReportedDoneAndVerifiedIsClosed() {
    ProcessInstance pi = openItem();

    assertThat(pi).isWaitingAt(TASK_REPORT_FOLLOW_UP_PROGRESS);
    Task report = task(pi);
    assertThat(report).isAssignedTo(OWNER).hasFormKey(null);
    Assertions.assertThat(formIdOf(formService(), report))
        .isEqualTo(TASK_REPORT_FOLLOW_UP_PROGRESS);
    Assertions.assertThat(report.getDueDate()).isEqualTo(endOf(DEADLINE));
    complete(report, progress(PROGRESS_DONE));

    assertThat(pi).isWaitingAt(TASK_VERIFY_FOLLOW_UP);
    Task verify = task(pi);
    assertThat(verify)
        .hasCandidateGroup(GROUP_BRANCH_SECRETARY_PREFIX + "branch-1")
        .isNotAssigned();
    Assertions.assertThat(formIdOf(formService(), verify)).isEqualTo(TASK_VERIFY_FOLLOW_UP);
    complete(verify, verification(VERIFY_CLOSED));

    assertThat(pi)
        .hasPassedInOrder(
            TASK_REPORT_FOLLOW_UP_PROGRESS, TASK_VERIFY_FOLLOW_UP, END_FOLLOW_UP_CLOSED)
        .isEnded();
    Assertions.assertThat(variable(pi, FOLLOW_UP_OUTCOME)).isEqualTo(OUTCOME_CLOSED);
    Assertions.assertThat(notices.sent()).isEmpty();
  }

  @Test
  void progressReportsRepeatUntilDoneAndAReturnedVerificationGoesBackToTheOwner() {
    ProcessInstance pi = openItem();

    complete(task(pi), progress(PROGRESS_ONGOING));
    assertThat(pi).isWaitingAt(TASK_REPORT_FOLLOW_UP_PROGRESS);
    assertThat(task(pi)).isAssignedTo(OWNER);
    complete(task(pi), progress(PROGRESS_DONE));

    assertThat(pi).isWaitingAt(TASK_VERIFY_FOLLOW_UP);
    complete(task(pi), verification(VERIFY_RETURNED));

    assertThat(pi).isWaitingAt(TASK_REPORT_FOLLOW_UP_PROGRESS).isNotEnded();
    assertThat(task(pi)).isAssignedTo(OWNER);
    complete(task(pi), progress(PROGRESS_DONE));
    complete(task(pi), verification(VERIFY_CLOSED));

    assertThat(pi).isEnded();
    Assertions.assertThat(
            historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId())
                .activityId(TASK_REPORT_FOLLOW_UP_PROGRESS)
                .count())
        .as("reports: still ongoing, done, done again after the return")
        .isEqualTo(3);
    Assertions.assertThat(
            historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId())
                .activityId(TASK_VERIFY_FOLLOW_UP)
                .count())
        .isEqualTo(2);
  }

  @Test
  void anItemReportedDoneIsNotClosedUntilTheBranchSecretaryVerifiesIt() {
    ProcessInstance pi = openItem();
    complete(task(pi), progress(PROGRESS_DONE));

    assertThat(pi).isWaitingAt(TASK_VERIFY_FOLLOW_UP).isNotEnded();
    Assertions.assertThat(variable(pi, FOLLOW_UP_OUTCOME)).isNull();
    // only the branch's secretaries may take the verification: not its owner
    List<IdentityLink> links = taskService().getIdentityLinksForTask(task(pi).getId());
    Assertions.assertThat(links)
        .extracting(IdentityLink::getGroupId)
        .containsExactly(GROUP_BRANCH_SECRETARY_PREFIX + "branch-1");
    Assertions.assertThat(links).extracting(IdentityLink::getUserId).containsOnlyNulls();
    Assertions.assertThat(taskService().createTaskQuery().taskCandidateUser(OWNER).count())
        .isZero();
  }

  @Test
  void anItemStillOpenAtItsDeadlineIsEscalatedToThePartyCommitteeAndStaysOpen() {
    ProcessInstance pi = openItem();
    complete(task(pi), progress(PROGRESS_ONGOING));

    Job timer = managementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
    Assertions.assertThat(timer.getDuedate()).isEqualTo(endOf(DEADLINE));
    ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 4, 1, 8, 0)));
    execute(timer);

    Assertions.assertThat(notices.sent())
        .containsExactly(GROUP_PARTY_COMMITTEE + " 整改事项超期未销号：案件审理报告说理不充分");
    assertThat(pi)
        .hasPassed(SERVICE_ESCALATE_FOLLOW_UP, END_FOLLOW_UP_ESCALATED)
        .isWaitingAt(TASK_REPORT_FOLLOW_UP_PROGRESS);
    complete(task(pi), progress(PROGRESS_DONE));
    complete(task(pi), verification(VERIFY_CLOSED));
    assertThat(pi).isEnded();
    Assertions.assertThat(notices.sent()).hasSize(1);
  }

  @Test
  void anItemClosedBeforeItsDeadlineLeavesNoTimer() {
    ProcessInstance pi = openItem();
    complete(task(pi), progress(PROGRESS_DONE));
    complete(task(pi), verification(VERIFY_CLOSED));

    assertThat(pi).isEnded();
    Assertions.assertThat(
            managementService().createJobQuery().processInstanceId(pi.getId()).count())
        .isZero();
  }

  private ProcessInstance openItem() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ITEM_TITLE, "案件审理报告说理不充分");
    variables.put(ITEM_MEASURE, "学习裁判文书说理指导意见，本月内重写两份审理报告");
    variables.put(ITEM_OWNER, OWNER);
    variables.put(ITEM_OWNER_NAME, "张三");
    variables.put(ITEM_DEADLINE, endOf(DEADLINE));
    variables.put(BRANCH_CODE, "branch-1");
    variables.put(BRANCH_NAME, "第一党支部（审判业务）");
    variables.put(SOURCE_TITLE, "2026 年谈心谈话：李强与张三");
    return runtimeService().startProcessInstanceByKey(PROCESS_ID, variables);
  }

  private static Map<String, Object> progress(String state) {
    return withVariables(PROGRESS_REPORT, "已重写一份审理报告，正在重写第二份", PROGRESS_STATE, state);
  }

  private static Map<String, Object> verification(String decision) {
    return withVariables(VERIFY_DECISION, decision, VERIFY_COMMENT, "已查阅重写的审理报告");
  }

  private Object variable(ProcessInstance pi, String name) {
    var value =
        historyService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(pi.getId())
            .variableName(name)
            .singleResult();
    return value == null ? null : value.getValue();
  }
}
