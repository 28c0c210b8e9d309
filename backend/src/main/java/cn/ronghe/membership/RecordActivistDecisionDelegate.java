package cn.ronghe.membership;

import static cn.ronghe.processes.membership.MembershipIntakeVariables.*;

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
    boolean activist = ACTIVIST_DECISION_ACTIVIST.equals(task.getVariable(ACTIVIST_DECISION));
    intakes.decideActivist(
        IntakeVariables.intakeId(task),
        activist,
        activist ? IntakeVariables.text(task, RECOMMENDATION_TYPE) : null,
        activist ? IntakeVariables.date(task, RESOLUTION_DATE) : null);
  }
}
