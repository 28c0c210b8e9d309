package cn.ronghe.workflow.inbox;

import java.time.Instant;

/**
 * A user task as the inbox keeps it. {@code rootProcessInstanceId} is the top-level instance: the
 * same as {@code processInstanceId} unless the task is in a called process.
 */
public record InboxTask(
    String taskId,
    String processInstanceId,
    String rootProcessInstanceId,
    String processDefinitionId,
    String processKey,
    String processName,
    String taskKey,
    String taskName,
    String title,
    String branchCode,
    String branchName,
    String assignee,
    int priority,
    Instant createdAt,
    Instant dueAt,
    String state,
    Instant endedAt,
    String endedBy) {

  public static final String OPEN = "open";
  public static final String DONE = "done";
  public static final String DELETED = "deleted";

  public boolean isOpen() {
    return OPEN.equals(state);
  }
}
