package cn.ronghe.discipline;

import static cn.ronghe.processes.discipline.DisciplineVariables.PROCESS_ID;
import static cn.ronghe.processes.discipline.DisciplineVariables.SUBJECT;

import cn.ronghe.security.Role;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.system.ApiException;
import cn.ronghe.workflow.FormValues;
import cn.ronghe.workflow.InstanceAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A clue's access list: who may see it (the registrar, the commission head, and the teams the head
 * names), read by the workbench and the case view for every task, case view and attachment of the
 * clue and of its case. Naming a team checks the separation of duties: at least two officers, never
 * the subject, never someone who declared a conflict, and for the hearing and the appeal nobody who
 * investigated the case.
 */
@Component
class DisciplineAccess implements InstanceAccess {

  /** Why someone is on a clue's access list. */
  static final String REGISTRAR = "registrar";

  static final String HEAD = "head";

  /** A member of the verification (初步核实) or review (审查) team. */
  static final String INVESTIGATOR = "investigator";

  /** A member of the hearing panel (审理). */
  static final String HEARER = "hearer";

  /** A reviewer of the appeal (申诉复查). */
  static final String APPEAL_REVIEWER = "appealReviewer";

  /** Who may not hear the case or review its appeal: the people who investigated it. */
  static final Set<String> INVESTIGATING_DUTIES = Set.of(REGISTRAR, INVESTIGATOR);

  /** The smallest team (核查组、审查组、审理组、复查组: at least two). */
  static final int MIN_TEAM = 2;

  private final DisciplineMapper clues;
  private final UserDirectory directory;
  private final Clock clock;

  DisciplineAccess(DisciplineMapper clues, UserDirectory directory, Clock clock) {
    this.clues = clues;
    this.directory = directory;
    this.clock = clock;
  }

  @Override
  public String processKey() {
    return PROCESS_ID;
  }

  @Override
  public boolean maySee(String username, String rootProcessInstanceId) {
    return clues.countAccess(rootProcessInstanceId, username) > 0;
  }

  /** An overdue task of a clue or its case escalates to the commission head. */
  @Override
  public List<String> supervisors(String rootProcessInstanceId) {
    return clues.selectGrants(rootProcessInstanceId).stream()
        .filter(a -> a.duty().equals(HEAD))
        .map(DisciplineMapper.Access::username)
        .toList();
  }

  /** Puts the person on the clue's list for this duty (once). */
  void grant(String clueId, String username, String duty, Instant at) {
    boolean granted =
        clues.selectGrants(clueId).stream()
            .anyMatch(a -> a.username().equals(username) && a.duty().equals(duty));
    if (!granted) {
      clues.insertAccess(clueId, username, duty, at);
    }
  }

  /**
   * The team ({@code teamName}, 核查组) named in the task's field: at least two discipline officers,
   * none the subject, none who declared a conflict on this clue, none holding one of the excluded
   * duties on it. They join the list with the duty; returns them in the order named.
   *
   * @throws ApiException 400 naming the field
   */
  List<String> nameTeam(
      DelegateTask task,
      String field,
      String teamName,
      String clueId,
      String duty,
      Set<String> excludedDuties) {
    Set<String> team = new LinkedHashSet<>(FormValues.strings(task.getVariable(field)));
    if (team.size() < MIN_TEAM) {
      throw ApiException.invalidField(field, teamName + "至少由两人组成");
    }
    List<String> officers = directory.members(Role.DISCIPLINE.code());
    Set<String> recused =
        clues.selectRecusals(clueId).stream()
            .map(DisciplineMapper.Recusal::username)
            .collect(Collectors.toSet());
    Set<String> excluded =
        clues.selectGrants(clueId).stream()
            .filter(a -> excludedDuties.contains(a.duty()))
            .map(DisciplineMapper.Access::username)
            .collect(Collectors.toSet());
    for (String member : team) {
      if (!officers.contains(member)) {
        throw ApiException.invalidField(field, teamName + "成员应为机关纪委的纪检干部");
      }
      if (member.equals(task.getVariable(SUBJECT))) {
        throw ApiException.invalidField(field, "被反映人不能参加" + teamName);
      }
      if (recused.contains(member)) {
        throw ApiException.invalidField(field, "已回避的人员不能参加" + teamName);
      }
      if (excluded.contains(member)) {
        throw ApiException.invalidField(field, "承办、核查或审查过本案的人员不能参加" + teamName);
      }
    }
    Instant now = clock.instant();
    for (String member : team) {
      grant(clueId, member, duty, now);
    }
    return new ArrayList<>(team);
  }
}
