package cn.ronghe.membership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One application for Party membership, from 递交入党申请书 on ({@code intake_case}). {@code stage} is an
 * {@link IntakeStage} code; {@code state} is open until the intake ends either way. The dates of
 * the steps that happen once are kept here; what a step records several times, or in more detail,
 * has its own record ({@link IntakeMentor}, {@link IntakeAssessment}, {@link IntakeIntroducer},
 * {@link IntakePoliticalReview}, {@link IntakeTraining}, {@link IntakeVote}, {@link
 * IntakeApproval}).
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
    Instant closedAt,
    LocalDate developmentResolutionDate,
    LocalDate noticeStart,
    LocalDate noticeEnd,
    String opinionsHeard,
    String noticeResult,
    LocalDate developmentFiledDate,
    LocalDate committeeReviewDate,
    String committeeReviewOpinion,
    LocalDate preReviewDate,
    String applicationFormNumber,
    Boolean leavingSoon,
    LocalDate applicationFormDate,
    String introducerOpinions,
    LocalDate admissionMeetingDate,
    LocalDate admissionApprovedDate,
    LocalDate admissionReportedDate,
    Instant approvalWarnedAt,
    Instant approvalBreachedAt,
    String partyGroup,
    LocalDate oathDate,
    LocalDate probationEnds,
    LocalDate conversionRequestedDate,
    String conversionLetter,
    LocalDate convertedOn,
    LocalDate archivedOn,
    String archivedDocuments) {

  public static final String OPEN = "open";
  public static final String CLOSED = "closed";
}
