package cn.ronghe.processes.practicalhelp;

import static cn.ronghe.processes.FormFields.*;
import static cn.ronghe.processes.practicalhelp.PracticalHelpVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
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
    assertThat(hideCondition(FORM_APPROVE_HELP_REQUEST, HANDLER))
        .isEqualTo("=committeeDecision != \"approve\"");
    assertThat(hideCondition(FORM_APPROVE_HELP_REQUEST, HANDLING_DUE_DATE))
        .isEqualTo("=committeeDecision != \"approve\"");
    assertThat(hideCondition(FORM_APPROVE_HELP_REQUEST, REJECTION_REASON))
        .isEqualTo("=committeeDecision != \"reject\"");
  }

  @Test
  void formsBindOnlyVariablesNamedInPracticalHelpVariables() throws IllegalAccessException {
    Set<String> constants = constantValues(PracticalHelpVariables.class);

    for (String form : FORMS) {
      assertThat(keys(form)).as("keys of %s", form).isSubsetOf(constants);
    }
  }
}
