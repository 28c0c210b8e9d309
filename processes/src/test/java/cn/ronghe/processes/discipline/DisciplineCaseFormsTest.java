package cn.ronghe.processes.discipline;

import static cn.ronghe.processes.FormFields.*;
import static cn.ronghe.processes.discipline.DisciplineCaseVariables.*;
import static cn.ronghe.processes.discipline.DisciplineVariables.ALLEGATION;
import static cn.ronghe.processes.discipline.DisciplineVariables.CASE_NUMBER;
import static cn.ronghe.processes.discipline.DisciplineVariables.OFFICER_OPTIONS;
import static cn.ronghe.processes.discipline.DisciplineVariables.SUBJECT;
import static cn.ronghe.processes.discipline.DisciplineVariables.SUBJECT_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.processes.ProcessResources;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The forms of 立案审查 offer exactly what {@code bpmn/disciplineCase.bpmn} expects. */
class DisciplineCaseFormsTest {

  /** Each user task's own form, named after the task ({@code informCaseResult} uses the clue's). */
  private static final List<String> TASK_FORMS =
      List.of(
          TASK_ASSIGN_REVIEW_TEAM,
          TASK_CONDUCT_REVIEW,
          TASK_APPROVE_EXTENSION,
          TASK_ASSIGN_HEARING_PANEL,
          TASK_HOLD_HEARING,
          TASK_DECIDE_CASE,
          TASK_REPORT_EXECUTION,
          TASK_RECORD_APPEAL,
          TASK_ASSIGN_APPEAL_REVIEWERS,
          TASK_REVIEW_APPEAL,
          TASK_DECIDE_APPEAL);

  /** The longest text a process variable holds (Camunda's {@code TEXT_} is varchar(4000)). */
  private static final int MAX_TEXT = 4000;

  /** Every sanction, from the least to the gravest: the options of every sanction select. */
  private static final List<String> SANCTIONS =
      List.of(
          SANCTION_NONE,
          SANCTION_ADMONITION,
          SANCTION_WARNING,
          SANCTION_SERIOUS_WARNING,
          SANCTION_REMOVAL,
          SANCTION_PROBATION,
          SANCTION_EXPULSION);

  static List<String> taskForms() {
    return TASK_FORMS;
  }

