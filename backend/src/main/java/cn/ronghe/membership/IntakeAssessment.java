package cn.ronghe.membership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 半年考察 ({@code intake_assessment}): one every six months while an activist; {@code conclusion} is
 * good, fair or poor.
 */
public record IntakeAssessment(
    Long id,
    long intakeId,
    LocalDate assessedOn,
    String assessor,
    String conclusion,
    String record,
    Instant recordedAt) {}
