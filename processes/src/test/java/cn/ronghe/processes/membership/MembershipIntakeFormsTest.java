package cn.ronghe.processes.membership;

import static cn.ronghe.processes.FormFields.*;
import static cn.ronghe.processes.membership.MembershipIntakeVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The forms of 发展党员 offer exactly the codes the process and the backend expect. */
class MembershipIntakeFormsTest {

  private static final List<String> FORMS =
      List.of(
          FORM_SUBMIT_PARTY_APPLICATION,
          FORM_ASSIGN_TALKER,
          FORM_TALK_WITH_APPLICANT,
          FORM_DECIDE_ACTIVIST,
          FORM_FILE_ACTIVIST,
          FORM_ASSIGN_MENTORS,
          FORM_ASSESS_ACTIVIST,
          FORM_DECIDE_DEVELOPMENT_TARGET,
          FORM_FILE_DEVELOPMENT_TARGET,
          FORM_NAME_INTRODUCERS,
          FORM_POLITICAL_REVIEW,
          FORM_SHORT_TRAINING,
          FORM_REVIEW_BY_BRANCH_COMMITTEE,
          FORM_PRE_REVIEW,
          FORM_FILL_APPLICATION_FORM,
          FORM_BRANCH_MEETING_VOTE,
          FORM_COMMITTEE_TALK,
          FORM_APPROVE_ADMISSION,
          FORM_REPORT_ADMISSION,
          FORM_TAKE_OATH,
          FORM_ARCHIVE_DOCUMENTS,
          FORM_REQUEST_CONVERSION,
          FORM_CONVERSION_VOTE,
          FORM_APPROVE_CONVERSION);

  private static final List<String> VOTE_FIELDS =
      List.of(
          MEETING_DATE,
          ENTITLED_MEMBERS,
          PRESENT_MEMBERS,
          VOTES_FOR,
          VOTES_AGAINST,
          VOTES_ABSTAIN,
          WRITTEN_VOTES);

  private static final String UNLESS_ACTIVIST = "=activistDecision != \"activist\"";
  private static final String UNLESS_NOT_YET = "=activistDecision != \"notYet\"";

  @Test
  void decisionFormOffersExactlyTheDecisionsTheGatewayRoutes() {
    assertThat(optionValues(FORM_DECIDE_ACTIVIST, ACTIVIST_DECISION))
        .containsExactly(ACTIVIST_DECISION_ACTIVIST, ACTIVIST_DECISION_NOT_YET);
  }

  @Test
  void decisionAndFilingFormsOfferTheSameRecommendationTypes() {
    for (String form : List.of(FORM_DECIDE_ACTIVIST, FORM_FILE_ACTIVIST)) {
      assertThat(optionValues(form, RECOMMENDATION_TYPE))
          .as("recommendation types on %s", form)
          .containsExactly(RECOMMENDATION_TYPE_PARTY_MEMBER, RECOMMENDATION_TYPE_MASS_ORGANISATION);
    }
    assertThat(field(FORM_DECIDE_ACTIVIST, RECOMMENDATION_TYPE).path("values"))
        .isEqualTo(field(FORM_FILE_ACTIVIST, RECOMMENDATION_TYPE).path("values"));
  }

  @Test
  void decisionFormAsksForRecommendationAndResolutionOnlyWhenMakingAnActivist() {
    assertThat(hideCondition(FORM_DECIDE_ACTIVIST, RECOMMENDATION_TYPE)).isEqualTo(UNLESS_ACTIVIST);
    assertThat(hideCondition(FORM_DECIDE_ACTIVIST, RESOLUTION_DATE)).isEqualTo(UNLESS_ACTIVIST);
    assertThat(hideCondition(FORM_DECIDE_ACTIVIST, DECISION_REASON)).isEqualTo(UNLESS_NOT_YET);
    assertThat(hideCondition(FORM_DECIDE_ACTIVIST, ACTIVIST_DECISION)).isEmpty();
  }

