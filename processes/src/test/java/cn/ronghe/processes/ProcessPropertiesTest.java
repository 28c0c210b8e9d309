package cn.ronghe.processes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.processes.discipline.DisciplineCaseVariables;
import cn.ronghe.processes.discipline.DisciplineVariables;
import cn.ronghe.processes.followup.FollowUpVariables;
import cn.ronghe.processes.talk.TalkVariables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/** The process-level properties of {@link ProcessProperties} on the module's models. */
class ProcessPropertiesTest {

  @Test
  void onlyTheTalkAndTheDisciplineClueAndCaseAreConfidentialFollowUpsInheritItThroughTheirRoot() {
    Map<String, String> confidential = new TreeMap<>();
    for (String bpmn : ProcessResources.bpmn()) {
      for (Process process : read(bpmn).getModelElementsByType(Process.class)) {
        String value = property(process, ProcessProperties.CONFIDENTIAL);
        if (value != null) {
          confidential.put(process.getId(), value);
        }
      }
    }
    assertThat(confidential)
        .containsExactly(
            Map.entry(DisciplineCaseVariables.PROCESS_ID, "true"),
            Map.entry(DisciplineVariables.PROCESS_ID, "true"),
            Map.entry(TalkVariables.PROCESS_ID, "true"));
    assertThat(confidential).doesNotContainKey(FollowUpVariables.PROCESS_ID);
  }

  /** The value of the process's property of that name, or null. */
  private static String property(Process process, String name) {
    ExtensionElements extensions = process.getExtensionElements();
    if (extensions == null) {
      return null;
    }
    return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> name.equals(p.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .findFirst()
        .orElse(null);
  }

  private static BpmnModelInstance read(String bpmn) {
    try (InputStream in = ProcessResources.open(bpmn)) {
      return Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
