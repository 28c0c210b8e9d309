package cn.ronghe.audit;

import java.time.Instant;

/**
 * A seal of the chain as stored, read with the event it seals (whose fields are null when that
 * event is no longer in audit_event).
 */
record AuditSeal(
    long seq,
    long eventId,
    String hash,
    Long id,
    Instant occurredAt,
    String actor,
    String action,
    String objectType,
    String objectId,
    String detail,
    String remoteAddr) {

  /** The sealed event as it reads now; empty when it has been removed. */
  java.util.Optional<AuditEvent> event() {
    return id == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            new AuditEvent(
                id, occurredAt, actor, action, objectType, objectId, detail, remoteAddr));
  }
}
