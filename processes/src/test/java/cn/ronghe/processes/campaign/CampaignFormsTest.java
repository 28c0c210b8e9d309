package cn.ronghe.processes.campaign;

import static cn.ronghe.processes.FormFields.*;
import static cn.ronghe.processes.campaign.CampaignVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The forms of the warning-education campaign offer exactly what the processes expect. */
class CampaignFormsTest {

  private static final List<String> FORMS =
      List.of(
          FORM_DRAFT_CAMPAIGN,
          FORM_APPROVE_CAMPAIGN,
          FORM_REVISE_CAMPAIGN,
          FORM_FILE_CAMPAIGN_SUMMARY,
          TASK_SCHEDULE_SESSION,
          TASK_RECORD_ATTENDANCE,
          TASK_ATTEND_MAKE_UP,
          TASK_SUBMIT_REFLECTION,
          TASK_REVIEW_REFLECTION,
          TASK_SPOT_CHECK_REFLECTIONS,
          TASK_SELF_CHECK_BRANCH,
          TASK_FILE_BRANCH_SUMMARY);

  @Test
  void decisionFieldsOfferExactlyTheValuesTheirGatewaysRoute() {
    assertThat(optionValues(FORM_APPROVE_CAMPAIGN, APPROVE_DECISION))
        .containsExactly(APPROVE, RETURN);
    assertThat(optionValues(TASK_REVIEW_REFLECTION, REVIEW_DECISION))
        .containsExactly(ACCEPT, RETURN);
    assertThat(optionValues(TASK_SPOT_CHECK_REFLECTIONS, SPOT_CHECK_DECISION))
        .containsExactly(SPOT_CHECK_PASS, SPOT_CHECK_REWORK);
  }

  @Test
  void planFormsOfferTheKindTargetAndPostCodes() {
    for (String form : List.of(FORM_DRAFT_CAMPAIGN, FORM_REVISE_CAMPAIGN, FORM_APPROVE_CAMPAIGN)) {
      assertThat(optionValues(form, CAMPAIGN_KIND)).containsExactly(KIND_ROUTINE, KIND_SPECIAL);
      assertThat(optionValues(form, SPECIAL_TARGET))
          .containsExactly(
              TARGET_HOLIDAY, TARGET_NEW_STAFF, TARGET_HIGH_RISK_POSTS, TARGET_THREE_RULES);
      assertThat(optionValues(form, KEY_POSTS))
          .containsExactly(POST_ENFORCEMENT, POST_CASE_FILING, POST_FINANCE, POST_PROCUREMENT);
      assertThat(field(form, TARGET_BRANCHES).path("valuesKey").asText()).isEqualTo(BRANCH_OPTIONS);
      assertThat(hideCondition(form, SPECIAL_TARGET)).isEqualTo("=campaignKind != \"special\"");
    }
  }

  @Test
  void revisionFormLetsTheDrafterEditEverythingTheDraftAsked() {
    assertThat(editableKeys(FORM_REVISE_CAMPAIGN))
        .containsExactlyInAnyOrderElementsOf(editableKeys(FORM_DRAFT_CAMPAIGN));
    assertThat(editableKeys(FORM_APPROVE_CAMPAIGN))
        .containsExactlyInAnyOrder(APPROVE_DECISION, APPROVE_COMMENT);
  }

  @Test
  void reflectionDaysAreOneToThirtyAndSevenByDefault() {
    JsonNode days = field(FORM_DRAFT_CAMPAIGN, REFLECTION_DAYS);
    assertThat(days.path("defaultValue").asInt()).isEqualTo(7);
    assertThat(days.path("validate").path("min").asInt()).isEqualTo(1);
    assertThat(days.path("validate").path("max").asInt()).isEqualTo(30);
  }

  @Test
  void peopleAreChosenFromTheBranchMembers() {
    assertThat(field(TASK_RECORD_ATTENDANCE, ATTENDEES).path("valuesKey").asText())
        .isEqualTo(BRANCH_MEMBERS);
    assertThat(field(TASK_SPOT_CHECK_REFLECTIONS, REWORK_PEOPLE).path("valuesKey").asText())
        .isEqualTo(BRANCH_MEMBERS);
    assertThat(hideCondition(TASK_SPOT_CHECK_REFLECTIONS, REWORK_PEOPLE))
        .isEqualTo("=spotCheckDecision != \"rework\"");
    assertThat(
            rowField(TASK_RECORD_ATTENDANCE, ABSENCES, ABSENCE_PERSON).path("valuesKey").asText())
        .isEqualTo(BRANCH_MEMBERS);
    assertThat(
            rowField(TASK_SELF_CHECK_BRANCH, RECTIFICATIONS, RECTIFICATION_OWNER)
                .path("valuesKey")
                .asText())
        .isEqualTo(BRANCH_MEMBERS);
  }

  @Test
  void sessionFormOffersTheFourForms() {
    assertThat(optionValues(TASK_SCHEDULE_SESSION, SESSION_FORM))
        .containsExactly(FORM_MEETING, FORM_TRIAL, FORM_VISIT, FORM_VIDEO);
  }

  @Test
  void summaryFormsShowTheFiguresReadOnly() {
    assertThat(editableKeys(FORM_FILE_CAMPAIGN_SUMMARY)).containsExactly(CAMPAIGN_SUMMARY);
    assertThat(keys(FORM_FILE_CAMPAIGN_SUMMARY))
        .contains(
            SESSIONS_HELD,
            ATTENDANCE_RATE,
            REFLECTIONS_ON_TIME,
            REFLECTIONS_LATE,
            RECTIFICATION_ITEMS);
    assertThat(editableKeys(TASK_FILE_BRANCH_SUMMARY)).containsExactly(BRANCH_SUMMARY);
    assertThat(keys(TASK_FILE_BRANCH_SUMMARY))
        .contains(
            ATTENDED_COUNT, ABSENT_COUNT, MADE_UP_COUNT, REFLECTIONS_ON_TIME, REFLECTIONS_LATE);
  }

  @Test
  void formsBindOnlyVariablesNamedInCampaignVariables() throws IllegalAccessException {
    Set<String> constants = constantValues(CampaignVariables.class);

    for (String form : FORMS) {
      List<String> bound = new ArrayList<>(keys(form));
      components(form)
          .filter(component -> "dynamiclist".equals(component.path("type").asText()))
          .forEach(
              list -> {
                bound.add(list.path("path").asText());
                list.path("components").forEach(row -> bound.add(row.path("key").asText()));
              });
      assertThat(bound).as("keys of %s", form).isSubsetOf(constants);
    }
  }

  private static JsonNode rowField(String form, String list, String key) {
    return components(form)
        .filter(component -> list.equals(component.path("path").asText()))
        .flatMap(
            component -> StreamSupport.stream(component.path("components").spliterator(), false))
        .filter(row -> key.equals(row.path("key").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(form + " has no " + list + "." + key));
  }
}
