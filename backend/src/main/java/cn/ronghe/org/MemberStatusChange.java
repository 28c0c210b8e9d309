package cn.ronghe.org;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a person's registry history: the status (a {@link MemberStatus} code), from when, by
 * which step, recorded by whom ({@code changedByName}: their display name, read with the history,
 * null when written). {@code reason} says why a change outside a process was made (an
 * administrator's correction, a roster import); null for a process step's.
 */
public record MemberStatusChange(
    Long id,
    long personId,
    String status,
    LocalDate effectiveOn,
    String step,
    String stepName,
    Long intakeId,
    String changedBy,
    Instant changedAt,
    String changedByName,
    String reason) {}
