package cn.ronghe.membership;

import static cn.ronghe.processes.membership.MembershipIntakeVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** 递交入党申请书 (end of the start event): opens the intake case, or refuses the application. */
@Component
class OpenIntakeDelegate implements ExecutionListener {

  private final IntakeService intakes;

  OpenIntakeDelegate(IntakeService intakes) {
    this.intakes = intakes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    IntakeService.Opened opened =
        intakes.open(
            (String) execution.getVariable(APPLICANT),
            (String) execution.getVariable(BRANCH_CODE),
            execution.getProcessInstanceId(),
            IntakeVariables.date(execution, APPLICATION_DATE));
    execution.setVariable(INTAKE_ID, opened.intakeId());
    execution.setVariable(TALK_DUE, Date.from(opened.talkDueAt()));
  }
}
