package cn.ronghe.workflow.inbox;

import cn.ronghe.workflow.WorkflowVariables;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code task_inbox} in step with the engine. Attached to every user task of every process by
 * {@link InboxPlugin}; runs inside the engine's transaction, so the inbox and the engine commit
 * together.
 */
@Component
class TaskInboxListener implements TaskListener {

  static final String SEPARATOR = " · ";

  private final TaskInboxMapper inbox;
  private final Clock clock;

  TaskInboxListener(TaskInboxMapper inbox, Clock clock) {
    this.inbox = inbox;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> created(task);
      case EVENTNAME_ASSIGNMENT -> assigned(task);
      case EVENTNAME_UPDATE ->
          inbox.updateDue(task.getId(), instant(task.getDueDate()), task.getPriority());
      case EVENTNAME_COMPLETE -> completed(task);
      case EVENTNAME_DELETE -> ended(task.getId(), InboxTask.DELETED, null);
      default -> {}
    }
  }

  private void created(DelegateTask task) {
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    ProcessDefinitionEntity definition = execution.getProcessDefinition();
    String processName = definition.getName() != null ? definition.getName() : definition.getKey();
    String taskName = task.getName() != null ? task.getName() : task.getTaskDefinitionKey();
    inbox.insert(
        new InboxTask(
            task.getId(),
            task.getProcessInstanceId(),
            execution.getRootProcessInstanceId(),
            task.getProcessDefinitionId(),
            definition.getKey(),
            processName,
            task.getTaskDefinitionKey(),
            taskName,
            title(task, processName, taskName),
            string(task.getVariable(WorkflowVariables.BRANCH_CODE)),
            string(task.getVariable(WorkflowVariables.BRANCH_NAME)),
            task.getAssignee(),
            task.getPriority(),
            instant(task.getCreateTime()),
            instant(task.getDueDate()),
            InboxTask.OPEN,
            null,
            null));
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getGroupId() != null) {
        inbox.insertCandidate(
            task.getId(), Candidates.group(link.getGroupId()), task.getAssignee() != null);
      }
      if (link.getUserId() != null) {
        inbox.insertCandidate(
            task.getId(), Candidates.user(link.getUserId()), task.getAssignee() != null);
      }
    }
  }

  /** A new holder, or none: the claimable queries read it from the candidates too. */
  private void assigned(DelegateTask task) {
    inbox.updateAssignee(task.getId(), task.getAssignee());
    inbox.updateCandidatesAssigned(task.getId(), task.getAssignee() != null);
  }

  private void completed(DelegateTask task) {
    String by = task.getAssignee();
    ended(task.getId(), InboxTask.DONE, by);
    if (by != null && !inbox.isParticipant(task.getProcessInstanceId(), by)) {
      try {
        inbox.insertParticipant(task.getProcessInstanceId(), by, "acted", clock.instant());
      } catch (DuplicateKeyException alreadyThere) {
        // another node recorded the same person at the same moment: nothing is missing
      }
    }
  }

  private void ended(String taskId, String state, String by) {
    inbox.end(taskId, state, clock.instant(), by);
    inbox.deleteCandidates(taskId);
  }

  /** 「张三 · 子女入学咨询 · 支部书记审核」: who, about what (or which process), which step. */
  static String title(DelegateTask task, String processName, String taskName) {
    String title =
        WorkflowVariables.caseTitle(
                task.getVariable(WorkflowVariables.INITIATOR_NAME),
                task.getVariable(WorkflowVariables.BUSINESS_TITLE),
                processName)
            + SEPARATOR
            + taskName;
    return title.length() <= 500 ? title : title.substring(0, 500);
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
