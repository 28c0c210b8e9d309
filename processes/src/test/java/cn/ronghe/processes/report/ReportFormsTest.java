package cn.ronghe.processes.report;

import static cn.ronghe.processes.FormFields.*;
import static cn.ronghe.processes.report.ReportVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.processes.ProcessResources;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The forms of the responsibility report offer exactly what the processes expect. */
class ReportFormsTest {

  /** Each user task's form, named after the task. */
  private static final List<String> TASK_FORMS =
      List.of(
          FORM_DRAFT_REPORT,
          FORM_REVIEW_REPORT_IN_BRANCH,
          FORM_SIGN_REPORT,
          FORM_GIVE_DISCIPLINE_OPINION,
          FORM_REVIEW_REPORT);

  private static final String HIDE_WHEN_NOT_ACCEPTED = "=reviewDecision != \"accept\"";

  /** The longest text a process variable holds (Camunda's {@code TEXT_} is varchar(4000)). */
  private static final int MAX_TEXT = 4000;

  static List<String> forms() {
    List<String> forms = new ArrayList<>(TASK_FORMS);
    forms.add(FORM_OPEN_REPORT_ROUND);
    return forms;
  }

  static List<String> taskForms() {
    return TASK_FORMS;
  }

  @ParameterizedTest
  @MethodSource("forms")
  void formExistsAndBindsOnlyVariablesNamedInReportVariables(String form)
      throws IllegalAccessException {
    assertThat(ProcessResources.exists("forms/" + form + ".form")).isTrue();
    Set<String> constants = constantValues(ReportVariables.class);

    List<String> bound = new ArrayList<>(keys(form));
    lists(form)
        .forEach(
            list -> {
              bound.add(list.path("path").asText());
              list.path("components").forEach(row -> bound.add(row.path("key").asText()));
            });
    assertThat(bound).as("keys of %s", form).isSubsetOf(constants);
  }

  @ParameterizedTest
  @MethodSource("forms")
  void noTextIsLongerThanAVariableHolds(String form) {
    allComponents(form)
        .filter(component -> component.path("validate").has("maxLength"))
        .forEach(
            component ->
                assertThat(component.path("validate").path("maxLength").asInt())
                    .as("maxLength of %s in %s", component.path("id").asText(), form)
                    .isLessThanOrEqualTo(MAX_TEXT));
  }

  @ParameterizedTest
  @MethodSource("taskForms")
  void everyTaskFormShowsTheReportsHeaderReadOnly(String form) {
    for (String key : List.of(ORG_NAME, REPORT_YEAR, REQUIREMENTS)) {
      assertThat(field(form, key).path("readonly").asBoolean()).as("%s in %s", key, form).isTrue();
    }
    assertThat(hideCondition(form, REQUIREMENTS))
        .isEqualTo("=requirements = null or requirements = \"\"");
    assertThat(rowKeys(form, SECTIONS)).contains(SECTION_TITLE, SECTION_CONTENT);
    assertThat(rowKeys(form, FIGURES))
        .containsExactly(FIGURE_LABEL, FIGURE_COMPUTED, FIGURE_REPORTED, FIGURE_NOTE);
    assertThat(rowField(form, SECTIONS, SECTION_TITLE).path("readonly").asBoolean()).isTrue();
    assertThat(rowField(form, FIGURES, FIGURE_LABEL).path("readonly").asBoolean()).isTrue();
    assertThat(rowField(form, FIGURES, FIGURE_COMPUTED).path("readonly").asBoolean()).isTrue();
    for (JsonNode list : lists(form).toList()) {
      assertThat(list.path("allowAddRemove").asBoolean())
          .as("%s in %s: rows added or removed", list.path("path").asText(), form)
          .isEqualTo(FEEDBACK_ITEMS.equals(list.path("path").asText()));
    }
  }

