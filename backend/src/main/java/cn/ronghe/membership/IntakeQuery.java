package cn.ronghe.membership;

import java.time.Instant;
import java.util.Collection;

/**
 * A page of the intake list: {@code branches} null for all; {@code overdueAt} set to list only
 * cases whose current step was due before it; {@code now} orders overdue cases first.
 */
record IntakeQuery(
    Collection<String> branches,
    String state,
    String stage,
    Instant overdueAt,
    Instant now,
    int offset,
    int limit) {}
