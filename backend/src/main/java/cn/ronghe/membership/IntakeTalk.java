package cn.ronghe.membership;

import java.time.Instant;
import java.time.LocalDate;

/** A talk held during an intake ({@code intake_talk}); {@code kind} says which. */
public record IntakeTalk(
    Long id,
    long intakeId,
    String kind,
    String talker,
    LocalDate talkDate,
    String record,
    Instant recordedAt) {

  /** 派人谈话: the talk with the applicant within a month of the application (第七条). */
  public static final String WITH_APPLICANT = "applicant";

  /** 上级党委派人谈话: a committee member talks with the development target before approval. */
  public static final String COMMITTEE = "committee";
}