  @Test
  void theRoundIsOpenedWithYearDueDateTemplateOrganisationsAndRequirements() {
    assertThat(editableKeys(FORM_OPEN_REPORT_ROUND))
        .containsExactly(REPORT_YEAR, DUE_ON, TEMPLATE_CODE, REPORTING_ORGS, REQUIREMENTS);
    JsonNode year = field(FORM_OPEN_REPORT_ROUND, REPORT_YEAR);
    assertThat(year.path("validate").path("required").asBoolean()).isTrue();
    assertThat(year.path("validate").path("min").asInt()).isEqualTo(2020);
    assertThat(year.path("validate").path("max").asInt()).isEqualTo(2100);
    assertThat(year.path("decimalDigits").asInt(-1)).isZero();
    JsonNode dueOn = field(FORM_OPEN_REPORT_ROUND, DUE_ON);
    assertThat(dueOn.path("subtype").asText()).isEqualTo("date");
    assertThat(dueOn.path("validate").path("required").asBoolean()).isTrue();
    assertThat(field(FORM_OPEN_REPORT_ROUND, TEMPLATE_CODE).path("valuesKey").asText())
        .isEqualTo(TEMPLATE_OPTIONS);
    assertThat(field(FORM_OPEN_REPORT_ROUND, REPORTING_ORGS).path("type").asText())
        .isEqualTo("checklist");
    assertThat(field(FORM_OPEN_REPORT_ROUND, REPORTING_ORGS).path("valuesKey").asText())
        .isEqualTo(ORG_OPTIONS);
    JsonNode requirements = field(FORM_OPEN_REPORT_ROUND, REQUIREMENTS);
    assertThat(requirements.path("validate").path("required").asBoolean()).isFalse();
    assertThat(requirements.path("validate").path("maxLength").asInt()).isEqualTo(2000);
  }

  @Test
  void theSecretaryWritesEachSectionAndReportsEachFigureWithANoteWhenItDiffers() {
    assertThat(editableKeys(FORM_DRAFT_REPORT)).isEmpty();
    assertThat(field(FORM_DRAFT_REPORT, RETURN_NOTES).path("readonly").asBoolean()).isTrue();
    assertThat(hideCondition(FORM_DRAFT_REPORT, RETURN_NOTES))
        .isEqualTo("=returnNotes = null or returnNotes = \"\"");
    assertThat(rowKeys(FORM_DRAFT_REPORT, SECTIONS))
        .containsExactly(SECTION_TITLE, SECTION_GUIDANCE, SECTION_CONTENT);
    assertThat(rowField(FORM_DRAFT_REPORT, SECTIONS, SECTION_GUIDANCE).path("readonly").asBoolean())
        .isTrue();
    JsonNode content = rowField(FORM_DRAFT_REPORT, SECTIONS, SECTION_CONTENT);
    assertThat(content.path("readonly").asBoolean()).isFalse();
    assertThat(content.path("validate").path("required").asBoolean()).isTrue();
    assertThat(content.path("validate").path("maxLength").asInt()).isEqualTo(4000);
    JsonNode reported = rowField(FORM_DRAFT_REPORT, FIGURES, FIGURE_REPORTED);
    assertThat(reported.path("readonly").asBoolean()).isFalse();
    assertThat(reported.path("validate").path("required").asBoolean()).isTrue();
    assertThat(reported.path("decimalDigits").asInt(-1)).isZero();
    JsonNode note = rowField(FORM_DRAFT_REPORT, FIGURES, FIGURE_NOTE);
    assertThat(note.path("readonly").asBoolean()).isFalse();
    assertThat(note.path("validate").path("maxLength").asInt()).isEqualTo(200);
  }

