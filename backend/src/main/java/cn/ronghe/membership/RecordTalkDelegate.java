package cn.ronghe.membership;

import static cn.ronghe.processes.membership.MembershipIntakeVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 与申请人谈话 (on complete): keeps the talk's date and record. */
@Component
class RecordTalkDelegate implements TaskListener {

  private final IntakeService intakes;

  RecordTalkDelegate(IntakeService intakes) {
    this.intakes = intakes;
  }

  @Override
  public void notify(DelegateTask task) {
    intakes.recordTalk(
        IntakeVariables.intakeId(task),
        task.getAssignee(),
        IntakeVariables.date(task, TALK_DATE),
        IntakeVariables.text(task, TALK_RECORD));
  }
}
