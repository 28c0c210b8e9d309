package cn.ronghe.processes.discipline;

import static cn.ronghe.processes.FormFields.*;
import static cn.ronghe.processes.discipline.DisciplineVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.processes.ProcessResources;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The forms of 问题线索处置 offer exactly what {@code bpmn/disciplineClue.bpmn} expects. */
class DisciplineFormsTest {

  /** Each user task's form, named after the task. */
  private static final List<String> TASK_FORMS =
      List.of(
          TASK_REFER_TO_HIGHER_LEVEL,
          TASK_ACKNOWLEDGE_COMPLAINANT,
          TASK_PROPOSE_DISPOSAL,
          TASK_APPROVE_DISPOSAL,
          TASK_SEND_INQUIRY,
          TASK_RECORD_INQUIRY_REPLY,
          TASK_ASSIGN_VERIFICATION_TEAM,
          TASK_REPORT_VERIFICATION,
          TASK_APPROVE_VERIFICATION,
          TASK_INFORM_COMPLAINANT);

  /** The longest text a process variable holds (Camunda's {@code TEXT_} is varchar(4000)). */
  private static final int MAX_TEXT = 4000;

  private static final String HIDE_UNLESS_NAMED = "=complainantNamed != \"named\"";

  private static final List<String> WAYS =
      List.of(WAY_INQUIRY, WAY_VERIFICATION, WAY_HOLD, WAY_CLOSE);
  private static final List<String> HOW = List.of("phone", "letter", "inPerson");

  static List<String> forms() {
    List<String> forms = new ArrayList<>(TASK_FORMS);
    forms.add(FORM_REGISTER_CLUE);
    return forms;
  }

  static List<String> taskForms() {
    return TASK_FORMS;
  }

  @ParameterizedTest
  @MethodSource("forms")
  void formExistsAndBindsOnlyVariablesNamedInDisciplineVariables(String form)
      throws IllegalAccessException {
    assertThat(ProcessResources.exists("forms/" + form + ".form")).isTrue();
    Set<String> constants = constantValues(DisciplineVariables.class);
    assertThat(keys(form)).as("keys of %s", form).isSubsetOf(constants);
  }

  @ParameterizedTest
  @MethodSource("forms")
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
  @MethodSource("forms")
  void everyFormSaysItIsConfidential(String form) {
    assertThat(components(form).filter(c -> "text".equals(c.path("type").asText())))
        .as("intro of %s", form)
        .anySatisfy(intro -> assertThat(intro.path("text").asText()).contains("知悉范围"));
  }

  @ParameterizedTest
  @MethodSource("taskForms")
  void everyTaskFormShowsTheCluesHeaderReadOnly(String form) {
    assertThat(keys(form)).startsWith(CASE_NUMBER, SUBJECT_NAME, ALLEGATION);
    for (String key : List.of(CASE_NUMBER, SUBJECT_NAME, ALLEGATION)) {
      assertThat(field(form, key).path("readonly").asBoolean()).as("%s in %s", key, form).isTrue();
    }
    assertThat(field(form, ALLEGATION).path("type").asText()).isEqualTo("textarea");
    boolean toComplainant =
        form.equals(TASK_ACKNOWLEDGE_COMPLAINANT) || form.equals(TASK_INFORM_COMPLAINANT);
    assertThat(keys(form).contains(COMPLAINANT_NAME))
        .as("%s shows the complainant", form)
        .isEqualTo(toComplainant);
    assertThat(keys(form))
        .as("%s never shows the subject's username", form)
        .doesNotContain(SUBJECT);
  }

