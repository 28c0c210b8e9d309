package cn.ronghe.processes.practicalhelp;

import static cn.ronghe.processes.practicalhelp.PracticalHelpVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.processes.ProcessResources;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The forms of 为干警办实事 offer exactly the codes the process and the backend expect. */
class PracticalHelpFormsTest {

  private static final List<String> FORMS =
      List.of(
          FORM_SUBMIT_HELP_REQUEST,
          FORM_REVIEW_HELP_REQUEST,
          FORM_REVISE_HELP_REQUEST,
          FORM_APPROVE_HELP_REQUEST,
          FORM_HANDLE_HELP_REQUEST,
          FORM_CONFIRM_HELP_RESULT);

  @Test
  void reviewFormOffersExactlyTheDecisionsTheGatewayRoutes() {
    assertThat(optionValues(FORM_REVIEW_HELP_REQUEST, REVIEW_DECISION))
        .containsExactly(REVIEW_PASS, REVIEW_RETURN);
  }

  @Test
  void approvalFormOffersExactlyTheDecisionsTheGatewayRoutes() {
    assertThat(optionValues(FORM_APPROVE_HELP_REQUEST, COMMITTEE_DECISION))
        .containsExactly(COMMITTEE_APPROVE, COMMITTEE_REJECT);
  }

  @Test
  void confirmationFormOffersExactlyTheDecisionsTheGatewayRoutes() {
    assertThat(optionValues(FORM_CONFIRM_HELP_RESULT, CONFIRMATION_DECISION))
        .containsExactly(CONFIRMATION_ACCEPT, CONFIRMATION_REWORK);
  }

  @Test
  void requestFormsOfferTheCategoryAndUrgencyCodes() {
    for (String form : List.of(FORM_SUBMIT_HELP_REQUEST, FORM_REVISE_HELP_REQUEST)) {
      assertThat(optionValues(form, CATEGORY))
          .containsExactly(
              CATEGORY_LIFE, CATEGORY_WORK, CATEGORY_FAMILY, CATEGORY_HEALTH, CATEGORY_OTHER);
      assertThat(optionValues(form, URGENCY))
          .containsExactly(URGENCY_NORMAL, URGENCY_URGENT, URGENCY_CRITICAL);
    }
  }

  @Test
  void revisionFormLetsTheRequesterEditEverythingTheStartFormAsked() {
    assertThat(editableKeys(FORM_REVISE_HELP_REQUEST))
        .containsExactlyInAnyOrderElementsOf(editableKeys(FORM_SUBMIT_HELP_REQUEST));
  }

  @Test
  void approvalFormAsksForHandlerAndDueDateOnlyWhenApproving() {
    assertThat(field(FORM_APPROVE_HELP_REQUEST, HANDLER).path("conditional").path("hide").asText())
        .isEqualTo("=committeeDecision != \"approve\"");
    assertThat(
            field(FORM_APPROVE_HELP_REQUEST, HANDLING_DUE_DATE)
                .path("conditional")
                .path("hide")
                .asText())
        .isEqualTo("=committeeDecision != \"approve\"");
    assertThat(
            field(FORM_APPROVE_HELP_REQUEST, REJECTION_REASON)
                .path("conditional")
                .path("hide")
                .asText())
        .isEqualTo("=committeeDecision != \"reject\"");
  }

  @Test
  void formsBindOnlyVariablesNamedInPracticalHelpVariables() throws IllegalAccessException {
    Set<String> constants = constantValues();

    for (String form : FORMS) {
      assertThat(keys(form)).as("keys of %s", form).isSubsetOf(constants);
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static JsonNode field(String form, String key) {
    return components(form)
        .filter(component -> key.equals(component.path("key").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(form + " has no field " + key));
  }

  private static List<String> optionValues(String form, String key) {
    return StreamSupport.stream(field(form, key).path("values").spliterator(), false)
        .map(option -> option.path("value").asText())
        .toList();
  }

  private static List<String> keys(String form) {
    return components(form)
        .filter(component -> component.hasNonNull("key"))
        .map(component -> component.path("key").asText())
        .toList();
  }

  private static List<String> editableKeys(String form) {
    return components(form)
        .filter(component -> component.hasNonNull("key"))
        .filter(component -> !component.path("readonly").asBoolean(false))
        .map(component -> component.path("key").asText())
        .toList();
  }

  private static Stream<JsonNode> components(String form) {
    JsonNode schema = ProcessResources.readJson("forms/" + form + ".form");
    return StreamSupport.stream(schema.path("components").spliterator(), false);
  }

  private static Set<String> constantValues() throws IllegalAccessException {
    List<String> values = new ArrayList<>();
    for (Field field : PracticalHelpVariables.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        values.add((String) field.get(null));
      }
    }
    return values.stream().collect(Collectors.toSet());
  }
}
