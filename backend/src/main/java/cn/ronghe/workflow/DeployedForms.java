package cn.ronghe.workflow;

import cn.ronghe.workflow.form.FormSchema;
import cn.ronghe.workflow.form.FormSchemas;
import cn.ronghe.workflow.form.FormValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms of tasks and start events, read from their deployment once and kept parsed. A
 * step without a form has the empty form: nothing may be submitted to it.
 */
@Component
class DeployedForms {

  private static final String NO_FORM = "{\"components\": []}";

  private final FormService formService;
  private final RepositoryService repositoryService;
  private final FormSchemas schemas = new FormSchemas();
  private final FormValidator validator = new FormValidator();

  DeployedForms(FormService formService, RepositoryService repositoryService) {
    this.formService = formService;
    this.repositoryService = repositoryService;
  }

  FormValidator validator() {
    return validator;
  }

  /** The form of a task; every task of one step of one process version has the same form. */
  FormSchema ofTask(String taskId, String processDefinitionId, String taskKey) {
    return schemas.get(
        processDefinitionId,
        "task:" + taskKey,
        () ->
            hasForm(formService.getTaskFormData(taskId))
                ? read(() -> formService.getDeployedTaskForm(taskId))
                : NO_FORM);
  }

  /**
   * The form of a step of a process version, done or not: the user task's {@code camunda:formRef},
   * read from the version's deployment (as {@code formRefBinding="deployment"} binds it).
   */
  FormSchema ofStep(String processDefinitionId, String taskKey) {
    return schemas.get(
        processDefinitionId,
        "step:" + taskKey,
        () -> {
          ModelElementInstance element =
              repositoryService
                  .getBpmnModelInstance(processDefinitionId)
                  .getModelElementById(taskKey);
          String ref = element instanceof UserTask task ? task.getCamundaFormRef() : null;
          if (ref == null) {
            return NO_FORM;
          }
          String deployment =
              repositoryService.getProcessDefinition(processDefinitionId).getDeploymentId();
          return repositoryService.getDeploymentResourceNames(deployment).stream()
              .filter(name -> name.equals(ref + ".form") || name.endsWith("/" + ref + ".form"))
              .findFirst()
              .map(name -> read(() -> repositoryService.getResourceAsStream(deployment, name)))
              .orElse(NO_FORM);
        });
  }

  /** The start form of a process version. */
  FormSchema ofStart(String processDefinitionId) {
    return schemas.get(
        processDefinitionId,
        "start",
        () ->
            hasForm(formService.getStartFormData(processDefinitionId))
                ? read(() -> formService.getDeployedStartForm(processDefinitionId))
                : NO_FORM);
  }

  private interface Opener {
    InputStream open();
  }

  /**
   * Asked first, because the engine's "no deployed form" exception would mark the surrounding
   * transaction for rollback even when caught.
   */
  private static boolean hasForm(FormData data) {
    return data != null && (data.getCamundaFormRef() != null || data.getFormKey() != null);
  }

  private static String read(Opener opener) {
    try (InputStream in = opener.open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
