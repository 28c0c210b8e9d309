package cn.ronghe.membership;

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
            (String) execution.getVariable("applicant"),
            (String) execution.getVariable("branchCode"),
            execution.getProcessInstanceId(),
            IntakeVariables.date(execution, "applicationDate"));
    execution.setVariable("intakeId", opened.intakeId());
    execution.setVariable("talkDue", Date.from(opened.talkDueAt()));
  }
}
