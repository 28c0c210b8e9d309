package cn.ronghe.membership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The Party committee's decisions ({@code intake_approval}): {@code kind} pre-review (passed /
 * returned), admission or conversion (approved / rejected).
 */
public record IntakeApproval(
    Long id,
    long intakeId,
    String kind,
    LocalDate decidedOn,
    String decision,
    String comment,
    String decidedBy,
    Instant recordedAt) {

  public static final String PRE_REVIEW = "pre-review";
  public static final String ADMISSION = "admission";
  public static final String CONVERSION = "conversion";
}
