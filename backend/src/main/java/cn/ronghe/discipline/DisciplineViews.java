package cn.ronghe.discipline;

import static cn.ronghe.processes.discipline.DisciplineCaseVariables.DECISION_NUMBER;
import static cn.ronghe.processes.discipline.DisciplineCaseVariables.REVIEW_DUE;
import static cn.ronghe.processes.discipline.DisciplineVariables.*;

import cn.ronghe.audit.AuditService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.Role;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.system.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 问题线索处置 views, for discipline officers only, and of a clue only for the people on its access list:
 * the register lists, and a clue opens, only through the list (in the SQL), so nobody else learns a
 * clue's number, count or existence; a clue one is not on the list of is a 404. Every read is
 * audited.
 */
@Service
class DisciplineViews {

  private final DisciplineMapper clues;
  private final UserDirectory directory;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final AuditService audit;
  private final Clock clock;

  DisciplineViews(
      DisciplineMapper clues,
      UserDirectory directory,
      TaskService taskService,
      HistoryService historyService,
      AuditService audit,
      Clock clock) {
    this.clues = clues;
    this.directory = directory;
    this.taskService = taskService;
    this.historyService = historyService;
    this.audit = audit;
    this.clock = clock;
  }

  /** A person as the views show them. */
  record PersonView(String username, String name) {}

  /** An open step of a clue: who holds it and by when. */
  record Step(String name, PersonView assignee, Instant dueAt, boolean overdue) {}

  record RegisterItem(
      String id,
      String caseNumber,
      String source,
      LocalDate receivedOn,
      boolean complainantNamed,
      PersonView subject,
      boolean higherLevel,
      PersonView registrar,
      Instant registeredAt,
      String disposalWay,
      String outcome,
      Instant closedAt,
      Integer fourForm,
      CaseView caseFile,
      List<Step> steps) {}

  /**
   * A clue that became a case (立案审查): its process instance (the case page with its timeline), its
   * review, decision and appeal so far.
   */
  record CaseView(
      String instanceId,
      Instant openedAt,
      Instant reviewDue,
      String sanction,
      LocalDate decidedOn,
      String decisionNumber,
      String appealResult,
      Instant closedAt) {}

  record Register(List<RegisterItem> items) {}

  record AccessView(PersonView person, String duty, Instant grantedAt) {}

  record RecusalView(PersonView person, String reason, PersonView declaredBy, Instant declaredAt) {}

  record Detail(
      RegisterItem clue,
      String complainantName,
      String complainantContact,
      String allegation,
      List<AccessView> access,
      List<RecusalView> recusals) {}

  /** The clues on the caller's access list; the register of a discipline officer only. */
  @Transactional
  public Register register(CurrentUser user) {
    if (!user.hasRole(Role.DISCIPLINE)) {
      throw ApiException.forbidden("只有机关纪委的纪检干部可以查看问题线索");
    }
    List<RegisterItem> items = items(clues.selectClues(user.username()));
    audit.record(
        user.username(),
        "discipline-clue.list",
        "discipline-clue",
        "register",
        items.size() + " listed");
    return new Register(items);
  }

