package cn.ronghe.membership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 支部大会表决 ({@code intake_vote}): every meeting entered, valid or not; {@code kind} admission or
 * conversion, {@code result} noQuorum, lost or passed; {@code decision} and {@code extensionMonths}
 * of a conversion only.
 */
public record IntakeVote(
    Long id,
    long intakeId,
    String kind,
    LocalDate meetingDate,
    int entitled,
    int present,
    int votesFor,
    int votesAgainst,
    int votesAbstain,
    int writtenVotes,
    String result,
    String decision,
    Integer extensionMonths,
    String resolution,
    String recordedBy,
    Instant recordedAt) {

  public static final String ADMISSION = "admission";
  public static final String CONVERSION = "conversion";
}
