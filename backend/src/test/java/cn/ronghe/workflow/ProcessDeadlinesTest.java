package cn.ronghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApplicationTest;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code ${deadlines...}} in a BPMN, evaluated by the real engine on its own clock. */
@ApplicationTest
class ProcessDeadlinesTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  Deployment deployment;

  @AfterEach
  void cleanUp() {
    // Delete first: with the clock back to today, the job executor would fire a 2025 timer.
    if (deployment != null) {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
    ClockUtil.reset();
  }

  static Date beijing(String localDateTime) {
    return Date.from(OffsetDateTime.parse(localDateTime + "+08:00").toInstant());
  }

  /** Starts a one-task process whose task is due at the expression, and returns the task. */
  Task taskDueAt(String processId, String dueDateExpression) {
    deployment =
        repositoryService
            .createDeployment()
            .addModelInstance(
                processId + ".bpmn",
                Bpmn.createExecutableProcess(processId)
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .userTask("replyToLetter")
                    .camundaDueDate(dueDateExpression)
                    .endEvent()
                    .done())
            .deploy();
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(processId);
    return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
  }

  @Test
  void aTaskDueInThreeWorkingDaysBeforeNationalDayIsDueAtTheEndOfTheTenthOfOctober() {
    // Monday 29 September 2025: the 30th, then 1–8 October off, then the 9th and the 10th.
    ClockUtil.setCurrentTime(beijing("2025-09-29T10:30:00"));

    Task task = taskDueAt("deadlinesWorkingDays", "${deadlines.workingDays(3)}");

    assertThat(task.getDueDate()).isEqualTo(beijing("2025-10-10T23:59:59"));
  }

  @Test
  void aTimerDateFromASpecVariableFiresAtTheEndOfTheLastWorkingDay() {
    // Friday 13 February 2026: Saturday the 14th is a make-up workday, then 春节 until the 23rd.
    ClockUtil.setCurrentTime(beijing("2026-02-13T15:00:00"));
    deployment =
        repositoryService
            .createDeployment()
            .addModelInstance(
                "deadlinesTimer.bpmn",
                Bpmn.createExecutableProcess("deadlinesTimer")
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .intermediateCatchEvent("replyDeadlinePassed")
                    .timerWithDate("${deadlines.due(replyDeadline)}")
                    .endEvent()
                    .done())
            .deploy();

    ProcessInstance pi =
        runtimeService.startProcessInstanceByKey("deadlinesTimer", Map.of("replyDeadline", "P2WD"));

    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(beijing("2026-02-24T23:59:59"));
  }

  @Test
  void aTaskDueBySpecUsesTheEngineClock() {
    ClockUtil.setCurrentTime(beijing("2026-01-31T09:00:00"));

    Task task = taskDueAt("deadlinesSpec", "${deadlines.due('P1M')}");

    assertThat(task.getDueDate()).isEqualTo(beijing("2026-02-28T23:59:59"));
  }
}
