package cn.ronghe.processes.discipline;

import cn.ronghe.processes.ProcessProperties;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** What every confidential discipline model must be: marked so, and no task a group's. */
final class ConfidentialModels {

  private ConfidentialModels() {}

  /** The process carries {@code confidential=true}. */
  static void assertMarkedConfidential(BpmnModelInstance model, String processId) {
    Process process = model.getModelElementById(processId);
    Assertions.assertThat(
            process
                .getExtensionElements()
                .getElementsQuery()
                .filterByType(CamundaProperties.class)
                .list()
                .stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(p -> ProcessProperties.CONFIDENTIAL.equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue))
        .containsExactly("true");
  }

  /** The model has this many user tasks, each going to named people, none to a group. */
  static void assertEveryTaskGoesToNamedPeople(BpmnModelInstance model, int userTaskCount) {
    List<UserTask> userTasks = List.copyOf(model.getModelElementsByType(UserTask.class));
    Assertions.assertThat(userTasks).hasSize(userTaskCount);
    for (UserTask userTask : userTasks) {
      Assertions.assertThat(userTask.getCamundaCandidateGroups())
          .as("candidate groups of %s", userTask.getId())
          .isNull();
      Assertions.assertThat(
              userTask.getCamundaAssignee() != null || userTask.getCamundaCandidateUsers() != null)
          .as("%s goes to named people", userTask.getId())
          .isTrue();
    }
  }
}
