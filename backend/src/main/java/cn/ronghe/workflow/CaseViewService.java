package cn.ronghe.workflow;

import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.Role;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.system.ApiException;
import cn.ronghe.workflow.inbox.Candidates;
import cn.ronghe.workflow.inbox.TaskComment;
import cn.ronghe.workflow.inbox.TaskCommentMapper;
import cn.ronghe.workflow.inbox.TaskInboxMapper;
import cn.ronghe.workflow.inbox.TaskOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case view of one process instance: its diagram, where it stands, and every step with who did
 * it, when, what it came to and their opinion. Shown to the people involved, the secretary of the
 * case's branch and the Party committee; to anyone else the case does not exist. A read of a
 * confidential case ({@link ConfidentialProcesses}) is audited.
 */
@Service
public class CaseViewService {

  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final TaskInboxMapper inbox;
  private final TaskCommentMapper comments;
  private final UserDirectory directory;
  private final ConfidentialProcesses confidential;
  private final InstanceAccessRules accessRules;
  private final Clock clock;

  CaseViewService(
      HistoryService historyService,
      RepositoryService repositoryService,
      TaskInboxMapper inbox,
      TaskCommentMapper comments,
      UserDirectory directory,
      ConfidentialProcesses confidential,
      InstanceAccessRules accessRules,
      Clock clock) {
    this.accessRules = accessRules;
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.inbox = inbox;
    this.comments = comments;
    this.directory = directory;
    this.confidential = confidential;
    this.clock = clock;
  }

  /** The case as a participant sees it. */
  public record CaseView(
      String id,
      String processKey,
      String processName,
      String title,
      String branchName,
      String state,
      Instant started,
      Instant ended,
      String bpmnXml,
      List<String> activeActivities,
      List<String> completedActivities,
      List<TimelineEntry> timeline,
      List<TaskRow> currentTasks) {}

  /** One step of the case. */
  public record TimelineEntry(
      String activityId,
      String name,
      String type,
      String assignee,
      String assigneeName,
      Instant started,
      Instant ended,
      boolean canceled,
      String outcome,
      List<Opinion> opinions) {}

  /** An opinion given at a step. */
  public record Opinion(String author, String authorName, String body, Instant at) {}

  /** Read-write: the read of a confidential case is audited in the same transaction. */
  @Transactional
  public CaseView view(CurrentUser user, String processInstanceId) {
    return view(user, processInstanceId, "case.read");
  }