  @Test
  void theBranchCommitteeAgreesOrReturnsWithAnOpinion() {
    assertThat(editableKeys(FORM_REVIEW_REPORT_IN_BRANCH))
        .containsExactly(BRANCH_REVIEW_DECISION, BRANCH_REVIEW_OPINION);
    assertThat(optionValues(FORM_REVIEW_REPORT_IN_BRANCH, BRANCH_REVIEW_DECISION))
        .containsExactly(AGREE, RETURN);
    assertThat(timeline(FORM_REVIEW_REPORT_IN_BRANCH, BRANCH_REVIEW_DECISION)).isEqualTo("outcome");
    assertThat(timeline(FORM_REVIEW_REPORT_IN_BRANCH, BRANCH_REVIEW_OPINION)).isEqualTo("opinion");
    JsonNode opinion = field(FORM_REVIEW_REPORT_IN_BRANCH, BRANCH_REVIEW_OPINION);
    assertThat(opinion.path("validate").path("required").asBoolean()).isTrue();
    assertThat(opinion.path("validate").path("maxLength").asInt()).isEqualTo(1000);
    assertNothingEditableIn(FORM_REVIEW_REPORT_IN_BRANCH, SECTIONS);
    assertNothingEditableIn(FORM_REVIEW_REPORT_IN_BRANCH, FIGURES);
  }

  @Test
  void theSecretarySignsByConfirmingTheReport() {
    assertThat(editableKeys(FORM_SIGN_REPORT)).containsExactly(SIGN_CONFIRMED);
    JsonNode confirmed = field(FORM_SIGN_REPORT, SIGN_CONFIRMED);
    assertThat(confirmed.path("type").asText()).isEqualTo("checkbox");
    assertThat(confirmed.path("validate").path("required").asBoolean()).isTrue();
    assertThat(field(FORM_SIGN_REPORT, BRANCH_REVIEW_OPINION).path("readonly").asBoolean())
        .isTrue();
    assertNothingEditableIn(FORM_SIGN_REPORT, SECTIONS);
    assertNothingEditableIn(FORM_SIGN_REPORT, FIGURES);
  }

  @Test
  void theDisciplineCommissionGivesItsOpinion() {
    assertThat(editableKeys(FORM_GIVE_DISCIPLINE_OPINION)).containsExactly(DISCIPLINE_OPINION);
    JsonNode opinion = field(FORM_GIVE_DISCIPLINE_OPINION, DISCIPLINE_OPINION);
    assertThat(opinion.path("validate").path("required").asBoolean()).isTrue();
    assertThat(opinion.path("validate").path("maxLength").asInt()).isEqualTo(2000);
    assertThat(timeline(FORM_GIVE_DISCIPLINE_OPINION, DISCIPLINE_OPINION)).isEqualTo("opinion");
    assertNothingEditableIn(FORM_GIVE_DISCIPLINE_OPINION, SECTIONS);
    assertNothingEditableIn(FORM_GIVE_DISCIPLINE_OPINION, FIGURES);
  }