  /** One clue, for the people on its access list; 404 for anyone else. */
  @Transactional
  public Detail detail(CurrentUser user, String id) {
    DisciplineMapper.ClueRow row = clues.selectClue(id, user.username());
    if (row == null) {
      throw ApiException.notFound("没有这条问题线索");
    }
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance v :
        historyService
            .createHistoricVariableInstanceQuery()
            .processInstanceId(id)
            .variableNameIn(COMPLAINANT_NAME, COMPLAINANT_CONTACT, ALLEGATION)
            .list()) {
      variables.put(v.getName(), v.getValue());
    }
    List<AccessView> access =
        clues.selectAccess(id, user.username()).stream()
            .map(a -> new AccessView(person(a.username()), a.duty(), a.grantedAt()))
            .toList();
    List<RecusalView> recusals =
        clues.selectReadableRecusals(id, user.username()).stream()
            .map(
                r ->
                    new RecusalView(
                        person(r.username()), r.reason(), person(r.declaredBy()), r.declaredAt()))
            .toList();
    audit.record(user.username(), "discipline-clue.read", "discipline-clue", id, row.caseNumber());
    return new Detail(
        items(List.of(row)).get(0),
        (String) variables.get(COMPLAINANT_NAME),
        (String) variables.get(COMPLAINANT_CONTACT),
        (String) variables.get(ALLEGATION),
        access,
        recusals);
  }

  /** The register's items of these clues, with their open steps and their cases. */
  List<RegisterItem> items(List<DisciplineMapper.ClueRow> rows) {
    Map<String, List<Step>> steps = steps(rows);
    Map<String, Map<String, Object>> caseVariables = caseVariables(rows);
    return rows.stream()
        .map(r -> item(r, steps, caseVariables.getOrDefault(r.caseInstanceId(), Map.of())))
        .toList();
  }

  /** The case variables the views show, by case instance: one history query for them all. */
  private Map<String, Map<String, Object>> caseVariables(List<DisciplineMapper.ClueRow> rows) {
    String[] cases =
        rows.stream()
            .map(DisciplineMapper.ClueRow::caseInstanceId)
            .filter(Objects::nonNull)
            .toArray(String[]::new);
    Map<String, Map<String, Object>> byCase = new HashMap<>();
    if (cases.length == 0) {
      return byCase;
    }
    for (HistoricVariableInstance v :
        historyService
            .createHistoricVariableInstanceQuery()
            .processInstanceIdIn(cases)
            .variableNameIn(REVIEW_DUE, DECISION_NUMBER)
            .list()) {
      if (v.getValue() != null) {
        byCase
            .computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
            .put(v.getName(), v.getValue());
      }
    }
    return byCase;
  }

  /** The open steps of the clues and their cases, by clue: one engine query for them all. */
  private Map<String, List<Step>> steps(List<DisciplineMapper.ClueRow> rows) {
    Map<String, String> clueOf = new HashMap<>();
    for (DisciplineMapper.ClueRow r : rows) {
      clueOf.put(r.id(), r.id());
      if (r.caseInstanceId() != null) {
        clueOf.put(r.caseInstanceId(), r.id());
      }
    }
    Map<String, List<Step>> steps = new HashMap<>();
    if (clueOf.isEmpty()) {
      return steps;
    }
    Instant now = clock.instant();
    for (Task t :
        taskService
            .createTaskQuery()
            .processInstanceIdIn(clueOf.keySet().toArray(String[]::new))
            .orderByTaskCreateTime()
            .asc()
            .list()) {
      steps
          .computeIfAbsent(clueOf.get(t.getProcessInstanceId()), k -> new ArrayList<>())
          .add(
              new Step(
                  t.getName(),
                  t.getAssignee() == null ? null : person(t.getAssignee()),
                  t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                  t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now)));
    }
    return steps;
  }

  private RegisterItem item(
      DisciplineMapper.ClueRow r,
      Map<String, List<Step>> steps,
      Map<String, Object> caseVariables) {
    CaseView caseFile =
        r.caseOpenedAt() == null
            ? null
            : new CaseView(
                r.caseInstanceId(),
                r.caseOpenedAt(),
                caseVariables.get(REVIEW_DUE) instanceof Date due ? due.toInstant() : null,
                r.sanction(),
                r.decidedOn(),
                (String) caseVariables.get(DECISION_NUMBER),
                r.appealResult(),
                r.caseClosedAt());
    return new RegisterItem(
        r.id(),
        r.caseNumber(),
        r.source(),
        r.receivedOn(),
        r.complainantNamed(),
        person(r.subjectUsername()),
        r.higherLevel(),
        person(r.registrar()),
        r.registeredAt(),
        r.disposalWay(),
        r.outcome(),
        r.closedAt(),
        r.fourForm(),
        caseFile,
        steps.getOrDefault(r.id(), List.of()));
  }

  private PersonView person(String username) {
    return new PersonView(
        username,
        directory.user(username).map(UserDirectory.DirectoryUser::displayName).orElse(username));
  }
}