  /**
   * The case for a participant, its read audited as {@code action} when the process is
   * confidential; 404 for anyone else.
   */
  CaseView view(CurrentUser user, String processInstanceId, String action) {
    HistoricProcessInstance instance =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    if (instance == null || !maySee(user, processInstanceId)) {
      throw ApiException.notFound("案件不存在或您无权查看: " + processInstanceId);
    }
    confidential.auditRead(
        user, action, ConfidentialProcesses.AUDIT_INSTANCE, processInstanceId, processInstanceId);
    Map<String, Object> variables = new HashMap<>();
    historyService
        .createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId)
        .variableNameIn(
            WorkflowVariables.INITIATOR_NAME,
            WorkflowVariables.BRANCH_NAME,
            WorkflowVariables.BUSINESS_TITLE)
        .list()
        .forEach(v -> variables.put(v.getName(), v.getValue()));
    List<HistoricActivityInstance> activities =
        historyService
            .createHistoricActivityInstanceQuery()
            .processInstanceId(processInstanceId)
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .orderPartiallyByOccurrence()
            .asc()
            .list();
    Map<String, List<TaskComment>> opinionsByTask =
        comments.selectByInstance(processInstanceId).stream()
            .collect(Collectors.groupingBy(TaskComment::taskId));
    Map<String, String> names = displayNames(activities, opinionsByTask.values());
    Map<String, String> outcomes =
        inbox.selectOutcomes(processInstanceId).stream()
            .collect(Collectors.toMap(TaskOutcome::taskId, TaskOutcome::outcome));
    List<TimelineEntry> timeline = new ArrayList<>();
    Set<String> completed = new LinkedHashSet<>();
    Set<String> active = new LinkedHashSet<>();
    for (HistoricActivityInstance a : activities) {
      if (a.getEndTime() == null) {
        active.add(a.getActivityId());
      } else if (!a.isCanceled()) {
        completed.add(a.getActivityId());
      }
      if (!shownOnTimeline(a.getActivityType())) {
        continue;
      }
      List<Opinion> opinions =
          a.getTaskId() == null
              ? List.of()
              : opinionsByTask.getOrDefault(a.getTaskId(), List.of()).stream()
                  .map(c -> new Opinion(c.author(), names.get(c.author()), c.body(), c.createdAt()))
                  .toList();
      timeline.add(
          new TimelineEntry(
              a.getActivityId(),
              a.getActivityName(),
              a.getActivityType(),
              a.getAssignee(),
              a.getAssignee() == null ? null : names.get(a.getAssignee()),
              instant(a.getStartTime()),
              instant(a.getEndTime()),
              a.isCanceled(),
              a.getTaskId() == null ? null : outcomes.get(a.getTaskId()),
              opinions));
    }
    String processName =
        repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getName();
    String title =
        WorkflowVariables.caseTitle(
            variables.get(WorkflowVariables.INITIATOR_NAME),
            variables.get(WorkflowVariables.BUSINESS_TITLE),
            processName);
    Instant now = clock.instant();
    return new CaseView(
        processInstanceId,
        instance.getProcessDefinitionKey(),
        processName,
        title,
        (String) variables.get(WorkflowVariables.BRANCH_NAME),
        instance.getState(),
        instant(instance.getStartTime()),
        instant(instance.getEndTime()),
        bpmnXml(instance.getProcessDefinitionId()),
        List.copyOf(active),
        List.copyOf(completed),
        timeline,
        inbox.selectOpenByInstance(processInstanceId).stream()
            .map(t -> TaskRow.of(t, now))
            .toList());
  }

  /**
   * Involved people, the secretary of the case's branch and the Party committee; for a process with
   * an access rule of its own ({@link InstanceAccess}: discipline clues), that rule only.
   */
  public boolean maySee(CurrentUser user, String processInstanceId) {
    Optional<Boolean> ruled = accessRules.decide(user.username(), processInstanceId);
    if (ruled.isPresent()) {
      return ruled.get();
    }
    if (user.hasRole(Role.PARTY_COMMITTEE)) {
      return true;
    }
    if (inbox.isInvolvedInInstance(
        processInstanceId,
        user.username(),
        Candidates.of(user.username(), user.candidateGroups()))) {
      return true;
    }
    String branch = inbox.selectBranchOfInstance(processInstanceId);
    return branch != null
        && user.grants().stream()
            .anyMatch(
                g -> g.role().equals(Role.BRANCH_SECRETARY.code()) && branch.equals(g.orgCode()));
  }

  private static boolean shownOnTimeline(String type) {
    return type.equals("userTask") || type.equals("startEvent") || type.endsWith("EndEvent");
  }

  private Map<String, String> displayNames(
      List<HistoricActivityInstance> activities, java.util.Collection<List<TaskComment>> opinions) {
    Set<String> usernames = new HashSet<>();
    activities.stream()
        .map(HistoricActivityInstance::getAssignee)
        .filter(a -> a != null)
        .forEach(usernames::add);
    opinions.forEach(list -> list.forEach(c -> usernames.add(c.author())));
    Map<String, String> names = new HashMap<>();
    directory.users(usernames).forEach(u -> names.put(u.username(), u.displayName()));
    return names;
  }

  private String bpmnXml(String processDefinitionId) {
    try (InputStream in = repositoryService.getProcessModel(processDefinitionId)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
