package cn.ronghe.workflow;

import cn.ronghe.audit.AuditService;
import cn.ronghe.notify.NotificationService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.LikePatterns;
import cn.ronghe.workflow.form.FormSchema;
import cn.ronghe.workflow.form.FormValidator;
import cn.ronghe.workflow.inbox.Candidates;
import cn.ronghe.workflow.inbox.InboxCounts;
import cn.ronghe.workflow.inbox.InboxQuery;
import cn.ronghe.workflow.inbox.InboxScope;
import cn.ronghe.workflow.inbox.InboxSort;
import cn.ronghe.workflow.inbox.InboxTask;
import cn.ronghe.workflow.inbox.TaskComment;
import cn.ronghe.workflow.inbox.TaskCommentMapper;
import cn.ronghe.workflow.inbox.TaskHolders;
import cn.ronghe.workflow.inbox.TaskInboxMapper;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.DelegationState;
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

  /** The lengths of task_comment.body and task_inbox.outcome, in UTF-16 units as H2 counts. */
  static final int MAX_COMMENT = 2000;

  static final int MAX_OUTCOME = 100;

  private final TaskInboxMapper inbox;
  private final TaskCommentMapper comments;
  private final TaskService taskService;
  private final ProcessEngineConfigurationImpl engine;
  private final DeployedForms forms;
  private final FormOptions formOptions;
  private final UserDirectory directory;
  private final TaskHolders holders;
  private final NotificationService notifications;
  private final AuditService audit;
  private final ConfidentialProcesses confidential;
  private final InstanceAccessRules accessRules;
  private final Clock clock;

  WorkbenchService(
      TaskInboxMapper inbox,
      TaskCommentMapper comments,
      TaskService taskService,
      ProcessEngineConfigurationImpl engine,
      DeployedForms forms,
      FormOptions formOptions,
      UserDirectory directory,
      TaskHolders holders,
      NotificationService notifications,
      AuditService audit,
      ConfidentialProcesses confidential,
      InstanceAccessRules accessRules,
      Clock clock) {
    this.accessRules = accessRules;
    this.holders = holders;
    this.notifications = notifications;
    this.inbox = inbox;
    this.comments = comments;
    this.taskService = taskService;
    this.engine = engine;
    this.forms = forms;
    this.formOptions = formOptions;
    this.directory = directory;
    this.audit = audit;
    this.confidential = confidential;
    this.clock = clock;
  }

  /**
   * A task's form: the schema to render, the current values of its fields, and whether the caller
   * may edit it.
   */
  public record TaskForm(JsonNode schema, Map<String, Object> values, boolean readOnly) {}

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
            request.text() == null ? null : LikePatterns.containing(request.text()),
            request.sort(),
            now,
            (request.page() - 1) * request.size(),
            request.size());
    List<InboxTask> tasks = inbox.selectPage(query);
    Map<String, String> names = new java.util.HashMap<>();
    directory
        .users(tasks.stream().map(InboxTask::assignee).filter(a -> a != null).distinct().toList())
        .forEach(u -> names.put(u.username(), u.displayName()));
    List<TaskRow> rows =
        tasks.stream().map(t -> TaskRow.of(t, now, names.get(t.assignee()))).toList();
    InboxCounts counts = inbox.selectCounts(user.username(), candidates);
    return new InboxPage(
        rows,
        query.unfiltered() ? counts.of(query.scope()) : inbox.countPage(query),
        request.page(),
        request.size(),
        counts);
  }

  /** Takes an open task from the pool. Exactly one of several simultaneous claims wins. */
  @Transactional
  public TaskRow claim(CurrentUser user, String taskId) {
    InboxTask task = openTask(user, taskId);
    if (user.username().equals(task.assignee())) {
      return row(task);
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
    return row(inbox.selectById(taskId));
  }

  /** One task the caller may see. */
  @Transactional(readOnly = true)
  public TaskRow task(CurrentUser user, String taskId) {
    return row(visibleTask(user, taskId));
  }

  /** The row of a task as it is now, with its assignee's name. */
  private TaskRow row(InboxTask task) {
    String assigneeName =
        task.assignee() == null
            ? null
            : directory
                .user(task.assignee())
                .map(UserDirectory.DirectoryUser::displayName)
                .orElse(null);
    return TaskRow.of(task, clock.instant(), assigneeName);
  }

  /**
   * The task's form with the values its fields have now; editable only by the assignee. The read of
   * a confidential process's form is audited (in this transaction, so it is read-write).
   */
  @Transactional
  public TaskForm form(CurrentUser user, String taskId) {
    InboxTask task = visibleTask(user, taskId);
    if (!task.isOpen()) {
      throw new ApiException(HttpStatus.CONFLICT, "task.ended", "该任务已办结");
    }
    confidential.auditRead(user, "task.form.read", AUDIT_TASK, taskId, task.processInstanceId());
    FormSchema schema = forms.ofTask(taskId, task.processDefinitionId(), task.taskKey());
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> names = schema.variableNames();
    if (!names.isEmpty()) {
      taskService.getVariables(taskId, names).forEach(values::put);
    }
    values.putAll(formOptions.of(user, schema));
    return new TaskForm(schema.document(), values, !user.username().equals(task.assignee()));
  }

  /**
   * Completes the caller's task with the values of its form, checked against the same form: nothing
   * changes unless every value is acceptable.
   */
  @Transactional
  public void complete(
      CurrentUser user, String taskId, Map<String, Object> values, String comment) {
    InboxTask task = openTask(user, taskId);
    if (!user.username().equals(task.assignee())) {
      if (task.assignee() == null && isCandidate(user, taskId)) {
        throw new ApiException(HttpStatus.CONFLICT, "task.not-claimed", "请先签收该任务再办理");
      }
      throw new ApiException(HttpStatus.FORBIDDEN, "task.not-assignee", "只有任务的办理人可以提交");
    }
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw ApiException.invalidField("comment", "意见最多 " + MAX_COMMENT + " 字");
    }
    FormSchema schema = forms.ofTask(taskId, task.processDefinitionId(), task.taskKey());
    Submission submission;
    try {
      // One engine command reads the variables and the delegation state and completes: the task,
      // its execution and their variables are read once, not once per engine call. Bad input
      // returns from it rather than throwing, which the engine would log as an error.
      submission =
          engine
              .getCommandExecutorTxRequired()
              .execute(
                  context -> {
                    if (context.getTaskManager().findTaskById(taskId) == null) {
                      // completed by a request that committed after this one read the inbox
                      return Submission.ENDED;
                    }
                    Map<String, Object> current = new HashMap<>(taskService.getVariables(taskId));
                    current.putAll(formOptions.of(user, schema));
                    FormValidator.Result checked =
                        forms
                            .validator()
                            .validate(
                                schema,
                                values == null ? Map.of() : values,
                                current,
                                LocalDate.now(clock));
                    if (!checked.isValid()) {
                      return new Submission(checked, false);
                    }
                    Map<String, Object> variables = checked.variables();
                    record(user, task, schema.stepRecord(variables), comment);
                    if (context.getTaskManager().findTaskById(taskId).getDelegationState()
                        == DelegationState.PENDING) {
                      // 委派: the delegate's work goes back to the one who delegated it
                      taskService.resolveTask(taskId, variables);
                      return new Submission(checked, true);
                    }
                    taskService.complete(taskId, variables);
                    return new Submission(checked, false);
                  });
    } catch (OptimisticLockingException concurrent) {
      throw new ApiException(HttpStatus.CONFLICT, "task.changed", "该任务刚被他人处理，请刷新后重试");
    }
    if (submission == Submission.ENDED) {
      throw new ApiException(HttpStatus.CONFLICT, "task.ended", "该任务已办结");
    }
    submission.checked().variablesOrThrow();
    audit.record(
        user.username(),
        submission.resolved() ? "task.resolve" : "task.complete",
        AUDIT_TASK,
        taskId,
        task.title());
  }

  /** What became of a form submission: its check, and whether it resolved a delegated task. */
  private record Submission(FormValidator.Result checked, boolean resolved) {
    /** The task was gone by the time the engine looked. */
    static final Submission ENDED = new Submission(null, false);
  }

  /** The step's outcome on the task's inbox row, and its opinion and the comment as comments. */
  private void record(
      CurrentUser user, InboxTask task, FormSchema.StepRecord step, String comment) {
    if (step.outcome() != null) {
      inbox.updateOutcome(task.taskId(), abbreviate(step.outcome(), MAX_OUTCOME));
    }
    for (String opinion : Arrays.asList(step.opinion(), comment)) {
      if (opinion != null && !opinion.isBlank()) {
        comments.insert(
            new TaskComment(
                null,
                task.taskId(),
                task.processInstanceId(),
                user.username(),
                abbreviate(opinion.strip(), MAX_COMMENT),
                clock.instant()));
      }
    }
  }

  /**
   * Urges (催办) whoever holds the task: an in-app notification to its assignee, or to every
   * candidate while it is unclaimed. The same person urging the same task is heard once an hour.
   */
  @Transactional
  public int urge(CurrentUser user, String taskId, String message) {
    InboxTask task = openTask(user, taskId);
    if (user.username().equals(task.assignee())) {
      throw new ApiException(HttpStatus.CONFLICT, "task.urge-own", "不能催办自己的任务");
    }
    if (message != null && message.length() > 200) {
      throw ApiException.invalidField("message", "催办留言最多 200 字");
    }
    String hour = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS).toString();
    String body =
        user.displayName()
            + " 催办："
            + (message == null || message.isBlank() ? "请尽快办理" : message.strip());
    int sent = 0;
    for (String recipient : holders.of(task, inbox.selectCandidates(taskId))) {
      if (notifications.notify(
          recipient,
          "task.urge",
          task.title(),
          body,
          "/tasks/" + taskId,
          taskId,
          "urge:" + taskId + ":" + user.username() + ":" + recipient + ":" + hour)) {
        sent++;
      }
    }
    audit.record(user.username(), "task.urge", AUDIT_TASK, taskId, body);
    return sent;
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
    return row(inbox.selectById(taskId));
  }

  /** A task the user may see; 404 for a task that does not exist or is not theirs to see. */
  InboxTask visibleTask(CurrentUser user, String taskId) {
    return visible(user, taskId, inbox.selectById(taskId));
  }

  /**
   * An open task the user may see, for changing it: its inbox row stays locked until the
   * transaction ends, so that of two requests for the same task, on one node or two, the second
   * waits for the first and then finds the task as the first left it. Without the lock, the engine
   * of the second could read the task before the first committed and its execution after, and fail
   * half-way on a step that was no longer the task's.
   */
  InboxTask openTask(CurrentUser user, String taskId) {
    InboxTask task = visible(user, taskId, inbox.selectByIdForUpdate(taskId));
    if (!task.isOpen()) {
      throw new ApiException(HttpStatus.CONFLICT, "task.ended", "该任务已办结");
    }
    return task;
  }

  private InboxTask visible(CurrentUser user, String taskId, InboxTask task) {
    if (task == null || !canSee(user, task)) {
      throw ApiException.notFound("任务不存在或您无权查看: " + taskId);
    }
    return task;
  }

  /**
   * The task's holder, candidate or past holder, or anyone who took part in its instance; and, for
   * a process with an access rule of its own ({@link InstanceAccess}), only who that rule allows.
   */
  boolean canSee(CurrentUser user, InboxTask task) {
    if (!accessRules.decide(user.username(), task.processInstanceId()).orElse(true)) {
      return false;
    }
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

  /**
   * At most {@code max} UTF-16 units, so a long value never fails its column (H2 counts units; a
   * character outside the BMP, such as 𠮷, takes two), and never half a character.
   */
  private static String abbreviate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