  @Test
  void aClueIsRegisteredWithItsSourceComplainantSubjectAndAllegation() {
    assertThat(editableKeys(FORM_REGISTER_CLUE))
        .containsExactly(
            SOURCE,
            RECEIVED_ON,
            COMPLAINANT_NAMED,
            COMPLAINANT_NAME,
            COMPLAINANT_CONTACT,
            SUBJECT,
            ALLEGATION);
    assertThat(optionValues(FORM_REGISTER_CLUE, SOURCE))
        .containsExactly(
            SOURCE_LETTER,
            SOURCE_VISIT,
            SOURCE_PHONE,
            SOURCE_ONLINE,
            SOURCE_REFERRAL,
            SOURCE_AUDIT,
            SOURCE_INSPECTION);
    assertThat(field(FORM_REGISTER_CLUE, RECEIVED_ON).path("subtype").asText()).isEqualTo("date");
    assertThat(field(FORM_REGISTER_CLUE, COMPLAINANT_NAMED).path("type").asText())
        .isEqualTo("radio");
    assertThat(optionValues(FORM_REGISTER_CLUE, COMPLAINANT_NAMED))
        .containsExactly(NAMED, ANONYMOUS);
    for (String key : List.of(SOURCE, RECEIVED_ON, COMPLAINANT_NAMED, SUBJECT, ALLEGATION)) {
      assertRequired(FORM_REGISTER_CLUE, key);
    }
    assertThat(hideCondition(FORM_REGISTER_CLUE, COMPLAINANT_NAME)).isEqualTo(HIDE_UNLESS_NAMED);
    assertThat(hideCondition(FORM_REGISTER_CLUE, COMPLAINANT_CONTACT)).isEqualTo(HIDE_UNLESS_NAMED);
    assertThat(maxLength(FORM_REGISTER_CLUE, COMPLAINANT_NAME)).isEqualTo(50);
    assertThat(maxLength(FORM_REGISTER_CLUE, COMPLAINANT_CONTACT)).isEqualTo(100);
    JsonNode subject = field(FORM_REGISTER_CLUE, SUBJECT);
    assertThat(subject.path("type").asText()).isEqualTo("select");
    assertThat(subject.path("valuesKey").asText()).isEqualTo(SUBJECT_OPTIONS);
    assertThat(subject.path("searchable").asBoolean()).isTrue();
    assertThat(maxLength(FORM_REGISTER_CLUE, ALLEGATION)).isEqualTo(4000);
  }

  @Test
  void theHeadRefersTheClueToANamedAuthority() {
    assertThat(editableKeys(TASK_REFER_TO_HIGHER_LEVEL))
        .containsExactly(REFERRED_TO, REFERRAL_NOTE);
    assertRequired(TASK_REFER_TO_HIGHER_LEVEL, REFERRED_TO);
    assertThat(maxLength(TASK_REFER_TO_HIGHER_LEVEL, REFERRED_TO)).isEqualTo(100);
    assertThat(maxLength(TASK_REFER_TO_HIGHER_LEVEL, REFERRAL_NOTE)).isEqualTo(2000);
    assertThat(timeline(TASK_REFER_TO_HIGHER_LEVEL, REFERRAL_NOTE)).isEqualTo("opinion");
  }

  @Test
  void theComplainantIsAcknowledgedAndInformedWithDateAndMeans() {
    assertThat(editableKeys(TASK_ACKNOWLEDGE_COMPLAINANT))
        .containsExactly(ACKNOWLEDGED_ON, ACKNOWLEDGED_HOW);
    assertRequired(TASK_ACKNOWLEDGE_COMPLAINANT, ACKNOWLEDGED_ON);
    assertRequired(TASK_ACKNOWLEDGE_COMPLAINANT, ACKNOWLEDGED_HOW);
    assertThat(optionValues(TASK_ACKNOWLEDGE_COMPLAINANT, ACKNOWLEDGED_HOW)).isEqualTo(HOW);

    assertThat(editableKeys(TASK_INFORM_COMPLAINANT))
        .containsExactly(INFORMED_ON, INFORMED_HOW, INFORM_NOTE);
    assertRequired(TASK_INFORM_COMPLAINANT, INFORMED_ON);
    assertRequired(TASK_INFORM_COMPLAINANT, INFORMED_HOW);
    assertThat(optionValues(TASK_INFORM_COMPLAINANT, INFORMED_HOW)).isEqualTo(HOW);
    assertThat(maxLength(TASK_INFORM_COMPLAINANT, INFORM_NOTE)).isEqualTo(1000);
    for (String form : List.of(TASK_ACKNOWLEDGE_COMPLAINANT, TASK_INFORM_COMPLAINANT)) {
      assertThat(field(form, COMPLAINANT_NAME).path("readonly").asBoolean()).isTrue();
      assertThat(field(form, COMPLAINANT_CONTACT).path("readonly").asBoolean()).isTrue();
    }
  }

