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
          FORM_FILE_ACTIVIST);

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
    assertThat(
            field(FORM_DECIDE_ACTIVIST, ACTIVIST_DECISION)
                .path("properties")
                .path("timeline")
                .asText())
        .isEqualTo("outcome");
    for (String[] opinion :
        List.of(
            new String[] {FORM_TALK_WITH_APPLICANT, TALK_RECORD},
            new String[] {FORM_DECIDE_ACTIVIST, DECISION_REASON},
            new String[] {FORM_FILE_ACTIVIST, FILING_COMMENT})) {
      assertThat(field(opinion[0], opinion[1]).path("properties").path("timeline").asText())
          .as("timeline of %s on %s", opinion[1], opinion[0])
          .isEqualTo("opinion");
    }
  }

  @Test
  void formsBindOnlyVariablesNamedInMembershipIntakeVariables() throws IllegalAccessException {
    Set<String> constants = constantValues(MembershipIntakeVariables.class);

    for (String form : FORMS) {
      assertThat(keys(form)).as("keys of %s", form).isSubsetOf(constants);
    }
  }
}
