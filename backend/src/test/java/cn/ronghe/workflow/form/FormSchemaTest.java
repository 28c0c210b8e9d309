package cn.ronghe.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class FormSchemaTest {

  private static FormSchema form(String components) {
    return FormSchema.parse("{\"id\":\"t\",\"components\":[" + components + "]}");
  }

  @Test
  void readsWhatTheValidatorNeeds() {
    FormField due = PilotForms.load("approveHelpRequest").field("handlingDueDate").orElseThrow();

    assertThat(due.type()).isEqualTo("datetime");
    assertThat(due.subtype()).isEqualTo("date");
    assertThat(due.label()).isEqualTo("办理期限");
    assertThat(due.disallowPassedDates()).isTrue();
    assertThat(due.validate().required()).isTrue();
    assertThat(due.hideWhen()).containsExactly("=committeeDecision != \"approve\"");

    FormField urgency = PilotForms.load("submitHelpRequest").field("urgency").orElseThrow();
    assertThat(urgency.options())
        .extracting(FormField.Option::value)
        .containsExactly("normal", "urgent", "critical");
    assertThat(urgency.defaultValue()).isEqualTo("normal");

    FormField rating =
        PilotForms.load("confirmHelpResult").field("satisfactionRating").orElseThrow();
    assertThat(rating.decimalDigits()).isZero();
    assertThat(rating.validate().min()).isEqualByComparingTo("1");
    assertThat(rating.validate().max()).isEqualByComparingTo("5");
  }

  @Test
  void aStepReadsAsItsOutcomeOptionsLabelAndItsFirstWrittenOpinion() {
    FormSchema approval = PilotForms.load("approveHelpRequest");

    FormSchema.StepRecord rejected =
        approval.stepRecord(
            java.util.Map.of(
                "committeeDecision",
                "reject",
                "committeeComment",
                " ",
                "rejectionReason",
                "不属于办实事范围"));
    FormSchema.StepRecord silent =
        approval.stepRecord(java.util.Map.of("committeeDecision", "approve"));

    assertThat(rejected).isEqualTo(new FormSchema.StepRecord("不予办理", "不属于办实事范围"));
    assertThat(silent).isEqualTo(new FormSchema.StepRecord("同意，指定承办人办理", null));
    assertThat(
            PilotForms.load("reviseHelpRequest").stepRecord(java.util.Map.of("description", "补充")))
        .isEqualTo(new FormSchema.StepRecord(null, null));
  }

  @Test
  void skipsDisplayOnlyComponentsEvenWithAKey() {
    FormSchema schema =
        form(
            """
            {"type":"text","text":"说明"},{"type":"button","key":"submit","label":"提交"},
            {"type":"html","key":"h"},{"type":"textfield","key":"a","label":"甲"}""");

    assertThat(schema.fields()).extracting(FormField::key).containsExactly("a");
  }

  @Test
  void refusesWhatItCannotValidateFaithfully() {
    assertThatThrownBy(() -> FormSchema.parse("not json"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FormSchema.parse("{\"id\":\"t\"}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                form(
                    """
                    {"type":"textfield","key":"a","label":"甲"},{"type":"textarea","key":"a","label":"乙"}"""))
        .hasMessageContaining("two fields have the key 'a'");
    assertThatThrownBy(
            () ->
                form(
                    """
                    {"type":"group","id":"g","path":"applicant","components":[{"type":"textfield","key":"a"}]}"""))
        .hasMessageContaining("path");
    assertThatThrownBy(
            () -> form("{\"type\":\"textfield\",\"key\":\"a\",\"validate\":{\"pattern\":\"(\"}}"))
        .hasMessageContaining("pattern");
    assertThatThrownBy(
            () -> form("{\"type\":\"number\",\"key\":\"a\",\"validate\":{\"max\":\"=limit\"}}"))
        .hasMessageContaining("validate.max");
  }

  @Test
  void cacheParsesEachDeployedFormOnce() {
    FormSchemas schemas = new FormSchemas();
    AtomicInteger reads = new AtomicInteger();

    FormSchema first =
        schemas.get(
            "d1",
            "approveHelpRequest",
            () -> {
              reads.incrementAndGet();
              return PilotForms.json("approveHelpRequest");
            });
    FormSchema again = schemas.get("d1", "approveHelpRequest", () -> "never read");
    FormSchema otherDeployment =
        schemas.get("d2", "approveHelpRequest", () -> PilotForms.json("approveHelpRequest"));

    assertThat(again).isSameAs(first);
    assertThat(reads).hasValue(1);
    assertThat(otherDeployment).isNotSameAs(first);
  }

  @Test
  void aDynamicListsRowOptionsAreAmongTheVariablesTheFormShows() throws IOException {
    FormSchema selfCheck =
        FormSchema.parse(
            new PathMatchingResourcePatternResolver()
                .getResource("classpath:forms/selfCheckBranch.form")
                .getContentAsString(StandardCharsets.UTF_8));

    assertThat(selfCheck.variableNames())
        .as("the owner of a row is picked from branchMembers; a row's own keys are no variables")
        .contains("rectifications", "branchMembers")
        .doesNotContain("owner", "problem");
  }

  @Test
  void noDeployedFormAllowsMoreTextThanAProcessVariableHolds() throws IOException {
    Resource[] forms =
        new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form");
    assertThat(forms).hasSizeGreaterThan(PilotForms.ALL.length);

    for (Resource resource : forms) {
      FormSchema schema = FormSchema.parse(resource.getContentAsString(StandardCharsets.UTF_8));
      List<FormField> fields = new ArrayList<>();
      for (FormField field : schema.fields()) {
        fields.add(field);
        fields.addAll(field.rowFields());
      }
      for (FormField field : fields) {
        if (field.validate().maxLength() != null) {
          assertThat(field.validate().maxLength())
              .as("%s: maxLength of %s", resource.getFilename(), field.key())
              .isLessThanOrEqualTo(FormValidator.MAX_TEXT);
        }
      }
    }
  }
}
