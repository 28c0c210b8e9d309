package cn.ronghe.membership;

import static cn.ronghe.processes.membership.MembershipIntakeVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 报机关党委备案 (on complete): the applicant becomes an activist in the registry. */
@Component
class FileActivistDelegate implements TaskListener {

  private final IntakeService intakes;

  FileActivistDelegate(IntakeService intakes) {
    this.intakes = intakes;
  }

  @Override
  public void notify(DelegateTask task) {
    intakes.fileActivist(
        IntakeVariables.intakeId(task),
        IntakeVariables.date(task, FILING_DATE),
        task.getAssignee());
  }
}