  @Test
  void eachStepSetsOnlyItsOwnVariables() {
    assertThat(editableKeys(FORM_SUBMIT_PARTY_APPLICATION))
        .containsExactly(APPLICATION_DATE, APPLICATION_LETTER, ATTACHMENT_REF);
    assertThat(editableKeys(FORM_ASSIGN_TALKER)).containsExactly(TALKER);
    assertThat(editableKeys(FORM_TALK_WITH_APPLICANT)).containsExactly(TALK_DATE, TALK_RECORD);
    assertThat(editableKeys(FORM_DECIDE_ACTIVIST))
        .containsExactly(ACTIVIST_DECISION, RECOMMENDATION_TYPE, RESOLUTION_DATE, DECISION_REASON);
    assertThat(editableKeys(FORM_FILE_ACTIVIST)).containsExactly(FILING_DATE, FILING_COMMENT);
    assertThat(editableKeys(FORM_ASSIGN_MENTORS)).containsExactly(MENTOR_1, MENTOR_2);
    assertThat(editableKeys(FORM_ASSESS_ACTIVIST))
        .containsExactly(ASSESSMENT_DATE, ASSESSMENT_CONCLUSION, ASSESSMENT_RECORD);
    assertThat(editableKeys(FORM_DECIDE_DEVELOPMENT_TARGET))
        .containsExactly(
            DEVELOPMENT_DECISION,
            TARGET_RESOLUTION_DATE,
            OPINIONS_HEARD,
            NOTICE_START_DATE,
            NOTICE_END_DATE,
            NOTICE_RESULT,
            DROP_REASON);
    assertThat(editableKeys(FORM_FILE_DEVELOPMENT_TARGET))
        .containsExactly(TARGET_FILING_DATE, TARGET_FILING_COMMENT);
    assertThat(editableKeys(FORM_NAME_INTRODUCERS)).containsExactly(INTRODUCER_1, INTRODUCER_2);
    assertThat(editableKeys(FORM_POLITICAL_REVIEW))
        .containsExactly(
            POLITICAL_REVIEW_DATE, POLITICAL_REVIEW_RESULT, POLITICAL_REVIEW_CONCLUSION);
    assertThat(editableKeys(FORM_SHORT_TRAINING))
        .containsExactly(
            TRAINING_START_DATE,
            TRAINING_END_DATE,
            TRAINING_DAYS,
            TRAINING_HOURS,
            TRAINING_CERTIFICATE);
    assertThat(editableKeys(FORM_REVIEW_BY_BRANCH_COMMITTEE))
        .containsExactly(COMMITTEE_REVIEW_DATE, COMMITTEE_REVIEW_OPINION);
    assertThat(editableKeys(FORM_PRE_REVIEW))
        .containsExactly(
            PRE_REVIEW_DATE,
            PRE_REVIEW_RESULT,
            APPLICATION_FORM_NUMBER,
            LEAVING_SOON,
            PRE_REVIEW_COMMENT);
    assertThat(editableKeys(FORM_FILL_APPLICATION_FORM))
        .containsExactly(APPLICATION_FORM_DATE, INTRODUCER_OPINIONS);
    assertThat(editableKeys(FORM_BRANCH_MEETING_VOTE))
        .containsExactlyElementsOf(concat(VOTE_FIELDS, MEETING_RESOLUTION));
    assertThat(editableKeys(FORM_COMMITTEE_TALK))
        .containsExactly(COMMITTEE_TALKER, COMMITTEE_TALK_DATE, COMMITTEE_TALK_RECORD);
    assertThat(editableKeys(FORM_APPROVE_ADMISSION))
        .containsExactly(APPROVAL_DATE, APPROVAL_DECISION, APPROVAL_COMMENT);
    assertThat(editableKeys(FORM_REPORT_ADMISSION)).containsExactly(REPORT_DATE);
    assertThat(editableKeys(FORM_TAKE_OATH)).containsExactly(PARTY_GROUP, OATH_DATE);
    assertThat(editableKeys(FORM_ARCHIVE_DOCUMENTS))
        .containsExactly(ARCHIVE_DATE, ARCHIVED_DOCUMENTS, ARCHIVE_COMMENT);
    assertThat(editableKeys(FORM_REQUEST_CONVERSION))
        .containsExactly(CONVERSION_REQUEST_DATE, CONVERSION_LETTER);
    assertThat(editableKeys(FORM_CONVERSION_VOTE))
        .containsExactlyElementsOf(
            concat(VOTE_FIELDS, CONVERSION_DECISION, EXTENSION_MONTHS, MEETING_RESOLUTION));
    assertThat(editableKeys(FORM_APPROVE_CONVERSION))
        .containsExactly(APPROVAL_DATE, APPROVAL_DECISION, APPROVAL_COMMENT);
  }