  @Test
  void theRegistrarProposesOneOfTheFourWaysWithReasonsAndSeesAReturnsComment() {
    assertThat(editableKeys(TASK_PROPOSE_DISPOSAL)).containsExactly(DISPOSAL_WAY, PROPOSAL_REASON);
    assertThat(optionValues(TASK_PROPOSE_DISPOSAL, DISPOSAL_WAY)).isEqualTo(WAYS);
    assertRequired(TASK_PROPOSE_DISPOSAL, DISPOSAL_WAY);
    assertRequired(TASK_PROPOSE_DISPOSAL, PROPOSAL_REASON);
    assertThat(maxLength(TASK_PROPOSE_DISPOSAL, PROPOSAL_REASON)).isEqualTo(2000);
    assertThat(timeline(TASK_PROPOSE_DISPOSAL, DISPOSAL_WAY)).isEqualTo("outcome");
    assertThat(timeline(TASK_PROPOSE_DISPOSAL, PROPOSAL_REASON)).isEqualTo("opinion");
    assertThat(field(TASK_PROPOSE_DISPOSAL, APPROVE_COMMENT).path("readonly").asBoolean()).isTrue();
    assertThat(hideCondition(TASK_PROPOSE_DISPOSAL, APPROVE_COMMENT))
        .isEqualTo("=approveComment = null or approveComment = \"\"");
  }

  @Test
  void theHeadApprovesOrReturnsTheProposal() {
    assertThat(editableKeys(TASK_APPROVE_DISPOSAL))
        .containsExactly(APPROVE_DECISION, APPROVE_COMMENT);
    assertThat(field(TASK_APPROVE_DISPOSAL, DISPOSAL_WAY).path("readonly").asBoolean()).isTrue();
    assertThat(optionValues(TASK_APPROVE_DISPOSAL, DISPOSAL_WAY)).isEqualTo(WAYS);
    assertThat(field(TASK_APPROVE_DISPOSAL, PROPOSAL_REASON).path("readonly").asBoolean()).isTrue();
    assertDecision(TASK_APPROVE_DISPOSAL, APPROVE_DECISION, APPROVE_COMMENT);
  }

  @Test
  void theRegistrarSendsTheInquiryAndRecordsTheReply() {
    assertThat(editableKeys(TASK_SEND_INQUIRY))
        .containsExactly(INQUIRY_FORM, INQUIRY_DATE, INQUIRY_CONTENT);
    assertThat(optionValues(TASK_SEND_INQUIRY, INQUIRY_FORM)).containsExactly("talk", "letter");
    assertThat(field(TASK_SEND_INQUIRY, INQUIRY_DATE).path("subtype").asText()).isEqualTo("date");
    for (String key : List.of(INQUIRY_FORM, INQUIRY_DATE, INQUIRY_CONTENT)) {
      assertRequired(TASK_SEND_INQUIRY, key);
    }
    assertThat(maxLength(TASK_SEND_INQUIRY, INQUIRY_CONTENT)).isEqualTo(2000);

    assertThat(editableKeys(TASK_RECORD_INQUIRY_REPLY))
        .containsExactly(REPLY_RECEIVED_ON, REPLY_SUMMARY, INQUIRY_OUTCOME);
    for (String key : List.of(INQUIRY_FORM, INQUIRY_DATE, INQUIRY_CONTENT)) {
      assertThat(field(TASK_RECORD_INQUIRY_REPLY, key).path("readonly").asBoolean())
          .as("%s read-only", key)
          .isTrue();
    }
    for (String key : List.of(REPLY_RECEIVED_ON, REPLY_SUMMARY, INQUIRY_OUTCOME)) {
      assertRequired(TASK_RECORD_INQUIRY_REPLY, key);
    }
    assertThat(maxLength(TASK_RECORD_INQUIRY_REPLY, REPLY_SUMMARY)).isEqualTo(2000);
    assertThat(optionValues(TASK_RECORD_INQUIRY_REPLY, INQUIRY_OUTCOME))
        .containsExactly(OUTCOME_CLOSE, OUTCOME_REMIND, INQUIRY_VERIFY);
    assertThat(timeline(TASK_RECORD_INQUIRY_REPLY, INQUIRY_OUTCOME)).isEqualTo("outcome");
  }

