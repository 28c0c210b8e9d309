package cn.ronghe.followup;

import static cn.ronghe.processes.followup.FollowUpVariables.*;

import cn.ronghe.audit.AuditService;
import cn.ronghe.org.OrgRef;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.Role;
import cn.ronghe.security.RoleGrant;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.ClockConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 整改事项: the follow-up items still open (talks', later campaigns' and reports'), by branch and by
 * how long they have been open. Their titles are the problems found, content of the talk they came
 * from: the Party committee sees every branch, a branch secretary their own, and each read is
 * audited.
 */
@Service
public class OpenFollowUps {

  /** Ages in days that split the chart: up to 30, up to 90, over 90. */
  static final int RECENT_DAYS = 30;

  static final int OLD_DAYS = 90;

  private static final int IDS_PER_QUERY = 500;

  private final HistoryService historyService;
  private final AuditService audit;
  private final Clock clock;

  OpenFollowUps(HistoryService historyService, AuditService audit, Clock clock) {
    this.historyService = historyService;
    this.audit = audit;
    this.clock = clock;
  }

  /** One open item: the problem, its owner, where it came from, since when and until when. */
  public record Item(
      String processInstanceId,
      String title,
      String owner,
      String ownerName,
      OrgRef branch,
      String source,
      Instant openedAt,
      LocalDate deadline,
      long ageDays,
      boolean overdue) {}

  /** A branch's open items, counted by age. */
  public record Branch(
      String code, String name, int open, int overdue, int upTo30, int upTo90, int over90) {}

  public record View(List<Branch> branches, List<Item> items) {}

  /** The view, its read audited. */
  @Transactional
  public View of(CurrentUser user) {
    View view = list(user);
    Set<String> scope = scopeOf(user);
    audit.record(
        user.username(),
        "follow-up.list",
        "follow-up",
        scope == null ? "all" : String.join(",", scope),
        view.items().size() + " open");
    return view;
  }

  /** The view for a caller who audits the read themselves (an export). */
  @Transactional(readOnly = true)
  public View list(CurrentUser user) {
    Set<String> scope = scopeOf(user);
    List<HistoricProcessInstance> instances = new ArrayList<>();
    if (scope == null) {
      instances.addAll(openQuery().list());
    } else {
      scope.forEach(b -> instances.addAll(openQuery().variableValueEquals(BRANCH_CODE, b).list()));
    }
    Map<String, Map<String, Object>> variables = variablesOf(instances);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ClockConfig.ZONE);
    List<Item> items = new ArrayList<>();
    for (HistoricProcessInstance instance : instances) {
      Map<String, Object> v = variables.getOrDefault(instance.getId(), Map.of());
      Instant opened = instance.getStartTime().toInstant();
      Instant deadline = v.get(ITEM_DEADLINE) instanceof Date d ? d.toInstant() : null;
      items.add(
          new Item(
              instance.getId(),
              (String) v.get(ITEM_TITLE),
              (String) v.get(ITEM_OWNER),
              (String) v.get(ITEM_OWNER_NAME),
              new OrgRef(0, (String) v.get(BRANCH_CODE), (String) v.get(BRANCH_NAME)),
              (String) v.get(SOURCE_TITLE),
              opened,
              deadline == null ? null : LocalDate.ofInstant(deadline, ClockConfig.ZONE),
              ChronoUnit.DAYS.between(LocalDate.ofInstant(opened, ClockConfig.ZONE), today),
              deadline != null && deadline.isBefore(now)));
    }
    items.sort(
        Comparator.comparing(Item::overdue)
            .thenComparingLong(Item::ageDays)
            .reversed()
            .thenComparing(Item::processInstanceId));
    return new View(branches(items), items);
  }

  /** Every branch (null) for the Party committee, the branches a secretary answers for, or 403. */
  private static Set<String> scopeOf(CurrentUser user) {
    if (user.hasRole(Role.PARTY_COMMITTEE)) {
      return null;
    }
    Set<String> branches = new TreeSet<>();
    user.grants().stream()
        .filter(g -> Role.BRANCH_SECRETARY.code().equals(g.role()) && g.orgCode() != null)
        .map(RoleGrant::orgCode)
        .forEach(branches::add);
    if (branches.isEmpty()) {
      throw ApiException.forbidden("只有机关党委和党支部书记可以查看整改事项");
    }
    return branches;
  }

  private HistoricProcessInstanceQuery openQuery() {
    return historyService
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_ID)
        .unfinished();
  }

  private Map<String, Map<String, Object>> variablesOf(List<HistoricProcessInstance> instances) {
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    List<String> ids = instances.stream().map(HistoricProcessInstance::getId).toList();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
      for (HistoricVariableInstance v :
          historyService
              .createHistoricVariableInstanceQuery()
              .processInstanceIdIn(chunk.toArray(String[]::new))
              .variableNameIn(
                  ITEM_TITLE,
                  ITEM_OWNER,
                  ITEM_OWNER_NAME,
                  ITEM_DEADLINE,
                  BRANCH_CODE,
                  BRANCH_NAME,
                  SOURCE_TITLE)
              .list()) {
        byInstance
            .computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
            .put(v.getName(), v.getValue());
      }
    }
    return byInstance;
  }

  private static List<Branch> branches(List<Item> items) {
    Map<String, List<Item>> byBranch = new LinkedHashMap<>();
    items.stream()
        .sorted(Comparator.comparing(i -> String.valueOf(i.branch().code())))
        .forEach(i -> byBranch.computeIfAbsent(i.branch().code(), b -> new ArrayList<>()).add(i));
    return byBranch.values().stream()
        .map(
            list ->
                new Branch(
                    list.get(0).branch().code(),
                    list.get(0).branch().name(),
                    list.size(),
                    (int) list.stream().filter(Item::overdue).count(),
                    (int) list.stream().filter(i -> i.ageDays() <= RECENT_DAYS).count(),
                    (int)
                        list.stream()
                            .filter(i -> i.ageDays() > RECENT_DAYS && i.ageDays() <= OLD_DAYS)
                            .count(),
                    (int) list.stream().filter(i -> i.ageDays() > OLD_DAYS).count()))
        .toList();
  }
}
