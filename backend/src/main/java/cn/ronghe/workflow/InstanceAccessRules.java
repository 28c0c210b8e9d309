package cn.ronghe.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/** The {@link InstanceAccess} rules, asked about an instance through its root. */
@Component
public class InstanceAccessRules {

  private final Map<String, InstanceAccess> byProcessKey;
  private final HistoryService historyService;

  InstanceAccessRules(List<InstanceAccess> rules, HistoryService historyService) {
    this.byProcessKey =
        rules.stream().collect(Collectors.toMap(InstanceAccess::processKey, Function.identity()));
    this.historyService = historyService;
  }

  /**
   * Whether the person may see the instance, when its root's process has a rule of its own; empty
   * when the usual rules decide (or there is no such instance).
   */
  public Optional<Boolean> decide(String username, String processInstanceId) {
    return ruled(processInstanceId).map(r -> r.rule().maySee(username, r.rootId()));
  }

  /**
   * Whom an overdue task of the instance escalates to, when its root's process has a rule of its
   * own; empty when the usual escalation decides.
   */
  public Optional<List<String>> supervisors(String processInstanceId) {
    return ruled(processInstanceId).map(r -> r.rule().supervisors(r.rootId()));
  }

  private record Ruled(InstanceAccess rule, String rootId) {}

  private Optional<Ruled> ruled(String processInstanceId) {
    if (byProcessKey.isEmpty() || processInstanceId == null) {
      return Optional.empty();
    }
    HistoricProcessInstance instance = instance(processInstanceId);
    if (instance == null) {
      return Optional.empty();
    }
    String rootId = instance.getRootProcessInstanceId();
    HistoricProcessInstance root =
        rootId == null || rootId.equals(instance.getId()) ? instance : instance(rootId);
    InstanceAccess rule = root == null ? null : byProcessKey.get(root.getProcessDefinitionKey());
    return rule == null ? Optional.empty() : Optional.of(new Ruled(rule, root.getId()));
  }

  private HistoricProcessInstance instance(String id) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
  }
}
