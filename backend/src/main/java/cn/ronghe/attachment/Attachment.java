package cn.ronghe.attachment;

import java.time.Instant;

/** A file attached to a case, without its content. */
public record Attachment(
    Long id,
    String processInstanceId,
    String taskId,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {}
