package cn.ronghe.membership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 政治审查 ({@code intake_political_review}): {@code result} passed or failed, with the written
 * conclusion.
 */
public record IntakePoliticalReview(
    Long id,
    long intakeId,
    LocalDate reviewedOn,
    String result,
    String conclusion,
    String reviewedBy,
    Instant recordedAt) {}
