package cn.ronghe.membership;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 确定入党积极分子 (on complete): the branch committee's resolution, or not yet. */
@Component
class RecordActivistDecisionDelegate implements TaskListener {

  private final IntakeService intakes;

  RecordActivistDecisionDelegate(IntakeService intakes) {
    this.intakes = intakes;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean activist = "activist".equals(task.getVariable("activistDecision"));
    intakes.decideActivist(
        IntakeVariables.intakeId(task),
        activist,
        activist ? IntakeVariables.text(task, "recommendationType") : null,
        activist ? IntakeVariables.date(task, "resolutionDate") : null);
  }
}