  @Test
  void decisionFormsOfferExactlyTheValuesTheGatewaysAndDelegatesRoute() {
    assertThat(optionValues(FORM_DECIDE_DEVELOPMENT_TARGET, DEVELOPMENT_DECISION))
        .containsExactly(DEVELOPMENT_DECISION_TARGET, DEVELOPMENT_DECISION_DROP);
    assertThat(optionValues(FORM_POLITICAL_REVIEW, POLITICAL_REVIEW_RESULT))
        .containsExactly(POLITICAL_REVIEW_PASSED, POLITICAL_REVIEW_FAILED);
    assertThat(optionValues(FORM_PRE_REVIEW, PRE_REVIEW_RESULT))
        .containsExactly(PRE_REVIEW_PASSED, PRE_REVIEW_RETURNED);
    for (String form : List.of(FORM_APPROVE_ADMISSION, FORM_APPROVE_CONVERSION)) {
      assertThat(optionValues(form, APPROVAL_DECISION))
          .as("approval decisions on %s", form)
          .containsExactly(APPROVAL_DECISION_APPROVED, APPROVAL_DECISION_REJECTED);
    }
    for (String form : List.of(FORM_CONVERSION_VOTE, FORM_APPROVE_CONVERSION)) {
      assertThat(optionValues(form, CONVERSION_DECISION))
          .as("conversion decisions on %s", form)
          .containsExactly(
              CONVERSION_DECISION_CONVERT, CONVERSION_DECISION_EXTEND, CONVERSION_DECISION_CANCEL);
    }
    assertThat(optionValues(FORM_ASSESS_ACTIVIST, ASSESSMENT_CONCLUSION))
        .containsExactly(
            ASSESSMENT_CONCLUSION_GOOD, ASSESSMENT_CONCLUSION_FAIR, ASSESSMENT_CONCLUSION_POOR);
    assertThat(optionValues(FORM_ARCHIVE_DOCUMENTS, ARCHIVED_DOCUMENTS))
        .containsExactly(
            "applicationLetter",
            "talkRecords",
            "activistMaterials",
            "politicalReview",
            "trainingCertificate",
            "applicationForm",
            "probationAssessments",
            "conversionDecision");
  }

  @Test
  void fieldsOfOneChoiceAreAskedOnlyWithThatChoice() {
    assertThat(hideCondition(FORM_PRE_REVIEW, APPLICATION_FORM_NUMBER))
        .isEqualTo("=preReviewResult != \"passed\"");
    assertThat(
            field(FORM_PRE_REVIEW, APPLICATION_FORM_NUMBER)
                .path("validate")
                .path("required")
                .asBoolean())
        .isTrue();
    assertThat(hideCondition(FORM_CONVERSION_VOTE, EXTENSION_MONTHS))
        .isEqualTo("=conversionDecision != \"extend\"");
    assertThat(field(FORM_CONVERSION_VOTE, EXTENSION_MONTHS).path("validate").path("min").asInt())
        .isEqualTo(6);
    assertThat(field(FORM_CONVERSION_VOTE, EXTENSION_MONTHS).path("validate").path("max").asInt())
        .isEqualTo(12);
    assertThat(hideCondition(FORM_CONVERSION_VOTE, CONVERSION_DECISION)).isEmpty();
    for (String target :
        List.of(OPINIONS_HEARD, NOTICE_START_DATE, NOTICE_END_DATE, NOTICE_RESULT)) {
      assertThat(hideCondition(FORM_DECIDE_DEVELOPMENT_TARGET, target))
          .as(target)
          .isEqualTo("=developmentDecision != \"target\"");
    }
    assertThat(hideCondition(FORM_DECIDE_DEVELOPMENT_TARGET, DROP_REASON))
        .isEqualTo("=developmentDecision != \"drop\"");
    assertThat(hideCondition(FORM_DECIDE_DEVELOPMENT_TARGET, TARGET_RESOLUTION_DATE)).isEmpty();
  }

  @Test
  void countsAreNumbersAndNeverNegative() {
    for (String form : List.of(FORM_BRANCH_MEETING_VOTE, FORM_CONVERSION_VOTE)) {
      for (String count : VOTE_FIELDS.subList(1, VOTE_FIELDS.size())) {
        assertThat(field(form, count).path("type").asText())
            .as("%s on %s", count, form)
            .isEqualTo("number");
        assertThat(field(form, count).path("validate").path("min").asInt(-1))
            .as("min of %s on %s", count, form)
            .isGreaterThanOrEqualTo(0);
      }
    }
    for (String count : List.of(TRAINING_DAYS, TRAINING_HOURS)) {
      assertThat(field(FORM_SHORT_TRAINING, count).path("type").asText()).isEqualTo("number");
    }
    assertThat(field(FORM_PRE_REVIEW, LEAVING_SOON).path("type").asText()).isEqualTo("checkbox");
    assertThat(field(FORM_ARCHIVE_DOCUMENTS, ARCHIVED_DOCUMENTS).path("type").asText())
        .isEqualTo("checklist");
  }