  @Test
  void eachUserTaskShowsItsOwnFormButTheComplainantIsToldWithTheCluesForm() {
    BpmnModelInstance model = Bpmn.readModelFromStream(ProcessResources.open(BPMN_RESOURCE));
    Set<String> forms = new HashSet<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String expected =
          TASK_INFORM_CASE_RESULT.equals(task.getId())
              ? DisciplineVariables.TASK_INFORM_COMPLAINANT
              : task.getId();
      assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isEqualTo(expected);
      assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
      forms.add(task.getCamundaFormRef());
    }
    assertThat(forms)
        .containsExactlyInAnyOrderElementsOf(
            union(TASK_FORMS, List.of(DisciplineVariables.TASK_INFORM_COMPLAINANT)));
  }

  @ParameterizedTest
  @MethodSource("taskForms")
  void formBindsOnlyVariablesNamedInTheDisciplineClasses(String form)
      throws IllegalAccessException {
    Set<String> constants = new HashSet<>(constantValues(DisciplineCaseVariables.class));
    constants.addAll(constantValues(DisciplineVariables.class));
    assertThat(keys(form)).as("keys of %s", form).isSubsetOf(constants);
  }

  @ParameterizedTest
  @MethodSource("taskForms")
  void everyTextHasALimitNoLongerThanAVariableHolds(String form) {
    components(form)
        .filter(c -> Set.of("textfield", "textarea").contains(c.path("type").asText()))
        .filter(c -> !c.path("readonly").asBoolean())
        .forEach(
            c ->
                assertThat(c.path("validate").path("maxLength").asInt(Integer.MAX_VALUE))
                    .as("maxLength of %s in %s", c.path("key").asText(), form)
                    .isLessThanOrEqualTo(MAX_TEXT));
  }

  @ParameterizedTest
  @MethodSource("taskForms")
  void everyFormSaysItIsConfidentialAndShowsTheCasesHeaderReadOnly(String form) {
    assertThat(components(form).filter(c -> "text".equals(c.path("type").asText())))
        .as("intro of %s", form)
        .anySatisfy(intro -> assertThat(intro.path("text").asText()).contains("知悉范围"));
    assertThat(keys(form)).startsWith(CASE_NUMBER, SUBJECT_NAME, ALLEGATION);
    for (String key : List.of(CASE_NUMBER, SUBJECT_NAME, ALLEGATION)) {
      assertReadOnly(form, key);
    }
    assertThat(keys(form))
        .as("%s never shows the subject's username", form)
        .doesNotContain(SUBJECT);
  }

  @ParameterizedTest
  @MethodSource("taskForms")
  void everySanctionSelectOffersTheSameCodesAndLabels(String form) {
    JsonNode reference = field(TASK_DECIDE_CASE, SANCTION).path("values");
    components(form)
        .filter(c -> List.of(SANCTION, PROPOSED_SANCTION).contains(c.path("key").asText()))
        .forEach(
            c -> {
              assertThat(c.path("type").asText()).isEqualTo("select");
              assertThat(c.path("values"))
                  .as("options of %s in %s", c.path("key").asText(), form)
                  .isEqualTo(reference);
            });
  }

  @Test
  void theSanctionsAreTheSevenCodesLeastFirst() {
    assertThat(optionValues(TASK_DECIDE_CASE, SANCTION)).isEqualTo(SANCTIONS);
    assertThat(optionValues(TASK_HOLD_HEARING, PROPOSED_SANCTION)).isEqualTo(SANCTIONS);
    assertThat(
            StreamSupport.stream(
                    field(TASK_DECIDE_CASE, SANCTION).path("values").spliterator(), false)
                .map(option -> option.path("label").asText()))
        .containsExactly("撤销案件（不构成违纪）", "批评教育、诫勉（免予处分）", "警告", "严重警告", "撤销党内职务", "留党察看", "开除党籍");
  }

  @Test
  void theHeadChoosesTheTeamsFromTheOfficers() {
    for (List<String> formAndKey :
        List.of(
            List.of(TASK_ASSIGN_REVIEW_TEAM, REVIEW_TEAM),
            List.of(TASK_ASSIGN_HEARING_PANEL, HEARING_PANEL),
            List.of(TASK_ASSIGN_APPEAL_REVIEWERS, APPEAL_REVIEWERS))) {
      String form = formAndKey.get(0);
      String key = formAndKey.get(1);
      assertThat(editableKeys(form)).as("editable in %s", form).containsExactly(key);
      JsonNode team = field(form, key);
      assertThat(team.path("type").asText()).isEqualTo("checklist");
      assertThat(team.path("valuesKey").asText()).isEqualTo(OFFICER_OPTIONS);
      assertRequired(form, key);
    }
    assertThat(intro(TASK_ASSIGN_HEARING_PANEL)).contains("参与初步核实或审查的人员不得参加审理");
    assertThat(intro(TASK_ASSIGN_APPEAL_REVIEWERS)).contains("原核查、审查人员不得参加复查");
  }

  @Test
  void theTeamReportsItsReviewOrAsksForMoreDays() {
    assertThat(editableKeys(TASK_CONDUCT_REVIEW))
        .containsExactly(REVIEW_FINDINGS, REVIEW_RESULT, EXTENSION_DAYS, EXTENSION_REASON);
    assertRequired(TASK_CONDUCT_REVIEW, REVIEW_FINDINGS);
    assertThat(maxLength(TASK_CONDUCT_REVIEW, REVIEW_FINDINGS)).isEqualTo(4000);
    assertThat(field(TASK_CONDUCT_REVIEW, REVIEW_RESULT).path("type").asText()).isEqualTo("radio");
    assertThat(optionValues(TASK_CONDUCT_REVIEW, REVIEW_RESULT))
        .containsExactly(REVIEW_TO_HEARING, REVIEW_EXTEND);
    assertRequired(TASK_CONDUCT_REVIEW, REVIEW_RESULT);
    assertThat(timeline(TASK_CONDUCT_REVIEW, REVIEW_RESULT)).isEqualTo("outcome");
    assertThat(timeline(TASK_CONDUCT_REVIEW, REVIEW_FINDINGS)).isEqualTo("opinion");

    JsonNode days = field(TASK_CONDUCT_REVIEW, EXTENSION_DAYS);
    assertThat(days.path("type").asText()).isEqualTo("number");
    assertThat(days.path("validate").path("min").asInt()).isEqualTo(1);
    assertThat(days.path("validate").path("max").asInt()).isEqualTo(90);
    for (String key : List.of(EXTENSION_DAYS, EXTENSION_REASON)) {
      assertRequired(TASK_CONDUCT_REVIEW, key);
      assertThat(hideCondition(TASK_CONDUCT_REVIEW, key)).isEqualTo("=reviewResult != \"extend\"");
    }
    assertReadOnly(TASK_CONDUCT_REVIEW, EXTENSION_COMMENT);
    assertThat(hideCondition(TASK_CONDUCT_REVIEW, EXTENSION_COMMENT))
        .isEqualTo("=extensionComment = null or extensionComment = \"\"");
  }

  @Test
  void theHeadApprovesOrRefusesTheExtensionSeeingTheRequest() {
    assertThat(editableKeys(TASK_APPROVE_EXTENSION))
        .containsExactly(EXTENSION_DECISION, EXTENSION_COMMENT);
    for (String key : List.of(REVIEW_FINDINGS, EXTENSION_DAYS, EXTENSION_REASON)) {
      assertReadOnly(TASK_APPROVE_EXTENSION, key);
    }
    assertThat(field(TASK_APPROVE_EXTENSION, EXTENSION_DECISION).path("type").asText())
        .isEqualTo("radio");
    assertThat(optionValues(TASK_APPROVE_EXTENSION, EXTENSION_DECISION))
        .containsExactly(EXTENSION_APPROVE, EXTENSION_REFUSE);
    assertRequired(TASK_APPROVE_EXTENSION, EXTENSION_DECISION);
    assertThat(timeline(TASK_APPROVE_EXTENSION, EXTENSION_DECISION)).isEqualTo("outcome");
    assertThat(timeline(TASK_APPROVE_EXTENSION, EXTENSION_COMMENT)).isEqualTo("opinion");
  }

  @Test
  void thePanelGivesItsOpinionAndProposesASanction() {
    assertThat(editableKeys(TASK_HOLD_HEARING)).containsExactly(HEARING_OPINION, PROPOSED_SANCTION);
    assertReadOnly(TASK_HOLD_HEARING, REVIEW_FINDINGS);
    assertRequired(TASK_HOLD_HEARING, HEARING_OPINION);
    assertRequired(TASK_HOLD_HEARING, PROPOSED_SANCTION);
    assertThat(maxLength(TASK_HOLD_HEARING, HEARING_OPINION)).isEqualTo(4000);
    assertReadOnly(TASK_HOLD_HEARING, DECISION_NOTE);
    assertThat(hideCondition(TASK_HOLD_HEARING, DECISION_NOTE))
        .isEqualTo("=decisionNote = null or decisionNote = \"\"");
  }

  @Test
  void theHeadDecidesWithSanctionDateAndNumberOrReturns() {
    assertThat(editableKeys(TASK_DECIDE_CASE))
        .containsExactly(CASE_DECISION, SANCTION, DECISION_DATE, DECISION_NUMBER, DECISION_NOTE);
    assertReadOnly(TASK_DECIDE_CASE, HEARING_OPINION);
    assertReadOnly(TASK_DECIDE_CASE, PROPOSED_SANCTION);
    assertThat(optionValues(TASK_DECIDE_CASE, CASE_DECISION))
        .containsExactly(CASE_DECIDE, CASE_RETURN);
    assertRequired(TASK_DECIDE_CASE, CASE_DECISION);
    assertThat(timeline(TASK_DECIDE_CASE, CASE_DECISION)).isEqualTo("outcome");
    for (String key : List.of(SANCTION, DECISION_DATE, DECISION_NUMBER)) {
      assertThat(hideCondition(TASK_DECIDE_CASE, key))
          .as("%s only when decided", key)
          .isEqualTo("=caseDecision != \"decide\"");
    }
    assertRequired(TASK_DECIDE_CASE, SANCTION);
    assertRequired(TASK_DECIDE_CASE, DECISION_DATE);
    assertThat(field(TASK_DECIDE_CASE, DECISION_DATE).path("subtype").asText()).isEqualTo("date");
    assertThat(maxLength(TASK_DECIDE_CASE, DECISION_NUMBER)).isEqualTo(100);
    assertThat(hideCondition(TASK_DECIDE_CASE, DECISION_NOTE))
        .as("a return's reason goes there too")
        .isEmpty();
    assertThat(timeline(TASK_DECIDE_CASE, DECISION_NOTE)).isEqualTo("opinion");
  }

  @Test
  void theRegistrarReportsTheExecution() {
    assertThat(editableKeys(TASK_REPORT_EXECUTION)).containsExactly(EXECUTED_ON, EXECUTION_NOTE);
    assertReadOnly(TASK_REPORT_EXECUTION, SANCTION);
    assertRequired(TASK_REPORT_EXECUTION, EXECUTED_ON);
    assertThat(field(TASK_REPORT_EXECUTION, EXECUTED_ON).path("subtype").asText())
        .isEqualTo("date");
    assertRequired(TASK_REPORT_EXECUTION, EXECUTION_NOTE);
  }

  @Test
  void theRegistrarRecordsTheAppealAndTheReviewersReviewIt() {
    assertThat(editableKeys(TASK_RECORD_APPEAL))
        .containsExactly(APPEAL_RECEIVED_ON, APPEAL_GROUNDS);
    assertRequired(TASK_RECORD_APPEAL, APPEAL_RECEIVED_ON);
    assertThat(field(TASK_RECORD_APPEAL, APPEAL_RECEIVED_ON).path("subtype").asText())
        .isEqualTo("date");
    assertRequired(TASK_RECORD_APPEAL, APPEAL_GROUNDS);
    assertThat(maxLength(TASK_RECORD_APPEAL, APPEAL_GROUNDS)).isEqualTo(4000);

    assertThat(editableKeys(TASK_REVIEW_APPEAL)).containsExactly(APPEAL_FINDINGS);
    assertReadOnly(TASK_REVIEW_APPEAL, APPEAL_GROUNDS);
    assertRequired(TASK_REVIEW_APPEAL, APPEAL_FINDINGS);
    assertThat(maxLength(TASK_REVIEW_APPEAL, APPEAL_FINDINGS)).isEqualTo(4000);
  }

  @Test
  void theHeadUpholdsChangesOrRevokesTheSanction() {
    assertThat(editableKeys(TASK_DECIDE_APPEAL))
        .containsExactly(APPEAL_RESULT, APPEAL_SANCTION, APPEAL_NOTE);
    assertReadOnly(TASK_DECIDE_APPEAL, SANCTION);
    assertReadOnly(TASK_DECIDE_APPEAL, APPEAL_FINDINGS);
    assertThat(field(TASK_DECIDE_APPEAL, APPEAL_RESULT).path("type").asText()).isEqualTo("radio");
    assertThat(optionValues(TASK_DECIDE_APPEAL, APPEAL_RESULT))
        .containsExactly(APPEAL_UPHOLD, APPEAL_CHANGE, APPEAL_REVOKE);
    assertRequired(TASK_DECIDE_APPEAL, APPEAL_RESULT);
    assertThat(timeline(TASK_DECIDE_APPEAL, APPEAL_RESULT)).isEqualTo("outcome");

    assertThat(field(TASK_DECIDE_APPEAL, APPEAL_SANCTION).path("type").asText())
        .isEqualTo("select");
    assertThat(optionValues(TASK_DECIDE_APPEAL, APPEAL_SANCTION))
        .isEqualTo(SANCTIONS.subList(1, SANCTIONS.size()));
    assertThat(field(TASK_DECIDE_APPEAL, APPEAL_SANCTION).path("values"))
        .as("the same labels as the decision's, without %s", SANCTION_NONE)
        .containsExactlyElementsOf(
            () ->
                StreamSupport.stream(
                        field(TASK_DECIDE_CASE, SANCTION).path("values").spliterator(), false)
                    .skip(1)
                    .iterator());
    assertRequired(TASK_DECIDE_APPEAL, APPEAL_SANCTION);
    assertThat(hideCondition(TASK_DECIDE_APPEAL, APPEAL_SANCTION))
        .isEqualTo("=appealResult != \"change\"");
    assertThat(timeline(TASK_DECIDE_APPEAL, APPEAL_NOTE)).isEqualTo("opinion");
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static String intro(String form) {
    return components(form)
        .filter(c -> "text".equals(c.path("type").asText()))
        .findFirst()
        .orElseThrow()
        .path("text")
        .asText();
  }

  private static void assertRequired(String form, String key) {
    assertThat(field(form, key).path("validate").path("required").asBoolean())
        .as("%s required in %s", key, form)
        .isTrue();
  }

  private static void assertReadOnly(String form, String key) {
    assertThat(field(form, key).path("readonly").asBoolean())
        .as("%s read-only in %s", key, form)
        .isTrue();
  }

  private static int maxLength(String form, String key) {
    return field(form, key).path("validate").path("maxLength").asInt();
  }

  private static String timeline(String form, String key) {
    return field(form, key).path("properties").path("timeline").asText();
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
