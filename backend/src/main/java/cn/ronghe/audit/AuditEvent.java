package cn.ronghe.audit;

import java.time.Instant;

/** One line of the audit trail. */
public record AuditEvent(
    Long id,
    Instant occurredAt,
    String actor,
    String action,
    String objectType,
    String objectId,
    String detail,
    String remoteAddr) {}
