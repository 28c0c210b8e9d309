package cn.ronghe.processes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** What every process test reads the same way: dates in the engine's zone, forms, history. */
public final class ProcessTestSupport {

  private ProcessTestSupport() {}

  /** 23:59:59 of the day, when this module's due dates fall. */
  public static Date endOf(String day) {
    return date(LocalDate.parse(day).atTime(23, 59, 59));
  }

  /** A local time in the JVM's zone, as the test engine's clock reads it. */
  public static Date date(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }

  /** The id of the Camunda Form the task shows. */
  public static String formIdOf(FormService forms, Task task) {
    return ProcessResources.readJson(forms.getDeployedTaskForm(task.getId())).path("id").asText();
  }

  /** The id of the Camunda Form the process starts with. */
  public static String startFormIdOf(FormService forms, ProcessDefinition definition) {
    return ProcessResources.readJson(forms.getDeployedStartForm(definition.getId()))
        .path("id")
        .asText();
  }

  /** Submits the process's start form as the logged-in user, as the workbench does. */
  public static ProcessInstance startFormAs(
      ProcessEngine engine, String processKey, String user, Map<String, Object> values) {
    ProcessDefinition definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .latestVersion()
            .singleResult();
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      return engine.getFormService().submitStartForm(definition.getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The last value of a variable of the (possibly ended) instance. */
  public static Object historicValue(HistoryService history, ProcessInstance pi, String variable) {
    return history
        .createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId())
        .variableName(variable)
        .singleResult()
        .getValue();
  }
}
