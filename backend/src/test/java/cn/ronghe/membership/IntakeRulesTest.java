package cn.ronghe.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ronghe.membership.IntakeRules.VoteCount;
import cn.ronghe.system.ApiException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The intake's rules as pure functions: votes, training, extension, the activist's year. */
class IntakeRulesTest {

  private static VoteCount vote(long entitled, long present, long written, long votesFor) {
    return new VoteCount(entitled, present, written, votesFor, 0, 0);
  }

  @Test
  void halfOfTheEntitledPresentIsNoQuorum() {
    assertThat(IntakeRules.voteResult(vote(10, 5, 0, 5))).isEqualTo(IntakeRules.NO_QUORUM);
    assertThat(IntakeRules.voteResult(vote(10, 0, 0, 0))).isEqualTo(IntakeRules.NO_QUORUM);
    assertThat(IntakeRules.voteResult(vote(9, 4, 0, 4))).isEqualTo(IntakeRules.NO_QUORUM);
  }

  @Test
  void moreThanHalfPresentWithHalfTheEntitledForIsLost() {
    assertThat(IntakeRules.voteResult(new VoteCount(10, 6, 0, 5, 1, 0)))
        .isEqualTo(IntakeRules.LOST);
    assertThat(IntakeRules.voteResult(new VoteCount(9, 5, 0, 4, 0, 1))).isEqualTo(IntakeRules.LOST);
  }

  @Test
  void votesForOfMoreThanHalfTheEntitledPass() {
    assertThat(IntakeRules.voteResult(vote(10, 6, 0, 6))).isEqualTo(IntakeRules.PASSED);
    assertThat(IntakeRules.voteResult(vote(9, 5, 0, 5))).isEqualTo(IntakeRules.PASSED);
  }

  @Test
  void writtenVotesOfAbsentMembersCountTowardsTheMajorityNotTheQuorum() {
    // 6 of 10 present, 5 for at the meeting and 1 written vote for: 6 > 5
    assertThat(IntakeRules.voteResult(new VoteCount(10, 6, 1, 6, 1, 0)))
        .isEqualTo(IntakeRules.PASSED);
    // 5 present and 4 written votes: still no quorum
    assertThat(IntakeRules.voteResult(new VoteCount(10, 5, 4, 9, 0, 0)))
        .isEqualTo(IntakeRules.NO_QUORUM);
  }

  @Test
  void moreMembersPresentThanEntitledIsRefusedNamingPresentMembers() {
    assertRefused(
        () -> IntakeRules.voteNumbers(vote(10, 11, 0, 6)), "rule.vote-numbers", "presentMembers");
  }

  @Test
  void moreWrittenVotesThanAbsentMembersIsRefusedNamingWrittenVotes() {
    assertRefused(
        () -> IntakeRules.voteNumbers(vote(10, 8, 3, 6)), "rule.vote-numbers", "writtenVotes");
    assertThatCode(() -> IntakeRules.voteNumbers(vote(10, 8, 2, 6))).doesNotThrowAnyException();
  }

  @Test
  void moreVotesThanVotersIsRefusedNamingVotesFor() {
    assertRefused(
        () -> IntakeRules.voteNumbers(new VoteCount(10, 6, 1, 5, 2, 1)),
        "rule.vote-numbers",
        "votesFor");
    assertThatCode(() -> IntakeRules.voteNumbers(new VoteCount(10, 6, 1, 5, 1, 1)))
        .doesNotThrowAnyException();
  }

  @Test
  void trainingNeedsThreeDaysOrTwentyFourHours() {
    LocalDate start = LocalDate.of(2025, 10, 20);
    assertThatCode(() -> IntakeRules.trainingLength(start, start.plusDays(2), 3, 0))
        .doesNotThrowAnyException();
    assertThatCode(() -> IntakeRules.trainingLength(start, start.plusDays(1), 2, 24))
        .doesNotThrowAnyException();
    assertRefused(
        () -> IntakeRules.trainingLength(start, start.plusDays(1), 2, 23),
        "rule.training-length",
        "trainingDays");
    assertThatThrownBy(() -> IntakeRules.trainingLength(start, start.plusDays(1), 2, 23))
        .hasMessageContaining("第十七条");
  }

