package cn.ronghe.processes.talk;

import static cn.ronghe.processes.ProcessTestSupport.date;
import static cn.ronghe.processes.talk.TalkVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import cn.ronghe.processes.DeployedModuleTest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 年度谈心谈话计划 ({@code bpmn/talkPlan.bpmn}) on demand for a year, and every 1 January by {@code
 * bpmn/talkYear.bpmn}.
 */
class TalkPlanProcessTest extends DeployedModuleTest {

  /** Deployed on Sunday 29 November 2026: the yearly timer first fires on 1 January 2027. */
  private static final LocalDateTime DEPLOYED_AT = LocalDateTime.of(2026, 11, 29, 9, 0);

  /** The years the plan was opened for. */
  private final List<Object> opened = new ArrayList<>();

  TalkPlanProcessTest() {
    super(DEPLOYED_AT);
  }

  @BeforeEach
  void registerStandIns() {
    Mocks.register(
        OPEN_TALK_PLAN_DELEGATE,
        (JavaDelegate)
            execution -> {
              opened.add(execution.getVariable(PLAN_YEAR));
              execution.setVariable(PLAN_TALKS_STARTED, 12);
            });
  }

  @Test
  void thePartyCommitteeOpensTheYearItChoosesInTheBackground() {
    ProcessInstance pi =
        runtimeService()
            .startProcessInstanceByKey(PLAN_PROCESS_ID, withVariables(PLAN_YEAR, 2027L));

    assertThat(pi).isWaitingAt(SERVICE_OPEN_TALK_PLAN);
    Assertions.assertThat(opened).as("not in the starter's request").isEmpty();
    execute(job(pi));

    Assertions.assertThat(opened).containsExactly(2027L);
    assertThat(pi).isEnded();
  }

  @Test
  void onTheFirstOfJanuaryTheYearOpensByItself() {
    Job timer =
        managementService()
            .createJobQuery()
            .processDefinitionKey(YEAR_PROCESS_ID)
            .timers()
            .singleResult();
    Assertions.assertThat(timer.getDuedate()).isEqualTo(date(LocalDateTime.of(2027, 1, 1, 0, 10)));

    ClockUtil.setCurrentTime(date(LocalDateTime.of(2027, 1, 1, 0, 11)));
    execute(timer);
    ProcessInstance pi =
        runtimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(PLAN_PROCESS_ID)
            .singleResult();
    execute(job(pi));

    Assertions.assertThat(opened).hasSize(1).containsOnlyNulls();
    Assertions.assertThat(
            managementService()
                .createJobQuery()
                .processDefinitionKey(YEAR_PROCESS_ID)
                .timers()
                .singleResult()
                .getDuedate())
        .as("and again a year later")
        .isEqualTo(date(LocalDateTime.of(2028, 1, 1, 0, 10)));
  }
}
