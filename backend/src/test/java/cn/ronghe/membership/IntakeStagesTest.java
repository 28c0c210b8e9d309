package cn.ronghe.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ronghe.membership.IntakeRules.VoteCount;
import cn.ronghe.org.MemberRegistry;
import cn.ronghe.org.MemberStatusChange;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.EngineTime;
import cn.ronghe.support.TestUsers;
import cn.ronghe.system.ApiException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 发展党员 stages 2 to 5 through the services the delegates call, with the application's clock moved to
 * each step's day: the refusals of the rules and the member registry's history.
 */
@ApplicationTest
class IntakeStagesTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final String SECRETARY = "liqiang";
  static final String COMMITTEE = "wangwei";

  @Autowired TestUsers users;
  @Autowired IntakeService intakes;
  @Autowired AdmissionService admissions;
  @Autowired MemberRegistry registry;
  @Autowired UserDirectory directory;
  @Autowired JdbcTemplate jdbc;

  String applicant;
  String mentor1;
  String mentor2;
  String introducer1;
  String introducer2;

  @BeforeEach
  void people() {
    applicant = users.createPerson("branch-1-civil", LocalDate.of(1999, 5, 4), "none", "staff");
    mentor1 = fullMember();
    mentor2 = fullMember();
    introducer1 = fullMember();
    introducer2 = fullMember();
  }

  @AfterEach
  void resetTime() {
    EngineTime.reset();
  }

  // ---- stage 2 and 3 ---------------------------------------------------------------------------

  @Test
  void mentorsAreOneOrTwoDistinctFullMembersOfTheBranchNotTheApplicant() {
    long id = activist();
    String otherBranch =
        users.createPerson("branch-2-enforce", LocalDate.of(1980, 1, 1), "full", "staff");
    String probationary =
        users.createPerson("branch-1-civil", LocalDate.of(1990, 1, 1), "probationary", "staff");

    assertRefused(
        () -> intakes.assignMentors(id, null, mentor2, SECRETARY), "mentor-full-member", "mentor1");
    assertRefused(
        () -> intakes.assignMentors(id, applicant, null, SECRETARY),
        "mentor-full-member",
        "mentor1");
    assertRefused(
        () -> intakes.assignMentors(id, mentor1, otherBranch, SECRETARY),
        "mentor-full-member",
        "mentor2");
    assertRefused(
        () -> intakes.assignMentors(id, mentor1, probationary, SECRETARY),
        "mentor-full-member",
        "mentor2");
    assertRefused(
        () -> intakes.assignMentors(id, mentor1, mentor1, SECRETARY),
        "mentors-distinct",
        "mentor2");

    assertThat(intakes.assignMentors(id, mentor1, "", SECRETARY)).containsExactly(mentor1);
    assertThat(intakes.mentors(id))
        .extracting(IntakeMentor::mentor, IntakeMentor::assignedOn, IntakeMentor::assignedBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(mentor1, day(2024, 2, 10), SECRETARY));
  }

  @Test
  void anAssessmentIsDatedFromTheMentorsAssignmentAndConcludesGoodFairOrPoor() {
    long id = mentored();
    at(2024, 8, 15);
    assertRefused(
        () -> intakes.assessActivist(id, day(2024, 2, 9), "good", "……", mentor1),
        "assessment-date",
        "assessmentDate");
    assertRefused(
        () -> intakes.assessActivist(id, day(2024, 8, 12), "excellent", "……", mentor1),
        "assessment-conclusion",
        "assessmentConclusion");
    assertRefused(
        () -> intakes.assessActivist(id, day(2024, 8, 12), "good", " ", mentor1),
        "assessment-record",
        "assessmentRecord");
    intakes.assessActivist(id, day(2024, 8, 12), "good", "学习认真", mentor1);
    assertThat(intakes.assessments(id))
        .extracting(IntakeAssessment::assessor, IntakeAssessment::conclusion)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(mentor1, "good"));
  }

  @Test
  void aDevelopmentTargetBeforeAYearAsActivistIsRefused() {
    long id = assessedTwice();
    at(2025, 2, 20);
    // activist since 2024-02-01: the earliest day is 2025-02-01
    assertRefused(
        () -> decide(id, day(2025, 1, 31), day(2025, 2, 3), day(2025, 2, 10)),
        "activist-one-year",
        "targetResolutionDate");
    assertThatThrownBy(() -> decide(id, day(2025, 1, 31), day(2025, 2, 3), day(2025, 2, 10)))
        .hasMessageContaining("第十三条")
        .hasMessageContaining("2025-02-01");
    assertThatCode(() -> decide(id, day(2025, 2, 1), day(2025, 2, 3), day(2025, 2, 10)))
        .doesNotThrowAnyException();
  }

  @Test
  void aDevelopmentTargetWithFewerThanTwoAssessmentsIsRefused() {
    long id = mentored();
    at(2024, 8, 15);
    intakes.assessActivist(id, day(2024, 8, 12), "good", "学习认真", mentor1);
    at(2025, 10, 10);
    assertRefused(
        () -> decide(id, day(2025, 9, 25), day(2025, 9, 26), day(2025, 10, 9)),
        "two-assessments",
        "targetResolutionDate");
  }

  @Test
  void theNoticeStartsOnOrAfterTheResolutionAndEndsByToday() {
    long id = assessedTwice();
    at(2025, 10, 10);
    assertRefused(
        () -> decide(id, day(2025, 9, 25), day(2025, 9, 24), day(2025, 10, 9)),
        "notice-dates",
        "noticeStartDate");
    assertRefused(
        () -> decide(id, day(2025, 9, 25), day(2025, 9, 26), day(2025, 10, 13)),
        "notice-dates",
        "noticeEndDate");
    assertRefused(
        () -> decide(id, day(2025, 9, 25), day(2025, 9, 29), day(2025, 10, 9)),
        "notice-five-working-days",
        "noticeEndDate");
  }

  @Test
  void anIntroducerWhoIsNotAFullMemberIsRefused() {
    long id = developmentTarget();
    String probationary =
        users.createPerson("branch-1-civil", LocalDate.of(1990, 1, 1), "probationary", "staff");
    assertRefused(
        () -> intakes.nameIntroducers(id, introducer1, probationary, SECRETARY),
        "introducer-full-member",
        "introducer2");
    assertRefused(
        () -> intakes.nameIntroducers(id, applicant, introducer2, SECRETARY),
        "introducer-full-member",
        "introducer1");
    assertRefused(
        () -> intakes.nameIntroducers(id, introducer1, introducer1, SECRETARY),
        "introducers-two",
        "introducer2");
    assertRefused(
        () -> intakes.nameIntroducers(id, introducer1, null, SECRETARY),
        "introducers-two",
        "introducer2");
    assertThat(intakes.introducers(id)).isEmpty();
  }

  @Test
  void anIntroducerUnderProbationInThePartyIsRefusedWhileItLasts() {
    long id = developmentTarget();
    long person = directory.personOf(introducer2).orElseThrow();
    jdbc.update(
        "insert into member_sanction (person_id, kind, effective_from, effective_until)"
            + " values (?, 'probation', ?, ?)",
        person,
        day(2025, 6, 1),
        day(2026, 5, 31));
    at(2025, 10, 20);
    assertRefused(
        () -> intakes.nameIntroducers(id, introducer1, introducer2, SECRETARY),
        "introducer-not-sanctioned",
        "introducer2");
    at(2026, 6, 1);
    intakes.nameIntroducers(id, introducer1, introducer2, SECRETARY);
    assertThat(intakes.introducers(id))
        .extracting(IntakeIntroducer::introducer)
        .containsExactly(introducer1, introducer2);
  }

  @Test
  void theDemoMemberUnderProbationInThePartyIsRefusedAsIntroducer() {
    long id = developmentTarget();
    at(2025, 10, 20);
    assertRefused(
        () -> intakes.nameIntroducers(id, "wangfang", "zhaolixin", SECRETARY),
        "introducer-not-sanctioned",
        "introducer2");
    intakes.nameIntroducers(id, "wangfang", "fengjianguo", SECRETARY);
  }

  @Test
  void aDroppedActivistNeedsAReasonClosesTheCaseAndMayApplyAgain() {
    long id = mentored();
    at(2024, 9, 10);
    assertRefused(
        () -> intakes.dropActivist(id, day(2024, 9, 9), " ", SECRETARY),
        "drop-reason",
        "dropReason");
    assertRefused(
        () -> intakes.dropActivist(id, day(2024, 1, 31), "长期不参加组织活动", SECRETARY),
        "target-resolution-date",
        "targetResolutionDate");

    intakes.dropActivist(id, day(2024, 9, 9), "长期不参加组织活动", SECRETARY);

    IntakeCase closed = intakes.intake(id).orElseThrow();
    assertThat(closed.state()).isEqualTo(IntakeCase.CLOSED);
    assertThat(closed.outcome()).isEqualTo("activist-dropped");
    assertThat(statusOf(applicant)).isEqualTo("rejected");
    assertThat(history(applicant).get(history(applicant).size() - 1))
        .extracting(c -> c.effectiveOn() + " " + c.stepName())
        .isEqualTo("2024-09-09 取消入党积极分子资格");
    assertThatCode(() -> intakes.open(applicant, "branch-1", null, day(2024, 9, 10)))
        .doesNotThrowAnyException();
  }

  @Test
  void aFailedPoliticalReviewClosesTheCaseAndThePersonMayApplyAgain() {
    long id = developmentTarget();
    at(2025, 10, 20);
    intakes.politicalReview(id, day(2025, 10, 20), "failed", "不合格", SECRETARY);

    IntakeCase closed = intakes.intake(id).orElseThrow();
    assertThat(closed.state()).isEqualTo(IntakeCase.CLOSED);
    assertThat(closed.outcome()).isEqualTo("political-review-failed");
    assertThat(statusOf(applicant)).isEqualTo("rejected");
    assertThatCode(() -> intakes.open(applicant, "branch-1", null, day(2025, 10, 20)))
        .doesNotThrowAnyException();
    assertThat(statusOf(applicant)).isEqualTo("applicant");
  }

  @Test
  void aShortTrainingOfLessThanThreeDaysAndTwentyFourHoursIsRefused() {
    long id = developmentTarget();
    at(2025, 10, 23);
    assertRefused(
        () ->
            intakes.shortTraining(
                id, day(2025, 10, 22), day(2025, 10, 23), 2, 16, "2025-07", COMMITTEE),
        "training-length",
        "trainingDays");
    assertRefused(
        () ->
            intakes.shortTraining(
                id, day(2025, 10, 22), day(2025, 10, 24), 3, 24, "2025-07", COMMITTEE),
        "training-dates",
        "trainingEndDate");
    intakes.shortTraining(id, day(2025, 10, 22), day(2025, 10, 23), 2, 24, "2025-07", COMMITTEE);
    assertThat(intakes.trainings(id))
        .extracting(IntakeTraining::days, IntakeTraining::classHours)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 24));
  }

  // ---- stage 4 and 5 ---------------------------------------------------------------------------

  @Test
  void aMeetingBeforeThePoliticalReviewIsRefused() {
    long id = developmentTarget();
    at(2025, 10, 20);
    intakes.nameIntroducers(id, introducer1, introducer2, SECRETARY);
    at(2025, 10, 23);
    intakes.shortTraining(id, day(2025, 10, 21), day(2025, 10, 23), 3, 24, null, COMMITTEE);
    at(2025, 10, 28);
    admissions.reviewByBranchCommittee(id, day(2025, 10, 24), "同意");
    admissions.preReview(id, day(2025, 10, 27), "passed", "2025-001", false, null, COMMITTEE);
    admissions.fillApplicationForm(id, day(2025, 10, 28), "同意介绍");
    at(2025, 11, 5);
    intakes.politicalReview(id, day(2025, 11, 5), "passed", "政治合格", SECRETARY);

    assertRefused(
        () -> admissions.branchMeetingVote(id, day(2025, 10, 30), votes(10, 8, 7), null, SECRETARY),
        "review-and-training-before-meeting",
        "meetingDate");
    assertThat(intakes.votes(id)).isEmpty();
    assertThat(
            admissions
                .branchMeetingVote(id, day(2025, 11, 5), votes(10, 8, 7), null, SECRETARY)
                .result())
        .isEqualTo("passed");
  }

  @Test
  void inconsistentVoteNumbersAreRefusedNamingTheNumber() {
    long id = formFilled();
    assertRefused(
        () ->
            admissions.branchMeetingVote(
                id, day(2025, 10, 30), new VoteCount(10, 8, 0, 7, 2, 0), null, SECRETARY),
        "vote-numbers",
        "votesFor");
    assertRefused(
        () ->
            admissions.branchMeetingVote(
                id, day(2025, 10, 30), new VoteCount(10, 11, 0, 7, 0, 0), null, SECRETARY),
        "vote-numbers",
        "presentMembers");
  }

  @Test
  void aVoteWithoutQuorumIsKeptAndTheCaseStaysOpen() {
    long id = formFilled();
    AdmissionService.AdmissionVote vote =
        admissions.branchMeetingVote(id, day(2025, 10, 30), votes(10, 5, 5), "人数不足", SECRETARY);

    assertThat(vote.result()).isEqualTo("noQuorum");
    assertThat(vote.probationEnds()).isNull();
    IntakeCase intake = intakes.intake(id).orElseThrow();
    assertThat(intake.state()).isEqualTo(IntakeCase.OPEN);
    assertThat(intake.admissionMeetingDate()).isNull();
    assertThat(intakes.votes(id)).extracting(IntakeVote::result).containsExactly("noQuorum");
    assertThat(statusOf(applicant)).isEqualTo("development-target");

    AdmissionService.AdmissionVote again =
        admissions.branchMeetingVote(id, day(2025, 10, 30), votes(10, 6, 6), null, SECRETARY);
    assertThat(again.result()).isEqualTo("passed");
    assertThat(again.approvalWarnOn()).isEqualTo(day(2026, 1, 30));
    assertThat(again.approvalBreachOn()).isEqualTo(day(2026, 4, 30));
    assertThat(again.probationEnds()).isEqualTo(day(2026, 10, 30));
  }

  @Test
  void aLostVoteClosesTheCaseAndThePersonIsRejected() {
    long id = formFilled();
    AdmissionService.AdmissionVote vote =
        admissions.branchMeetingVote(
            id, day(2025, 10, 30), new VoteCount(10, 6, 0, 5, 1, 0), null, SECRETARY);

    assertThat(vote.result()).isEqualTo("lost");
    IntakeCase intake = intakes.intake(id).orElseThrow();
    assertThat(intake.state()).isEqualTo(IntakeCase.CLOSED);
    assertThat(intake.outcome()).isEqualTo("vote-lost");
    assertThat(statusOf(applicant)).isEqualTo("rejected");
    assertThat(history(applicant))
        .last()
        .extracting(c -> c.status() + " " + c.effectiveOn() + " " + c.step())
        .isEqualTo("rejected 2025-10-30 branchMeetingVote");
  }

  @Test
  void anExtensionOutsideSixToTwelveMonthsIsRefusedAndAnExtensionMovesTheEndOfProbation() {
    long id = probationary();
    at(2026, 11, 10);
    admissions.requestConversion(id, day(2026, 10, 31), "申请转正");
    assertRefused(
        () ->
            admissions.conversionVote(
                id, day(2026, 11, 5), votes(10, 8, 7), "extend", 13L, null, SECRETARY),
        "extension-months",
        "extensionMonths");
    assertRefused(
        () ->
            admissions.conversionVote(
                id, day(2026, 11, 5), votes(10, 8, 7), "extend", 5L, null, SECRETARY),
        "extension-months",
        "extensionMonths");
    AdmissionService.ConversionVote vote =
        admissions.conversionVote(
            id, day(2026, 11, 5), votes(10, 8, 7), "extend", 6L, null, SECRETARY);
    assertThat(vote.approvalDue()).isEqualTo(day(2027, 2, 5));
    AdmissionService.ConversionDecision decision =
        admissions.approveConversion(id, day(2026, 11, 10), "approved", null, COMMITTEE);

    assertThat(decision.outcome()).isEqualTo("extended");
    assertThat(decision.probationEnds()).isEqualTo(day(2027, 4, 30));
    assertThat(intakes.intake(id).orElseThrow().probationEnds()).isEqualTo(day(2027, 4, 30));
    assertThat(statusOf(applicant)).isEqualTo("probationary");
  }

  @Test
  void aConversionVoteWithoutQuorumOrReturnedByTheCommitteeIsVotedAgain() {
    long id = probationary();
    at(2026, 11, 10);
    assertThat(
            admissions
                .conversionVote(
                    id, day(2026, 11, 5), votes(10, 4, 4), "convert", null, null, SECRETARY)
                .result())
        .isEqualTo("noQuorum");
    assertThat(
            admissions
                .conversionVote(
                    id, day(2026, 11, 5), votes(10, 8, 7), "convert", null, null, SECRETARY)
                .result())
        .isEqualTo("passed");
    AdmissionService.ConversionDecision returned =
        admissions.approveConversion(id, day(2026, 11, 10), "rejected", "材料不全", COMMITTEE);
    assertThat(returned.outcome()).isNull();
    assertThat(statusOf(applicant)).isEqualTo("probationary");
    assertThat(intakes.approvals(id))
        .extracting(IntakeApproval::kind, IntakeApproval::decision)
        .contains(org.assertj.core.groups.Tuple.tuple("conversion", "rejected"));
  }

  @Test
  void cancellingProbationClosesTheCaseAndThePersonMayApplyAgain() {
    long id = probationary();
    at(2026, 11, 10);
    admissions.conversionVote(
        id, day(2026, 11, 5), votes(10, 8, 7), "cancel", null, null, SECRETARY);
    assertThat(
            admissions
                .approveConversion(id, day(2026, 11, 10), "approved", null, COMMITTEE)
                .outcome())
        .isEqualTo("cancelled");
    assertThat(intakes.intake(id).orElseThrow().outcome()).isEqualTo("cancelled");
    assertThat(statusOf(applicant)).isEqualTo("cancelled");
    assertThatCode(() -> intakes.open(applicant, "branch-1", null, day(2026, 11, 10)))
        .doesNotThrowAnyException();
  }

  @Test
  void theRegistryFollowsTheCaseFromApplicantToFullMember() {
    long id = probationary();
    at(2026, 11, 10);
    admissions.requestConversion(id, day(2026, 10, 31), "申请转正");
    admissions.conversionVote(
        id, day(2026, 11, 5), votes(10, 8, 7), "convert", null, null, SECRETARY);
    AdmissionService.ConversionDecision decision =
        admissions.approveConversion(id, day(2026, 11, 10), "approved", null, COMMITTEE);
    assertThat(decision.outcome()).isEqualTo("converted");
    assertRefused(
        () -> admissions.archiveDocuments(id, day(2026, 11, 10), List.of()),
        "archived-documents",
        "archivedDocuments");
    admissions.archiveDocuments(id, day(2026, 11, 10), List.of("入党申请书", "入党志愿书", "转正申请书"));

    IntakeCase intake = intakes.intake(id).orElseThrow();
    assertThat(intake.state()).isEqualTo(IntakeCase.CLOSED);
    assertThat(intake.outcome()).isEqualTo("converted");
    assertThat(intake.stage()).isEqualTo("full");
    assertThat(intake.convertedOn()).isEqualTo(day(2026, 10, 30));
    assertThat(intake.archivedDocuments()).isEqualTo("入党申请书,入党志愿书,转正申请书");
    assertThat(intake.partyGroup()).isEqualTo("民事审判党小组");
    assertThat(intake.applicationFormNumber()).isEqualTo("2025-001");
    assertThat(statusOf(applicant)).isEqualTo("full");
    assertThat(history(applicant))
        .extracting(c -> c.status() + " " + c.effectiveOn() + " " + c.step())
        .containsExactly(
            "applicant 2024-01-08 applicationSubmitted",
            "activist 2024-02-01 fileActivist",
            "development-target 2025-09-25 fileDevelopmentTarget",
            "probationary 2025-10-30 approveAdmission",
            "full 2026-10-30 approveConversion");
    assertThat(intakes.votes(id))
        .extracting(IntakeVote::kind, IntakeVote::result)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("admission", "passed"),
            org.assertj.core.groups.Tuple.tuple("conversion", "passed"));
    assertThat(intakes.approvals(id))
        .extracting(IntakeApproval::kind)
        .containsExactly("pre-review", "admission", "conversion");
    assertThat(intakes.talks(id))
        .extracting(IntakeTalk::kind)
        .containsExactly("applicant", "committee");
    assertThat(intakes.politicalReviews(id))
        .extracting(IntakePoliticalReview::result)
        .containsExactly("passed");
  }

  @Test
  void aLateApprovalNotifiesThePartyCommitteeOncePerMark() {
    long id = voted();
    at(2026, 1, 30);
    admissions.approvalLate(id, false);
    admissions.approvalLate(id, false);
    at(2026, 4, 30);
    admissions.approvalLate(id, true);

    IntakeCase intake = intakes.intake(id).orElseThrow();
    assertThat(intake.approvalWarnedAt()).isNotNull();
    assertThat(intake.approvalBreachedAt()).isNotNull();
    assertThat(
            jdbc.queryForList(
                "select title from notification where recipient = 'wangwei' and link = ?",
                String.class,
                "/intakes/" + id))
        .hasSize(2)
        .anySatisfy(t -> assertThat(t).contains("3 个月仍未审批"))
        .anySatisfy(t -> assertThat(t).contains("6 个月仍未审批"));
  }

  // ---- the walk --------------------------------------------------------------------------------

  /** Applied 2024-01-08, activist by the resolution of 2024-02-01, filed 2024-02-05. */
  private long activist() {
    at(2024, 1, 10);
    long id = intakes.open(applicant, "branch-1", null, day(2024, 1, 8)).intakeId();
    at(2024, 2, 10);
    intakes.assignTalker(id, mentor1);
    intakes.recordTalk(id, mentor1, day(2024, 1, 15), "入党动机端正");
    intakes.decideActivist(id, true, "partyMember", day(2024, 2, 1));
    intakes.fileActivist(id, day(2024, 2, 5), COMMITTEE);
    return id;
  }

  /** Mentors assigned 2024-02-10. */
  private long mentored() {
    long id = activist();
    at(2024, 2, 10);
    intakes.assignMentors(id, mentor1, mentor2, SECRETARY);
    return id;
  }

  private long assessedTwice() {
    long id = mentored();
    at(2024, 8, 15);
    intakes.assessActivist(id, day(2024, 8, 12), "good", "学习认真", mentor1);
    at(2025, 2, 15);
    intakes.assessActivist(id, day(2025, 2, 12), "good", "表现良好", mentor2);
    return id;
  }

  /** Resolution 2025-09-25, notice 2025-09-26 to 2025-10-09 (5 working days), filed 2025-10-10. */
  private long developmentTarget() {
    long id = assessedTwice();
    at(2025, 10, 10);
    decide(id, day(2025, 9, 25), day(2025, 9, 26), day(2025, 10, 9));
    intakes.fileDevelopmentTarget(id, day(2025, 10, 10), COMMITTEE);
    return id;
  }

  /** Introducers, review and training by 2025-10-23, the form filled in 2025-10-28. */
  private long formFilled() {
    long id = developmentTarget();
    at(2025, 10, 20);
    intakes.nameIntroducers(id, introducer1, introducer2, SECRETARY);
    intakes.politicalReview(id, day(2025, 10, 20), "passed", "政治合格", SECRETARY);
    at(2025, 10, 23);
    intakes.shortTraining(id, day(2025, 10, 21), day(2025, 10, 23), 3, 24, "2025-07", COMMITTEE);
    at(2025, 10, 30);
    admissions.reviewByBranchCommittee(id, day(2025, 10, 24), "同意接收");
    admissions.preReview(id, day(2025, 10, 27), "passed", "2025-001", false, null, COMMITTEE);
    admissions.fillApplicationForm(id, day(2025, 10, 28), "同意介绍其入党");
    return id;
  }

  /** Admitted by the branch meeting of 2025-10-30. */
  private long voted() {
    long id = formFilled();
    assertThat(
            admissions
                .branchMeetingVote(id, day(2025, 10, 30), votes(10, 8, 7), null, SECRETARY)
                .result())
        .isEqualTo("passed");
    return id;
  }

  /** Approved 2025-11-10, probationary from 2025-10-30 to 2026-10-30, oath taken. */
  private long probationary() {
    long id = voted();
    at(2025, 11, 10);
    admissions.committeeTalk(id, COMMITTEE, day(2025, 11, 3), "谈话记录");
    admissions.approveAdmission(id, day(2025, 11, 10), "approved", null, COMMITTEE);
    admissions.reportAdmission(id, day(2025, 11, 10));
    admissions.takeOath(id, "民事审判党小组", day(2025, 11, 10));
    assertThat(intakes.intake(id).orElseThrow().probationEnds()).isEqualTo(day(2026, 10, 30));
    return id;
  }

  private void decide(long id, LocalDate resolution, LocalDate noticeStart, LocalDate noticeEnd) {
    intakes.decideDevelopmentTarget(id, resolution, "党员和群众意见良好", noticeStart, noticeEnd, "无异议");
  }

  private static VoteCount votes(long entitled, long present, long votesFor) {
    return new VoteCount(entitled, present, 0, votesFor, present - votesFor, 0);
  }

  private String fullMember() {
    return users.createPerson("branch-1-criminal", LocalDate.of(1980, 1, 1), "full", "staff");
  }

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** Moves the application's clock to noon of the day, Beijing time. */
  private static void at(int year, int month, int day) {
    EngineTime.moveTo(day(year, month, day).atTime(LocalTime.NOON).atZone(BEIJING).toInstant());
  }

  private String statusOf(String username) {
    return registry.person(directory.personOf(username).orElseThrow()).orElseThrow().memberStatus();
  }

  private List<MemberStatusChange> history(String username) {
    return registry.history(directory.personOf(username).orElseThrow());
  }

  private static void assertRefused(ThrowingCallable call, String rule, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status().value()).isEqualTo(400);
              assertThat(e.code()).isEqualTo("rule." + rule);
              assertThat(e.errors())
                  .extracting(ApiException.FieldProblem::field)
                  .containsExactly(field);
            });
  }
}
