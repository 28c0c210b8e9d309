package cn.ronghe.workflow;

import cn.ronghe.audit.AuditService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.ApiException.FieldProblem;
import cn.ronghe.workflow.inbox.Candidates;
import cn.ronghe.workflow.inbox.InboxTask;
import cn.ronghe.workflow.inbox.TaskComment;
import cn.ronghe.workflow.inbox.TaskCommentMapper;
import cn.ronghe.workflow.inbox.TaskInboxMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending a task somewhere other than forward: back to an earlier step (退回), to another person for
 * good (转办) or for a while (委派), and copying people in (抄送). Only the task's assignee routes it;
 * every routing is kept as an opinion on the timeline and in the audit trail.
 */
@Service
public class TaskRoutingService {

  static final int MAX_REASON = 500;

  /** The most people one copy names, as many as a batch completes tasks. */
  static final int MAX_COPIES = 50;

  private final WorkbenchService workbench;
  private final TaskInboxMapper inbox;
  private final TaskCommentMapper comments;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final InstanceAccessRules accessRules;
  private final UserDirectory directory;
  private final AuditService audit;
  private final Clock clock;

  TaskRoutingService(
      WorkbenchService workbench,
      TaskInboxMapper inbox,
      TaskCommentMapper comments,
      TaskService taskService,
      RuntimeService runtimeService,
      HistoryService historyService,
      InstanceAccessRules accessRules,
      UserDirectory directory,
      AuditService audit,
      Clock clock) {
    this.workbench = workbench;
    this.inbox = inbox;
    this.comments = comments;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.accessRules = accessRules;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  /** An earlier step a task can be returned to. */
  public record ReturnTarget(String activityId, String name) {}

  /** The steps of this instance completed before, each once, in the order they were first done. */
  @Transactional(readOnly = true)
  public List<ReturnTarget> returnTargets(CurrentUser user, String taskId) {
    InboxTask task = assignedTask(user, taskId);
    Map<String, ReturnTarget> targets = new LinkedHashMap<>();
    for (HistoricActivityInstance a :
        historyService
            .createHistoricActivityInstanceQuery()
            .processInstanceId(task.processInstanceId())
            .activityType("userTask")
            .finished()
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .list()) {
      if (!a.isCanceled() && !a.getActivityId().equals(task.taskKey())) {
        targets.putIfAbsent(
            a.getActivityId(), new ReturnTarget(a.getActivityId(), a.getActivityName()));
      }
    }
    return List.copyOf(targets.values());
  }

  /** The outcome the case timeline shows for a task sent back to an earlier step. */
  static final String RETURNED = "退回";

  /**
   * Returns the case to an earlier step. Everything active in the instance is cancelled, parallel
   * branches and every instance of a multi-instance step included, and the target starts afresh, so
   * no branch is left waiting at a join.
   */
  @Transactional
  public void returnTo(CurrentUser user, String taskId, String target, String reason) {
    InboxTask task = assignedTask(user, taskId);
    String why = requiredReason(reason);
    ReturnTarget to =
        returnTargets(user, taskId).stream()
            .filter(t -> t.activityId().equals(target))
            .findFirst()
            .orElseThrow(() -> ApiException.invalidField("target", "不是本案件可退回的环节"));
    ActivityInstance root = runtimeService.getActivityInstance(task.processInstanceId());
    ProcessInstanceModificationBuilder modification =
        runtimeService
            .createProcessInstanceModification(task.processInstanceId())
            .startBeforeActivity(to.activityId(), root.getId());
    for (ActivityInstance child : root.getChildActivityInstances()) {
      modification.cancelActivityInstance(child.getId());
    }
    for (TransitionInstance transition : root.getChildTransitionInstances()) {
      modification.cancelTransitionInstance(transition.getId());
    }
    modification.execute();
    inbox.updateOutcome(taskId, RETURNED);
    opinion(user, task, "退回至「" + to.name() + "」：" + why);
    audit.record(
        user.username(),
        "task.return",
        WorkbenchService.AUDIT_TASK,
        taskId,
        to.activityId() + " " + why);
  }

  /** Hands the task to another person for good. */
  @Transactional
  public void transfer(CurrentUser user, String taskId, String to, String reason) {
    InboxTask task = assignedTask(user, taskId);
    String why = requiredReason(reason);
    String name = otherUser(user, task, to);
    taskService.setAssignee(taskId, to);
    participate(task, user.username(), "transferred");
    opinion(user, task, "转办给" + name + "：" + why);
    audit.record(
        user.username(), "task.transfer", WorkbenchService.AUDIT_TASK, taskId, to + " " + why);
  }

  /** Asks another person to do the task; when they submit, it comes back to the caller. */
  @Transactional
  public void delegate(CurrentUser user, String taskId, String to, String reason) {
    InboxTask task = assignedTask(user, taskId);
    String why = requiredReason(reason);
    String name = otherUser(user, task, to);
    taskService.delegateTask(taskId, to);
    participate(task, user.username(), "delegated");
    opinion(user, task, "委派给" + name + "：" + why);
    audit.record(
        user.username(), "task.delegate", WorkbenchService.AUDIT_TASK, taskId, to + " " + why);
  }

  /** Copies people in: they see the case and its open tasks under "involved". */
  @Transactional
  public void copy(CurrentUser user, String taskId, List<String> usernames) {
    InboxTask task = workbench.visibleTask(user, taskId);
    if (usernames == null || usernames.isEmpty()) {
      throw ApiException.invalidField("users", "请选择抄送人");
    }
    if (usernames.size() > MAX_COPIES) {
      throw ApiException.invalidField("users", "一次最多抄送 " + MAX_COPIES + " 人");
    }
    List<FieldProblem> unknown = new ArrayList<>();
    for (int i = 0; i < usernames.size(); i++) {
      if (usernames.get(i) == null || directory.user(usernames.get(i)).isEmpty()) {
        unknown.add(new FieldProblem("users[" + i + "]", "没有该用户: " + usernames.get(i)));
      } else if (!mayBeShown(task, usernames.get(i))) {
        unknown.add(new FieldProblem("users[" + i + "]", "不在该事项的知悉范围内: " + usernames.get(i)));
      }
    }
    if (!unknown.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "validation", "抄送人不存在", unknown);
    }
    usernames.stream().distinct().forEach(u -> participate(task, u, "cc"));
    audit.record(
        user.username(),
        "task.cc",
        WorkbenchService.AUDIT_TASK,
        taskId,
        String.join(",", usernames));
  }

