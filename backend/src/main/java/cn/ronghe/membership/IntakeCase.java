package cn.ronghe.membership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One application for Party membership, from 递交入党申请书 on ({@code intake_case}). {@code stage} is an
 * {@link IntakeStage} code; {@code state} is open until the intake ends either way.
 */
public record IntakeCase(
    Long id,
    long personId,
    String applicant,
    String branchCode,
    String ruleSet,
    String stage,
    String state,
    String processInstanceId,
    LocalDate applicationDate,
    LocalDate talkDue,
    String talker,
    String recommendationType,
    LocalDate activistResolutionDate,
    LocalDate activistFiledDate,
    String outcome,
    Instant openedAt,
    Instant closedAt) {

  public static final String OPEN = "open";
  public static final String CLOSED = "closed";
}