  @Test
  void theHeadChoosesTheTeamFromTheOfficers() {
    assertThat(editableKeys(TASK_ASSIGN_VERIFICATION_TEAM)).containsExactly(VERIFICATION_TEAM);
    JsonNode team = field(TASK_ASSIGN_VERIFICATION_TEAM, VERIFICATION_TEAM);
    assertThat(team.path("type").asText()).isEqualTo("checklist");
    assertThat(team.path("valuesKey").asText()).isEqualTo(OFFICER_OPTIONS);
    assertRequired(TASK_ASSIGN_VERIFICATION_TEAM, VERIFICATION_TEAM);
  }

  @Test
  void theTeamReportsItsFindingsAndProposesAnOutcome() {
    assertThat(editableKeys(TASK_REPORT_VERIFICATION))
        .containsExactly(FINDINGS, VERIFICATION_OUTCOME);
    assertRequired(TASK_REPORT_VERIFICATION, FINDINGS);
    assertRequired(TASK_REPORT_VERIFICATION, VERIFICATION_OUTCOME);
    assertThat(maxLength(TASK_REPORT_VERIFICATION, FINDINGS)).isEqualTo(4000);
    assertThat(timeline(TASK_REPORT_VERIFICATION, FINDINGS)).isEqualTo("opinion");
    assertThat(timeline(TASK_REPORT_VERIFICATION, VERIFICATION_OUTCOME)).isEqualTo("outcome");
    assertThat(optionValues(TASK_REPORT_VERIFICATION, VERIFICATION_OUTCOME))
        .containsExactly(
            VERIFICATION_OPEN_CASE, OUTCOME_CLOSE, OUTCOME_REMIND, OUTCOME_HOLD, OUTCOME_TRANSFER);
    assertThat(field(TASK_REPORT_VERIFICATION, VERIFICATION_COMMENT).path("readonly").asBoolean())
        .isTrue();
    assertThat(hideCondition(TASK_REPORT_VERIFICATION, VERIFICATION_COMMENT))
        .isEqualTo("=verificationComment = null or verificationComment = \"\"");
  }

  @Test
  void theHeadApprovesOrReturnsTheVerification() {
    assertThat(editableKeys(TASK_APPROVE_VERIFICATION))
        .containsExactly(VERIFICATION_DECISION, VERIFICATION_COMMENT);
    assertThat(field(TASK_APPROVE_VERIFICATION, FINDINGS).path("readonly").asBoolean()).isTrue();
    assertThat(field(TASK_APPROVE_VERIFICATION, VERIFICATION_OUTCOME).path("readonly").asBoolean())
        .isTrue();
    assertThat(optionValues(TASK_APPROVE_VERIFICATION, VERIFICATION_OUTCOME))
        .isEqualTo(optionValues(TASK_REPORT_VERIFICATION, VERIFICATION_OUTCOME));
    assertDecision(TASK_APPROVE_VERIFICATION, VERIFICATION_DECISION, VERIFICATION_COMMENT);
  }

  // ---- helpers -------------------------------------------------------------------------------

  /**
   * An approve/return radio (the outcome) and an optional comment of at most 1000 (the opinion).
   */
  private static void assertDecision(String form, String decision, String comment) {
    assertThat(field(form, decision).path("type").asText()).isEqualTo("radio");
    assertThat(optionValues(form, decision)).containsExactly(APPROVE, RETURN);
    assertRequired(form, decision);
    assertThat(timeline(form, decision)).isEqualTo("outcome");
    assertThat(maxLength(form, comment)).isEqualTo(1000);
    assertThat(timeline(form, comment)).isEqualTo("opinion");
  }

  private static void assertRequired(String form, String key) {
    assertThat(field(form, key).path("validate").path("required").asBoolean())
        .as("%s required in %s", key, form)
        .isTrue();
  }

  private static int maxLength(String form, String key) {
    return field(form, key).path("validate").path("maxLength").asInt();
  }

  private static String timeline(String form, String key) {
    return field(form, key).path("properties").path("timeline").asText();
  }
}