  @Test
  void thePartyCommitteeAcceptsWithScoreGradeAndFeedbackOrReturnsWithComments() {
    assertThat(editableKeys(FORM_REVIEW_REPORT))
        .containsExactly(REVIEW_DECISION, REVIEW_COMMENT, SCORE, GRADE);
    assertThat(field(FORM_REVIEW_REPORT, DISCIPLINE_OPINION).path("readonly").asBoolean()).isTrue();
    assertThat(optionValues(FORM_REVIEW_REPORT, REVIEW_DECISION)).containsExactly(ACCEPT, RETURN);
    assertThat(timeline(FORM_REVIEW_REPORT, REVIEW_DECISION)).isEqualTo("outcome");
    assertThat(timeline(FORM_REVIEW_REPORT, REVIEW_COMMENT)).isEqualTo("opinion");
    assertThat(rowKeys(FORM_REVIEW_REPORT, SECTIONS))
        .containsExactly(SECTION_TITLE, SECTION_CONTENT, SECTION_COMMENT);
    assertThat(rowField(FORM_REVIEW_REPORT, SECTIONS, SECTION_CONTENT).path("readonly").asBoolean())
        .isTrue();
    JsonNode comment = rowField(FORM_REVIEW_REPORT, SECTIONS, SECTION_COMMENT);
    assertThat(comment.path("readonly").asBoolean()).isFalse();
    assertThat(comment.path("validate").path("maxLength").asInt()).isEqualTo(1000);
    assertNothingEditableIn(FORM_REVIEW_REPORT, FIGURES);

    JsonNode score = field(FORM_REVIEW_REPORT, SCORE);
    assertThat(score.path("validate").path("min").asInt()).isZero();
    assertThat(score.path("validate").path("max").asInt()).isEqualTo(100);
    assertThat(score.path("decimalDigits").asInt()).isEqualTo(1);
    assertThat(optionValues(FORM_REVIEW_REPORT, GRADE))
        .containsExactly(GRADE_EXCELLENT, GRADE_GOOD, GRADE_FAIR, GRADE_POOR);
    assertThat(hideCondition(FORM_REVIEW_REPORT, SCORE)).isEqualTo(HIDE_WHEN_NOT_ACCEPTED);
    assertThat(hideCondition(FORM_REVIEW_REPORT, GRADE)).isEqualTo(HIDE_WHEN_NOT_ACCEPTED);

    JsonNode feedback = list(FORM_REVIEW_REPORT, FEEDBACK_ITEMS);
    assertThat(feedback.path("conditional").path("hide").asText())
        .isEqualTo(HIDE_WHEN_NOT_ACCEPTED);
    assertThat(feedback.path("allowAddRemove").asBoolean()).isTrue();
    assertThat(feedback.path("defaultRepetitions").asInt(-1)).isZero();
    assertThat(rowKeys(FORM_REVIEW_REPORT, FEEDBACK_ITEMS))
        .containsExactly(FEEDBACK_PROBLEM, FEEDBACK_OWNER, FEEDBACK_MEASURE, FEEDBACK_DEADLINE);
    for (String key : rowKeys(FORM_REVIEW_REPORT, FEEDBACK_ITEMS)) {
      assertThat(
              rowField(FORM_REVIEW_REPORT, FEEDBACK_ITEMS, key)
                  .path("validate")
                  .path("required")
                  .asBoolean())
          .as("%s required", key)
          .isTrue();
    }
    JsonNode owner = rowField(FORM_REVIEW_REPORT, FEEDBACK_ITEMS, FEEDBACK_OWNER);
    assertThat(owner.path("valuesKey").asText()).isEqualTo(ORG_PEOPLE);
    assertThat(owner.path("searchable").asBoolean()).isTrue();
    assertThat(
            rowField(FORM_REVIEW_REPORT, FEEDBACK_ITEMS, FEEDBACK_DEADLINE)
                .path("subtype")
                .asText())
        .isEqualTo("date");
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static Stream<JsonNode> lists(String form) {
    return components(form).filter(c -> "dynamiclist".equals(c.path("type").asText()));
  }

  private static JsonNode list(String form, String path) {
    return lists(form)
        .filter(list -> path.equals(list.path("path").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(form + " has no list " + path));
  }

  private static List<String> rowKeys(String form, String path) {
    return StreamSupport.stream(list(form, path).path("components").spliterator(), false)
        .map(row -> row.path("key").asText())
        .toList();
  }

  private static JsonNode rowField(String form, String path, String key) {
    return StreamSupport.stream(list(form, path).path("components").spliterator(), false)
        .filter(row -> key.equals(row.path("key").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(form + " has no " + path + "." + key));
  }

  private static void assertNothingEditableIn(String form, String path) {
    list(form, path)
        .path("components")
        .forEach(
            row ->
                assertThat(row.path("readonly").asBoolean())
                    .as("%s.%s in %s is read-only", path, row.path("key").asText(), form)
                    .isTrue());
    assertThat(list(form, path).path("allowAddRemove").asBoolean()).isFalse();
  }

  private static String timeline(String form, String key) {
    return field(form, key).path("properties").path("timeline").asText();
  }

  /** Every component, inside dynamic lists too. */
  private static Stream<JsonNode> allComponents(String form) {
    return components(form)
        .flatMap(
            component ->
                Stream.concat(
                    Stream.of(component),
                    StreamSupport.stream(component.path("components").spliterator(), false)));
  }
}
