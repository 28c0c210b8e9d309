package cn.ronghe.notify;

import java.time.Instant;

/** One in-app notification for one person. */
public record Notification(
    Long id,
    String recipient,
    String kind,
    String title,
    String body,
    String link,
    String taskId,
    Instant createdAt,
    Instant readAt,
    String dedupKey) {}
