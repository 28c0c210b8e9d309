package cn.ronghe.workflow;

import cn.ronghe.audit.AuditService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.ApiException;
import cn.ronghe.workflow.form.FormSchema;
import cn.ronghe.workflow.inbox.TaskInboxMapper;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The processes a user may start, and starting them. A process is startable from the catalog when
 * its BPMN names candidate starter groups or users (Camunda's {@code candidateStarterGroups}); a
 * process without them is started only by the system (timers, other processes).
 */
@Service
public class ProcessCatalog {

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final DeployedForms forms;
  private final TaskInboxMapper inbox;
  private final AuditService audit;
  private final Clock clock;
  private final Map<String, Optional<String>> initiatorVariables = new ConcurrentHashMap<>();
  private final FormOptions formOptions;

  ProcessCatalog(
      RepositoryService repositoryService,
      RuntimeService runtimeService,
      DeployedForms forms,
      TaskInboxMapper inbox,
      AuditService audit,
      FormOptions formOptions,
      Clock clock) {
    this.formOptions = formOptions;
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.forms = forms;
    this.inbox = inbox;
    this.audit = audit;
    this.clock = clock;
  }

  /** A process in the catalog. */
  public record StartableProcess(String key, String name, String description, int version) {}

  /** A start form: the schema to render and its initial values. */
  public record StartForm(JsonNode schema, Map<String, Object> values) {}

  /** What starting a process gave. */
  public record Started(String processInstanceId, String title) {}

  @Transactional(readOnly = true)
  public List<StartableProcess> startable(CurrentUser user) {
    return repositoryService
        .createProcessDefinitionQuery()
        .latestVersion()
        .active()
        .startableByUser(user.username())
        .list()
        .stream()
        .sorted(Comparator.comparing(ProcessDefinition::getKey))
        .map(
            d ->
                new StartableProcess(
                    d.getKey(),
                    d.getName() != null ? d.getName() : d.getKey(),
                    d.getDescription(),
                    d.getVersion()))
        .toList();
  }

  @Transactional(readOnly = true)
  public StartForm startForm(CurrentUser user, String key) {
    FormSchema schema = forms.ofStart(definition(user, key).getId());
    return new StartForm(schema.document(), formOptions.of(user, schema));
  }

  /**
   * Starts the latest version with the start form's values, checked against that form, and the
   * variables every process gets: who started it, their name and branch.
   */
  @Transactional
  public Started start(CurrentUser user, String key, Map<String, Object> values) {
    ProcessDefinition definition = definition(user, key);
    FormSchema schema = forms.ofStart(definition.getId());
    Map<String, Object> variables =
        new HashMap<>(
            forms
                .validator()
                .validate(
                    schema,
                    values == null ? Map.of() : values,
                    formOptions.of(user, schema),
                    LocalDate.now(clock))
                .variablesOrThrow());
    variables.put(WorkflowVariables.INITIATOR_NAME, user.displayName());
    if (user.branch() != null) {
      variables.put(WorkflowVariables.BRANCH_CODE, user.branch().code());
      variables.put(WorkflowVariables.BRANCH_NAME, user.branch().name());
    }
    initiatorVariable(definition).ifPresent(name -> variables.put(name, user.username()));
    ProcessInstance instance =
        runtimeService.startProcessInstanceById(definition.getId(), variables);
    inbox.insertParticipant(instance.getId(), user.username(), "started", clock.instant());
    String processName = definition.getName() != null ? definition.getName() : key;
    audit.record(
        user.username(), "process.start", "process-instance", instance.getId(), processName);
    Object business =
        instance.isEnded()
            ? null
            : runtimeService.getVariable(instance.getId(), WorkflowVariables.BUSINESS_TITLE);
    return new Started(
        instance.getId(), WorkflowVariables.caseTitle(user.displayName(), business, processName));
  }

  /** The latest version of a process the user may start; 404 otherwise. */
  private ProcessDefinition definition(CurrentUser user, String key) {
    ProcessDefinition definition =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(key)
            .latestVersion()
            .active()
            .startableByUser(user.username())
            .singleResult();
    if (definition == null) {
      throw ApiException.notFound("没有可发起的流程: " + key);
    }
    return definition;
  }

  /**
   * The variable the process's start event names as its initiator ({@code camunda:initiator}). Set
   * by us rather than by the engine, which would need an engine-level login for it.
   */
  private Optional<String> initiatorVariable(ProcessDefinition definition) {
    return initiatorVariables.computeIfAbsent(
        definition.getId(),
        id ->
            repositoryService
                .getBpmnModelInstance(id)
                .getModelElementsByType(StartEvent.class)
                .stream()
                .filter(e -> e.getParentElement() instanceof Process)
                .map(StartEvent::getCamundaInitiator)
                .filter(name -> name != null && !name.isBlank())
                .findFirst());
  }
}
