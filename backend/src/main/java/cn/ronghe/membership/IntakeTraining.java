package cn.ronghe.membership;

import java.time.Instant;
import java.time.LocalDate;

/** 集中培训 ({@code intake_training}): ≥ 3 days or ≥ 24 class hours (第十七条). */
public record IntakeTraining(
    Long id,
    long intakeId,
    LocalDate startDate,
    LocalDate endDate,
    int days,
    int classHours,
    String certificate,
    String recordedBy,
    Instant recordedAt) {}