  @Test
  void trainingDaysCannotExceedTheDaysFromStartToEnd() {
    LocalDate start = LocalDate.of(2025, 10, 20);
    assertRefused(
        () -> IntakeRules.trainingLength(start, start.plusDays(1), 3, 0),
        "rule.training-days",
        "trainingDays");
  }

  @Test
  void anExtensionIsSixToTwelveMonths() {
    assertThatCode(() -> IntakeRules.extensionMonths(6)).doesNotThrowAnyException();
    assertThatCode(() -> IntakeRules.extensionMonths(12)).doesNotThrowAnyException();
    assertRefused(() -> IntakeRules.extensionMonths(5), "rule.extension-months", "extensionMonths");
    assertRefused(
        () -> IntakeRules.extensionMonths(13), "rule.extension-months", "extensionMonths");
    assertThatThrownBy(() -> IntakeRules.extensionMonths(13)).hasMessageContaining("不能少于半年");
  }

  @Test
  void aDevelopmentTargetNeedsAYearAsActivistCountedByCalendarMonths() {
    LocalDate activist = LocalDate.of(2024, 2, 29);
    assertRefused(
        () -> IntakeRules.activistOneYear(activist, LocalDate.of(2025, 2, 27)),
        "rule.activist-one-year",
        "targetResolutionDate");
    assertThatCode(() -> IntakeRules.activistOneYear(activist, LocalDate.of(2025, 2, 28)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> IntakeRules.activistOneYear(activist, LocalDate.of(2025, 1, 1)))
        .hasMessageContaining("第十三条");
  }

  @Test
  void aDevelopmentTargetNeedsTwoAssessments() {
    assertRefused(
        () -> IntakeRules.twoAssessments(1), "rule.two-assessments", "targetResolutionDate");
    assertThatCode(() -> IntakeRules.twoAssessments(2)).doesNotThrowAnyException();
  }

  @Test
  void numbersFromFormsMayBeLongIntegerWholeDoubleOrNumericText() {
    assertThat(IntakeVariables.count("n", 6L)).isEqualTo(6);
    assertThat(IntakeVariables.count("n", 6)).isEqualTo(6);
    assertThat(IntakeVariables.count("n", 6.0)).isEqualTo(6);
    assertThat(IntakeVariables.count("n", " 6 ")).isEqualTo(6);
    assertThat(IntakeVariables.count("n", "6.00")).isEqualTo(6);
    assertThat(IntakeVariables.count("n", null)).isNull();
    assertThat(IntakeVariables.count("n", "")).isNull();
    assertRefused(() -> IntakeVariables.count("votesFor", 6.5), "rule.whole-number", "votesFor");
    assertRefused(() -> IntakeVariables.count("votesFor", -1L), "rule.whole-number", "votesFor");
    assertRefused(() -> IntakeVariables.count("votesFor", "six"), "rule.whole-number", "votesFor");
    assertRefused(() -> IntakeVariables.count("votesFor", true), "rule.whole-number", "votesFor");
    assertRefused(
        () -> IntakeVariables.count("votesFor", Double.NaN), "rule.whole-number", "votesFor");
  }

  @Test
  void aChecklistIsAListOrAJsonArray() {
    assertThat(IntakeVariables.list("d", java.util.List.of("志愿书", " 政审材料 ")))
        .containsExactly("志愿书", "政审材料");
    assertThat(IntakeVariables.list("d", "[\"志愿书\",\"政审材料\"]")).containsExactly("志愿书", "政审材料");
    assertThat(IntakeVariables.list("d", null)).isEmpty();
    assertThat(IntakeVariables.list("d", "[]")).isEmpty();
  }

  private static void assertRefused(Runnable check, String code, String field) {
    assertThatThrownBy(check::run)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status().value()).isEqualTo(400);
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.errors())
                  .extracting(ApiException.FieldProblem::field)
                  .containsExactly(field);
            });
  }
}