  private InboxTask assignedTask(CurrentUser user, String taskId) {
    InboxTask task = workbench.openTask(user, taskId);
    if (!user.username().equals(task.assignee())) {
      throw new ApiException(HttpStatus.FORBIDDEN, "task.not-assignee", "只有任务的办理人可以这样做");
    }
    return task;
  }

  private String otherUser(CurrentUser user, InboxTask task, String to) {
    if (to == null || to.isBlank()) {
      throw ApiException.invalidField("to", "请选择人员");
    }
    if (to.equals(user.username())) {
      throw ApiException.invalidField("to", "不能选择自己");
    }
    String name =
        directory
            .user(to)
            .map(UserDirectory.DirectoryUser::displayName)
            .orElseThrow(() -> ApiException.invalidField("to", "没有该用户: " + to));
    if (!mayBeShown(task, to)) {
      throw ApiException.invalidField("to", name + "不在该事项的知悉范围内");
    }
    return name;
  }

  /** Whether the person may see the task's instance, when its process has an access rule. */
  private boolean mayBeShown(InboxTask task, String username) {
    return accessRules.decide(username, task.processInstanceId()).orElse(true);
  }

  /**
   * Takes a person off running instances (a recusal): an open task they hold goes back to its other
   * candidates, or else to the replacement; they stop being a candidate of any (the replacement
   * becomes one of a task left with none); and they leave the instances' participants, so none of
   * it shows in their inbox. History keeps what they did.
   */
  @Transactional
  public void withdraw(List<String> processInstanceIds, String username, String replacement) {
    if (processInstanceIds.isEmpty()) {
      return;
    }
    String candidate = Candidates.user(username);
    for (Task task :
        taskService
            .createTaskQuery()
            .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
            .list()) {
      List<String> candidates = inbox.selectCandidates(task.getId());
      boolean wasCandidate = candidates.contains(candidate);
      boolean othersLeft = candidates.size() > (wasCandidate ? 1 : 0);
      if (wasCandidate) {
        taskService.deleteCandidateUser(task.getId(), username);
        inbox.deleteCandidate(task.getId(), candidate);
        if (!othersLeft) {
          taskService.addCandidateUser(task.getId(), replacement);
          inbox.insertCandidate(
              task.getId(), Candidates.user(replacement), task.getAssignee() != null);
        }
      }
      if (username.equals(task.getAssignee())) {
        taskService.setAssignee(task.getId(), othersLeft ? null : replacement);
      }
    }
    inbox.deleteParticipant(processInstanceIds, username);
  }

  private static String requiredReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw ApiException.invalidField("reason", "请填写理由");
    }
    if (reason.length() > MAX_REASON) {
      throw ApiException.invalidField("reason", "理由最多 " + MAX_REASON + " 字");
    }
    return reason.strip();
  }

  private void participate(InboxTask task, String username, String why) {
    if (!inbox.isParticipant(task.processInstanceId(), username)) {
      inbox.insertParticipant(task.processInstanceId(), username, why, clock.instant());
    }
  }

  private void opinion(CurrentUser user, InboxTask task, String text) {
    comments.insert(
        new TaskComment(
            null, task.taskId(), task.processInstanceId(), user.username(), text, clock.instant()));
  }
}
