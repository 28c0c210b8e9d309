package cn.ronghe.membership;

import static cn.ronghe.processes.membership.MembershipIntakeVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 指派谈话人 (on complete): the talker must be a full member of the branch. */
@Component
class AssignTalkerDelegate implements TaskListener {

  private final IntakeService intakes;

  AssignTalkerDelegate(IntakeService intakes) {
    this.intakes = intakes;
  }

  @Override
  public void notify(DelegateTask task) {
    intakes.assignTalker(
        IntakeVariables.intakeId(task), IntakeVariables.text(task, TALKER).strip());
  }
}
