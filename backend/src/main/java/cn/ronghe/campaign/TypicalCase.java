package cn.ronghe.campaign;

import java.time.Instant;
import java.time.LocalDate;

/** A case of the 典型案例库 as stored. */
public record TypicalCase(
    Long id,
    String title,
    String summary,
    String violationType,
    String source,
    LocalDate notifiedOn,
    boolean localCase,
    String createdBy,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt) {}
