package cn.ronghe.workflow.inbox;

import java.time.Instant;

/** An opinion given on a task. */
public record TaskComment(
    Long id,
    String taskId,
    String processInstanceId,
    String author,
    String body,
    Instant createdAt) {}
