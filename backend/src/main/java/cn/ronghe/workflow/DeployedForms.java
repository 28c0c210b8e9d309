package cn.ronghe.workflow;

import cn.ronghe.workflow.form.FormSchema;
import cn.ronghe.workflow.form.FormSchemas;
import cn.ronghe.workflow.form.FormValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
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
        () -> read(() -> formService.getDeployedTaskForm(taskId)).orElse(NO_FORM));
  }

  /** The start form of a process version. */
  FormSchema ofStart(String processDefinitionId) {
    return schemas.get(
        processDefinitionId,
        "start",
        () -> read(() -> formService.getDeployedStartForm(processDefinitionId)).orElse(NO_FORM));
  }

  private interface Opener {
    InputStream open();
  }

  private static Optional<String> read(Opener opener) {
    try (InputStream in = opener.open()) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (BadUserRequestException noForm) { // includes NotFoundException
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
