package cn.ronghe.campaign;

import java.time.Instant;

/** A file of a typical case, without its content. */
public record TypicalCaseFile(
    long id,
    long typicalCaseId,
    String fileName,
    String contentType,
    long sizeBytes,
    String uploadedBy,
    Instant uploadedAt) {}
