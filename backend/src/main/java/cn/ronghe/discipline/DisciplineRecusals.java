package cn.ronghe.discipline;

import static cn.ronghe.processes.discipline.DisciplineCaseVariables.APPEAL_REVIEWER_USERS;
import static cn.ronghe.processes.discipline.DisciplineCaseVariables.HEARING_PANEL_USERS;
import static cn.ronghe.processes.discipline.DisciplineCaseVariables.REVIEW_TEAM_USERS;
import static cn.ronghe.processes.discipline.DisciplineVariables.REGISTRAR;
import static cn.ronghe.processes.discipline.DisciplineVariables.VERIFICATION_TEAM_USERS;

import cn.ronghe.audit.AuditService;
import cn.ronghe.notify.NotificationService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.system.ApiException;
import cn.ronghe.workflow.TaskRoutingService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回避: an officer on a clue's list declares a conflict (or the commission head orders it), and is
 * taken off at once: off the access list, off every open task of the clue and its case (what they
 * held goes to the rest of the team, or to the head), off the inbox's "involved" view, and never
 * named to a team of the clue again; the head is told of a conflict declared. The head's own
 * conflict goes to the higher level.
 */
@Service
class DisciplineRecusals {

  static final int MAX_REASON = 1000;

  /** The variables that name a team as candidate users; a recused member leaves them. */
  private static final List<String> TEAM_USERS =
      List.of(
          VERIFICATION_TEAM_USERS, REVIEW_TEAM_USERS, HEARING_PANEL_USERS, APPEAL_REVIEWER_USERS);

  private final DisciplineMapper clues;
  private final TaskRoutingService routing;
  private final RuntimeService runtimeService;
  private final NotificationService notifications;
  private final UserDirectory directory;
  private final AuditService audit;
  private final Clock clock;

  DisciplineRecusals(
      DisciplineMapper clues,
      TaskRoutingService routing,
      RuntimeService runtimeService,
      NotificationService notifications,
      UserDirectory directory,
      AuditService audit,
      Clock clock) {
    this.clues = clues;
    this.routing = routing;
    this.runtimeService = runtimeService;
    this.notifications = notifications;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Who is to withdraw (the caller themselves, or anyone on the list when the head orders it) and
   * why.
   */
  record Declaration(String username, String reason) {}

  @Transactional
  public void declare(CurrentUser user, String clueId, Declaration declaration) {
    DisciplineMapper.ClueRow clue = clues.selectClue(clueId, user.username());
    if (clue == null) {
      throw ApiException.notFound("没有这条问题线索");
    }
    String reason = declaration.reason();
    if (reason == null || reason.isBlank()) {
      throw ApiException.invalidField("reason", "请填写回避理由");
    }
    if (reason.length() > MAX_REASON) {
      throw ApiException.invalidField("reason", "回避理由最多 " + MAX_REASON + " 字");
    }
    String who = declaration.username();
    if (who == null || who.isBlank()) {
      throw ApiException.invalidField("username", "请选择回避的人员");
    }
    List<DisciplineMapper.Access> list = clues.selectGrants(clueId);
    String head = holderOf(list, DisciplineAccess.HEAD);
    if (!who.equals(user.username()) && !user.username().equals(head)) {
      throw ApiException.forbidden("只有纪委书记可以决定其他人员回避");
    }
    if (list.stream().noneMatch(a -> a.username().equals(who))) {
      throw ApiException.invalidField("username", "该人员不在这条线索的知悉范围内");
    }
    if (who.equals(head)) {
      throw new ApiException(HttpStatus.CONFLICT, "discipline.head-recusal", "纪委书记需要回避的，报上级纪委决定");
    }
    Instant now = clock.instant();
    clues.insertRecusal(clueId, who, reason, user.username(), now);
    clues.deleteAccess(clueId, who);
    List<String> running = running(clue);
    for (String instance : running) {
      leaveVariables(instance, who, head);
    }
    routing.withdraw(running, who, head);
    if (who.equals(user.username())) {
      notifications.notify(
          head,
          "discipline.recusal",
          clue.caseNumber() + " 人员回避",
          directory.user(who).map(UserDirectory.DirectoryUser::displayName).orElse(who)
              + " 申请回避，已退出知悉范围，其承办的环节已转回本组其他成员或您。理由："
              + reason,
          "/discipline-clues/" + clueId,
          null,
          "discipline-recusal:" + clueId + ":" + who);
    }
    audit.record(user.username(), "discipline-clue.recusal", "discipline-clue", clueId, who);
  }

  /** The clue's instance and its case's, those still running. */
  private List<String> running(DisciplineMapper.ClueRow clue) {
    List<String> ids = new ArrayList<>(List.of(clue.id()));
    if (clue.caseInstanceId() != null) {
      ids.add(clue.caseInstanceId());
    }
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceIds(new HashSet<>(ids))
        .list()
        .stream()
        .map(ProcessInstance::getId)
        .toList();
  }

  /**
   * The recused person leaves the instance's variables that would hand them a task again: the head
   * becomes the case officer in place of a recused registrar; a team member leaves the team.
   */
  private void leaveVariables(String instanceId, String who, String head) {
    Map<String, Object> variables =
        runtimeService.getVariablesLocal(
            instanceId, Stream.concat(Stream.of(REGISTRAR), TEAM_USERS.stream()).toList());
    if (who.equals(variables.get(REGISTRAR))) {
      runtimeService.setVariableLocal(instanceId, REGISTRAR, head);
    }
    for (String team : TEAM_USERS) {
      if (variables.get(team) instanceof String users) {
        String left =
            Arrays.stream(users.split(","))
                .filter(u -> !u.equals(who))
                .collect(Collectors.joining(","));
        runtimeService.setVariableLocal(instanceId, team, left.isEmpty() ? head : left);
      }
    }
  }

  private static String holderOf(List<DisciplineMapper.Access> list, String duty) {
    return list.stream()
        .filter(a -> a.duty().equals(duty))
        .map(DisciplineMapper.Access::username)
        .findFirst()
        .orElse(null);
  }
}
