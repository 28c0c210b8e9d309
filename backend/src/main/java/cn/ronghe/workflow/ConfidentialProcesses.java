package cn.ronghe.workflow;

import cn.ronghe.audit.AuditService;
import cn.ronghe.processes.ProcessProperties;
import cn.ronghe.security.CurrentUser;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.springframework.stereotype.Component;

/**
 * Processes whose content is need-to-know (谈心谈话; later discipline cases), marked in their BPMN by
 * the process-level property {@value ProcessProperties#CONFIDENTIAL}{@code = true}. A called
 * process (a follow-up item) is as confidential as the root of its instance: a follow-up of a talk
 * is, one of a campaign is not. Every read of a confidential instance's content (its case view, a
 * task's form values, its attachments) leaves one audit row; reads of other processes leave none.
 */
@Component
public class ConfidentialProcesses {

  /** The object type of audit rows about a process instance. */
  public static final String AUDIT_INSTANCE = "process-instance";

  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final AuditService audit;

  /** Whether each process definition is marked: a deployed definition never changes. */
  private final Map<String, Boolean> marked = new ConcurrentHashMap<>();

  ConfidentialProcesses(
      HistoryService historyService, RepositoryService repositoryService, AuditService audit) {
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.audit = audit;
  }

  /**
   * Records the user's read of content of the process instance when its root is confidential, with
   * the process keys from the root down as detail ({@code talk}, {@code talk/followUp}); does
   * nothing otherwise. Call it once per request, after the read was allowed.
   */
  public void auditRead(
      CurrentUser user,
      String action,
      String objectType,
      String objectId,
      String processInstanceId) {
    confidentialPath(processInstanceId)
        .ifPresent(path -> audit.record(user.username(), action, objectType, objectId, path));
  }

  /**
   * The process keys from the root down ({@code talk/followUp}) when the instance's root is
   * confidential; empty when it is not, or when there is no such instance.
   */
  public Optional<String> confidentialPath(String processInstanceId) {
    HistoricProcessInstance instance = instance(processInstanceId);
    if (instance == null) {
      return Optional.empty();
    }
    String rootId = instance.getRootProcessInstanceId();
    HistoricProcessInstance root =
        rootId == null || rootId.equals(instance.getId()) ? instance : instance(rootId);
    if (root == null || !isMarked(root.getProcessDefinitionId())) {
      return Optional.empty();
    }
    return Optional.of(
        root == instance
            ? instance.getProcessDefinitionKey()
            : root.getProcessDefinitionKey() + "/" + instance.getProcessDefinitionKey());
  }

  /** Whether the process definition carries {@code confidential = true}. */
  boolean isMarked(String processDefinitionId) {
    return marked.computeIfAbsent(processDefinitionId, this::readMark);
  }

  private boolean readMark(String processDefinitionId) {
    String key = repositoryService.getProcessDefinition(processDefinitionId).getKey();
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(processDefinitionId);
    if (!(model.getModelElementById(key) instanceof Process process)) {
      return false;
    }
    ExtensionElements extensions = process.getExtensionElements();
    return extensions != null
        && extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
            .flatMap(p -> p.getCamundaProperties().stream())
            .anyMatch(
                p ->
                    ProcessProperties.CONFIDENTIAL.equals(p.getCamundaName())
                        && "true".equals(p.getCamundaValue()));
  }

  private HistoricProcessInstance instance(String processInstanceId) {
    return historyService
        .createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId)
        .singleResult();
  }
}
