package cn.ronghe.workflow;

import cn.ronghe.workflow.form.FormSchema;
import cn.ronghe.workflow.form.FormSchemas;
import cn.ronghe.workflow.form.FormValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.FormData;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms of tasks and start events, read from their deployment once and kept parsed. A
 * step without a form has the empty form: nothing may be submitted to it.
 */
@Component
class DeployedForms {

  private static final String NO_FORM = "{\"components\": []}";

  private final FormService formService;
  private final FormSchemas schemas = new FormSchemas();
  private final FormValidator validator = new FormValidator();

  DeployedForms(FormService formService) {
    this.formService = formService;
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