  @Test
  void datesAreEnteredAsDatesWithoutTime() {
    for (String form : FORMS) {
      components(form)
          .filter(component -> "datetime".equals(component.path("type").asText()))
          .forEach(
              component ->
                  assertThat(component.path("subtype").asText())
                      .as("subtype of %s on %s", component.path("key").asText(), form)
                      .isEqualTo("date"));
    }
  }

  @Test
  void timelineShowsTheCommitteesDecisionAndEachStepsOpinion() {
    for (String[] outcome :
        List.of(
            new String[] {FORM_DECIDE_ACTIVIST, ACTIVIST_DECISION},
            new String[] {FORM_DECIDE_DEVELOPMENT_TARGET, DEVELOPMENT_DECISION},
            new String[] {FORM_ASSESS_ACTIVIST, ASSESSMENT_CONCLUSION},
            new String[] {FORM_POLITICAL_REVIEW, POLITICAL_REVIEW_RESULT},
            new String[] {FORM_PRE_REVIEW, PRE_REVIEW_RESULT},
            new String[] {FORM_APPROVE_ADMISSION, APPROVAL_DECISION},
            new String[] {FORM_CONVERSION_VOTE, CONVERSION_DECISION},
            new String[] {FORM_APPROVE_CONVERSION, APPROVAL_DECISION})) {
      assertThat(field(outcome[0], outcome[1]).path("properties").path("timeline").asText())
          .as("timeline of %s on %s", outcome[1], outcome[0])
          .isEqualTo("outcome");
    }
    for (String[] opinion :
        List.of(
            new String[] {FORM_TALK_WITH_APPLICANT, TALK_RECORD},
            new String[] {FORM_DECIDE_ACTIVIST, DECISION_REASON},
            new String[] {FORM_FILE_ACTIVIST, FILING_COMMENT},
            new String[] {FORM_ASSESS_ACTIVIST, ASSESSMENT_RECORD},
            new String[] {FORM_DECIDE_DEVELOPMENT_TARGET, OPINIONS_HEARD},
            new String[] {FORM_DECIDE_DEVELOPMENT_TARGET, DROP_REASON},
            new String[] {FORM_FILE_DEVELOPMENT_TARGET, TARGET_FILING_COMMENT},
            new String[] {FORM_POLITICAL_REVIEW, POLITICAL_REVIEW_CONCLUSION},
            new String[] {FORM_REVIEW_BY_BRANCH_COMMITTEE, COMMITTEE_REVIEW_OPINION},
            new String[] {FORM_PRE_REVIEW, PRE_REVIEW_COMMENT},
            new String[] {FORM_FILL_APPLICATION_FORM, INTRODUCER_OPINIONS},
            new String[] {FORM_BRANCH_MEETING_VOTE, MEETING_RESOLUTION},
            new String[] {FORM_COMMITTEE_TALK, COMMITTEE_TALK_RECORD},
            new String[] {FORM_APPROVE_ADMISSION, APPROVAL_COMMENT},
            new String[] {FORM_ARCHIVE_DOCUMENTS, ARCHIVE_COMMENT},
            new String[] {FORM_REQUEST_CONVERSION, CONVERSION_LETTER},
            new String[] {FORM_CONVERSION_VOTE, MEETING_RESOLUTION},
            new String[] {FORM_APPROVE_CONVERSION, APPROVAL_COMMENT})) {
      assertThat(field(opinion[0], opinion[1]).path("properties").path("timeline").asText())
          .as("timeline of %s on %s", opinion[1], opinion[0])
          .isEqualTo("opinion");
    }
  }

  private static List<String> concat(List<String> first, String... more) {
    List<String> all = new java.util.ArrayList<>(first);
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void formsBindOnlyVariablesNamedInMembershipIntakeVariables() throws IllegalAccessException {
    Set<String> constants = constantValues(MembershipIntakeVariables.class);

    for (String form : FORMS) {
      assertThat(keys(form)).as("keys of %s", form).isSubsetOf(constants);
    }
  }
}
