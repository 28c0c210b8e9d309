package cn.ronghe.workflow;

import cn.ronghe.workflow.inbox.InboxTask;
import java.time.Instant;

/** A task as the inbox lists it. */
public record TaskRow(
    String id,
    String name,
    String taskKey,
    String processKey,
    String processName,
    String processInstanceId,
    String title,
    Branch branch,
    Instant created,
    Instant due,
    boolean overdue,
    String assignee,
    String assigneeName,
    int priority,
    Instant ended) {

  /** The branch the task's instance belongs to. */
  public record Branch(String code, String name) {}

  static TaskRow of(InboxTask t, Instant now) {
    return of(t, now, null);
  }

  static TaskRow of(InboxTask t, Instant now, String assigneeName) {
    return new TaskRow(
        t.taskId(),
        t.taskName(),
        t.taskKey(),
        t.processKey(),
        t.processName(),
        t.processInstanceId(),
        t.title(),
        t.branchCode() == null ? null : new Branch(t.branchCode(), t.branchName()),
        t.createdAt(),
        t.dueAt(),
        t.isOpen() && t.dueAt() != null && t.dueAt().isBefore(now),
        t.assignee(),
        assigneeName,
        t.priority(),
        t.endedAt());
  }
}
