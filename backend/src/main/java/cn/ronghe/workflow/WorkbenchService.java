package cn.ronghe.workflow;

import cn.ronghe.audit.AuditService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.system.ApiException;
import cn.ronghe.workflow.inbox.Candidates;
import cn.ronghe.workflow.inbox.InboxQuery;
import cn.ronghe.workflow.inbox.InboxScope;
import cn.ronghe.workflow.inbox.InboxSort;
import cn.ronghe.workflow.inbox.InboxTask;
import cn.ronghe.workflow.inbox.TaskInboxMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with workflow tasks, for every process: list, claim, release. The engine is called
 * without an engine-level authentication; this service decides who may do what, from the inbox
 * tables and the caller's roles.
 */
@Service
public class WorkbenchService {

  static final String AUDIT_TASK = "task";

  private final TaskInboxMapper inbox;
  private final TaskService taskService;
  private final UserDirectory directory;
  private final AuditService audit;
  private final Clock clock;

  WorkbenchService(
      TaskInboxMapper inbox,
      TaskService taskService,
      UserDirectory directory,
      AuditService audit,
      Clock clock) {
    this.inbox = inbox;
    this.taskService = taskService;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  /** A request for the inbox, as the API receives it (already validated for shape). */
  public record InboxRequest(
      InboxScope scope,
      InboxSort sort,
      int page,
      int size,
      String processKey,
      String branchCode,
      boolean overdueOnly,
      String text) {}

  @Transactional(readOnly = true)
  public InboxPage inbox(CurrentUser user, InboxRequest request) {
    Instant now = clock.instant();
    List<String> candidates = candidatesOf(user);
    InboxQuery query =
        new InboxQuery(
            request.scope(),
            user.username(),
            candidates,
            request.processKey(),
            request.branchCode(),
            request.overdueOnly(),
            request.text() == null ? null : "%" + escapeLike(request.text()) + "%",
            request.sort(),
            now,
            (request.page() - 1) * request.size(),
            request.size());
    List<TaskRow> rows = inbox.selectPage(query).stream().map(t -> TaskRow.of(t, now)).toList();
    return new InboxPage(
        rows,
        inbox.countPage(query),
        request.page(),
        request.size(),
        inbox.selectCounts(user.username(), candidates));
  }

  /** Takes an open task from the pool. Exactly one of several simultaneous claims wins. */
  @Transactional
  public TaskRow claim(CurrentUser user, String taskId) {
    InboxTask task = openTask(user, taskId);
    if (user.username().equals(task.assignee())) {
      return TaskRow.of(task, clock.instant());
    }
    if (task.assignee() != null) {
      throw alreadyClaimed(task.assignee());
    }
    if (!isCandidate(user, taskId)) {
      throw new ApiException(HttpStatus.FORBIDDEN, "task.not-candidate", "您不是该任务的候选人，不能签收");
    }
    try {
      taskService.claim(taskId, user.username());
    } catch (TaskAlreadyClaimedException | OptimisticLockingException lost) {
      InboxTask now = inbox.selectById(taskId);
      throw alreadyClaimed(now == null ? null : now.assignee());
    }
    audit.record(user.username(), "task.claim", AUDIT_TASK, taskId, task.title());
    return TaskRow.of(inbox.selectById(taskId), clock.instant());
  }

  /** Gives a claimed task back to its candidates. Only its assignee may. */
  @Transactional
  public TaskRow unclaim(CurrentUser user, String taskId) {
    InboxTask task = openTask(user, taskId);
    if (!user.username().equals(task.assignee())) {
      throw new ApiException(HttpStatus.FORBIDDEN, "task.not-assignee", "只有任务的办理人可以退回签收");
    }
    if (inbox.selectCandidates(taskId).isEmpty()) {
      throw new ApiException(HttpStatus.CONFLICT, "task.no-candidates", "该任务直接指派给您，没有可退回的候选人");
    }
    taskService.setAssignee(taskId, null);
    audit.record(user.username(), "task.unclaim", AUDIT_TASK, taskId, task.title());
    return TaskRow.of(inbox.selectById(taskId), clock.instant());
  }

  /** An open task the user may see; 404 for a task that does not exist or is not theirs to see. */
  InboxTask openTask(CurrentUser user, String taskId) {
    InboxTask task = inbox.selectById(taskId);
    if (task == null || !canSee(user, task)) {
      throw ApiException.notFound("任务不存在或您无权查看: " + taskId);
    }
    if (!task.isOpen()) {
      throw new ApiException(HttpStatus.CONFLICT, "task.ended", "该任务已办结");
    }
    return task;
  }

  boolean canSee(CurrentUser user, InboxTask task) {
    String me = user.username();
    return me.equals(task.assignee())
        || me.equals(task.endedBy())
        || (task.isOpen() && isCandidate(user, task.taskId()))
        || inbox.isParticipant(task.processInstanceId(), me);
  }

  boolean isCandidate(CurrentUser user, String taskId) {
    List<String> mine = candidatesOf(user);
    return inbox.selectCandidates(taskId).stream().anyMatch(mine::contains);
  }

  private static List<String> candidatesOf(CurrentUser user) {
    return Candidates.of(user.username(), user.candidateGroups());
  }

  private ApiException alreadyClaimed(String holder) {
    String name =
        holder == null
            ? "他人"
            : directory.user(holder).map(UserDirectory.DirectoryUser::displayName).orElse(holder);
    return new ApiException(HttpStatus.CONFLICT, "task.claimed", "任务已被" + name + "签收");
  }

  /** LIKE wildcards typed by a user are literal characters. */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
