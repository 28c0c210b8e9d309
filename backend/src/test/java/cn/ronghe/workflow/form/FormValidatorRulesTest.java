package cn.ronghe.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import cn.ronghe.system.ApiException.FieldProblem;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The validator's rules on small forms written for the purpose. */
class FormValidatorRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

  private final FormValidator validator = new FormValidator();

  /** A form of the given components (JSON objects, comma separated). */
  private static FormSchema form(String components) {
    return FormSchema.parse("{\"id\":\"t\",\"components\":[" + components + "]}");
  }

  private List<FieldProblem> errors(FormSchema schema, Map<String, Object> posted) {
    return validator.validate(schema, posted, Map.of(), TODAY).errors();
  }

  @Test
  void patternNeedsOnlyToBeFoundLikeFormJs() {
    FormSchema anchored =
        form(
            """
            {"type":"textfield","key":"zip","label":"邮编","validate":{"pattern":"^\\\\d{6}$"}}""");
    FormSchema loose =
        form(
            """
            {"type":"textfield","key":"zip","label":"邮编","validate":{"pattern":"\\\\d{6}"}}""");

    assertThat(errors(anchored, Map.of("zip", "100080"))).isEmpty();
    assertThat(errors(anchored, Map.of("zip", "邮编100080")))
        .containsExactly(new FieldProblem("zip", "格式不正确"));
    assertThat(errors(loose, Map.of("zip", "邮编100080"))).isEmpty();
    assertThat(errors(loose, Map.of("zip", "10008"))).hasSize(1);
    assertThat(errors(anchored, Map.of("zip", ""))).isEmpty();
  }

  @Test
  void emailMustLookLikeOne() {
    FormSchema schema =
        form(
            """
            {"type":"textfield","key":"mail","label":"邮箱","validate":{"validationType":"email"}}""");

    assertThat(errors(schema, Map.of("mail", "li.si@court.gov.cn"))).isEmpty();
    for (String bad : List.of("li.si", "li si@court.cn", "@court.cn", "李四@court.cn")) {
      assertThat(errors(schema, Map.of("mail", bad)))
          .as(bad)
          .containsExactly(new FieldProblem("mail", "不是有效的电子邮箱地址"));
    }
  }

  @Test
  void phoneMustBeInternationalLikeFormJs() {
    FormSchema schema =
        form(
            """
            {"type":"textfield","key":"tel","label":"电话","validate":{"validationType":"phone"}}""");

    assertThat(errors(schema, Map.of("tel", "+8613800138000"))).isEmpty();
    assertThat(errors(schema, Map.of("tel", "008613800138000"))).isEmpty();
    assertThat(errors(schema, Map.of("tel", "13800138000")))
        .extracting(FieldProblem::field)
        .containsExactly("tel");
  }

  @Test
  void lengthsCountUtf16UnitsAsFormJsAndH2Do() {
    FormSchema schema =
        form(
            """
            {"type":"textarea","key":"opinion","label":"意见","validate":{"minLength":3}}""");

    assertThat(errors(schema, Map.of("opinion", "𠮷"))) // two UTF-16 units, one character
        .containsExactly(new FieldProblem("opinion", "不能少于 3 个字"));
    assertThat(errors(schema, Map.of("opinion", "𠮷𠮷"))).isEmpty();
    assertThat(errors(schema, Map.of("opinion", "同意。"))).isEmpty();
  }

  @Test
  void noTextIsLongerThanAProcessVariableHoldsWhateverTheFormSays() {
    FormSchema unbounded =
        form(
            """
        {"type":"textarea","key":"opinion","label":"意见"}""");
    FormSchema generous =
        form(
            """
            {"type":"textarea","key":"opinion","label":"意见","validate":{"maxLength":100000}}""");
    String fits = "办".repeat(FormValidator.MAX_TEXT);

    for (FormSchema schema : List.of(unbounded, generous)) {
      assertThat(errors(schema, Map.of("opinion", fits))).isEmpty();
      assertThat(errors(schema, Map.of("opinion", fits + "办")))
          .containsExactly(new FieldProblem("opinion", "不能超过 4000 个字"));
    }
  }

  private static final String CHECKLIST =
      """
      {"type":"checklist","key":"needs","label":"需要","validate":{"required":true},
       "values":[{"label":"住房","value":"housing"},{"label":"就医","value":"medical"}]}""";

  @Test
  void checklistTakesOnlyOfferedValues() {
    FormSchema schema = form(CHECKLIST);

    FormValidator.Result ok =
        validator.validate(schema, Map.of("needs", List.of("medical", "housing")), Map.of(), TODAY);
    assertThat(ok.variables()).containsExactly(entry("needs", List.of("medical", "housing")));

    assertThat(errors(schema, Map.of("needs", List.of("housing", "car"))))
        .containsExactly(new FieldProblem("needs", "包含不可选的选项：car"));
    assertThat(errors(schema, Map.of("needs", "housing")))
        .containsExactly(new FieldProblem("needs", "应为选项列表"));
    assertThat(errors(schema, Map.of("needs", List.of())))
        .containsExactly(new FieldProblem("needs", FormValidator.REQUIRED));
  }

  @Test
  void taglistIsAChecklistToo() {
    FormSchema schema = form(CHECKLIST.replace("checklist", "taglist"));

    assertThat(errors(schema, Map.of("needs", List.of("housing")))).isEmpty();
    assertThat(errors(schema, Map.of("needs", List.of("住房")))).hasSize(1);
  }

  @Test
  void checkboxTakesABoolean() {
    FormSchema schema = form("{\"type\":\"checkbox\",\"key\":\"agree\",\"label\":\"同意\"}");

    assertThat(validator.validate(schema, Map.of("agree", false), Map.of(), TODAY).variables())
        .containsExactly(entry("agree", false));
    for (Object bad : List.of("true", 1, List.of(true))) {
      assertThat(errors(schema, Map.of("agree", bad)))
          .as("%s", bad)
          .containsExactly(new FieldProblem("agree", "应为是或否"));
    }
  }

  @Test
  void requiredCheckboxMustBeTickedLikeFormJs() {
    FormSchema schema =
        form(
            """
            {"type":"checkbox","key":"agree","label":"同意","validate":{"required":true}}""");

    assertThat(errors(schema, Map.of("agree", false)))
        .containsExactly(new FieldProblem("agree", FormValidator.REQUIRED));
    assertThat(errors(schema, Map.of("agree", true))).isEmpty();
  }

  @Test
  void numberHonoursDecimalDigits() {
    FormSchema schema =
        form(
            """
            {"type":"number","key":"amount","label":"金额","decimalDigits":2,
             "validate":{"min":0,"max":10000}}""");

    assertThat(validator.validate(schema, Map.of("amount", 12.5), Map.of(), TODAY).variables())
        .containsExactly(entry("amount", 12.5));
    assertThat(validator.validate(schema, Map.of("amount", 12), Map.of(), TODAY).variables())
        .containsExactly(entry("amount", 12L));
    assertThat(errors(schema, Map.of("amount", 12.345)))
        .containsExactly(new FieldProblem("amount", "最多保留 2 位小数"));
    assertThat(errors(schema, Map.of("amount", -0.01)))
        .containsExactly(new FieldProblem("amount", "不能小于 0"));
  }

  @Test
  void groupNestingFindsFieldsAndHidesThemWithTheGroup() {
    FormSchema schema =
        form(
            """
            {"type":"radio","key":"kind","label":"类型","values":[{"label":"甲","value":"a"},{"label":"乙","value":"b"}]},
            {"type":"group","label":"详情","conditional":{"hide":"=kind != \\"b\\""},"components":[
              {"type":"text","text":"说明"},
              {"type":"group","components":[
                {"type":"textfield","key":"detail","label":"详情","validate":{"required":true}}]}]}""");

    assertThat(schema.fields()).extracting(FormField::key).containsExactly("kind", "detail");
    assertThat(schema.field("detail").orElseThrow().hideWhen()).containsExactly("=kind != \"b\"");
    assertThat(errors(schema, Map.of("kind", "a", "detail", ""))).isEmpty();
    assertThat(errors(schema, Map.of("kind", "b")))
        .containsExactly(new FieldProblem("detail", FormValidator.REQUIRED));
  }

  @Test
  void brokenFeelExpressionLeavesTheFieldVisible() {
    FormSchema schema =
        form(
            """
            {"type":"textfield","key":"reason","label":"理由","validate":{"required":true},
             "conditional":{"hide":"=decision = ((("}},
            {"type":"textfield","key":"note","label":"备注","validate":{"required":true},
             "conditional":{"hide":"no leading equals sign"}}""");

    assertThat(errors(schema, Map.of()))
        .containsExactly(
            new FieldProblem("reason", FormValidator.REQUIRED),
            new FieldProblem("note", FormValidator.REQUIRED));
  }

  @Test
  void hideSeesCurrentVariablesOverlaidWithTheSubmission() {
    FormSchema schema =
        form(
            """
            {"type":"textfield","key":"reason","label":"理由","validate":{"required":true},
             "conditional":{"hide":"=amount <= 1000"}},
            {"type":"number","key":"amount","label":"金额"}""");

    assertThat(validator.validate(schema, Map.of(), Map.of("amount", 500L), TODAY).errors())
        .isEmpty();
    assertThat(validator.validate(schema, Map.of(), Map.of("amount", 5000L), TODAY).errors())
        .extracting(FieldProblem::field)
        .containsExactly("reason");
    assertThat(
            validator
                .validate(schema, Map.of("amount", 5000), Map.of("amount", 500L), TODAY)
                .errors())
        .extracting(FieldProblem::field)
        .containsExactly("reason");
  }

  @Test
  void readonlyAsAnExpressionIsEvaluated() {
    FormSchema schema =
        form(
            """
            {"type":"textfield","key":"title","label":"标题","readonly":"=locked"}""");

    assertThat(
            validator
                .validate(schema, Map.of("title", "新"), Map.of("locked", true), TODAY)
                .errors())
        .containsExactly(new FieldProblem("title", FormValidator.READ_ONLY));
    assertThat(
            validator
                .validate(schema, Map.of("title", "新"), Map.of("locked", false), TODAY)
                .variables())
        .containsExactly(entry("title", "新"));
  }

  @Test
  void disabledFieldIsTreatedAsReadonly() {
    FormSchema schema =
        form("{\"type\":\"number\",\"key\":\"n\",\"label\":\"序号\",\"disabled\":true}");

    FormValidator.Result echoed =
        validator.validate(schema, Map.of("n", 3), Map.of("n", 3L), TODAY);
    assertThat(echoed.errors()).isEmpty();
    assertThat(echoed.variables()).isEmpty();
    assertThat(validator.validate(schema, Map.of("n", 4), Map.of("n", 3L), TODAY).errors())
        .containsExactly(new FieldProblem("n", FormValidator.READ_ONLY));
  }

  @Test
  void optionsFromAVariableComeFromTheTaskNotTheSubmission() {
    FormSchema schema =
        form(
            """
            {"type":"select","key":"handler","label":"承办人","valuesKey":"handlers"},
            {"type":"textfield","key":"handlers","label":"候选","readonly":true}""");
    Map<String, Object> task =
        Map.of("handlers", List.of(Map.of("label", "王五", "value", "wangwu"), "zhaoliu"));

    assertThat(validator.validate(schema, Map.of("handler", "wangwu"), task, TODAY).errors())
        .isEmpty();
    assertThat(validator.validate(schema, Map.of("handler", "zhaoliu"), task, TODAY).errors())
        .isEmpty();
    assertThat(validator.validate(schema, Map.of("handler", "mallory"), task, TODAY).errors())
        .containsExactly(new FieldProblem("handler", "不是可选的选项"));
    assertThat(validator.validate(schema, Map.of("handler", "wangwu"), Map.of(), TODAY).errors())
        .containsExactly(new FieldProblem("handler", "不是可选的选项"));
  }

  @Test
  void timeAndDateTimeSubtypes() {
    FormSchema schema =
        form(
            """
            {"type":"datetime","subtype":"time","key":"at","timeLabel":"时间"},
            {"type":"datetime","subtype":"datetime","key":"when","dateLabel":"日期",
             "disallowPassedDates":true}""");

    assertThat(errors(schema, Map.of("at", "09:30", "when", "2025-06-16T14:00"))).isEmpty();
    assertThat(errors(schema, Map.of("at", "09:30+08:00", "when", "2025-06-20T08:15Z"))).isEmpty();
    assertThat(errors(schema, Map.of("at", "9:30", "when", "2025-06-15T14:00")))
        .containsExactly(
            new FieldProblem("at", "时间格式应为 HH:mm"), new FieldProblem("when", "不能早于今天"));
    assertThat(errors(schema, Map.of("at", "24:00", "when", "2025-06-20")))
        .extracting(FieldProblem::field)
        .containsExactly("at", "when");
  }

  @Test
  void unknownTypeIsAnOpaqueString() {
    FormSchema schema =
        form(
            """
            {"type":"signaturePad","key":"sig","label":"签名","validate":{"required":true,"maxLength":8}}""");

    assertThat(validator.validate(schema, Map.of("sig", "abc"), Map.of(), TODAY).variables())
        .containsExactly(entry("sig", "abc"));
    assertThat(errors(schema, Map.of("sig", 7))).containsExactly(new FieldProblem("sig", "应为文本"));
    assertThat(errors(schema, Map.of()))
        .containsExactly(new FieldProblem("sig", FormValidator.REQUIRED));
  }

  @Test
  void optionalFieldMayBeClearedWithNull() {
    FormSchema schema = form("{\"type\":\"textfield\",\"key\":\"note\",\"label\":\"备注\"}");
    Map<String, Object> posted = new HashMap<>();
    posted.put("note", null);

    FormValidator.Result result = validator.validate(schema, posted, Map.of("note", "旧"), TODAY);

    assertThat(result.errors()).isEmpty();
    assertThat(result.variables()).containsExactly(entry("note", null));
  }

  @Test
  void absentOptionalFieldIsNotWritten() {
    FormSchema schema = form("{\"type\":\"textfield\",\"key\":\"note\",\"label\":\"备注\"}");

    assertThat(validator.validate(schema, Map.of(), Map.of(), TODAY).variables()).isEmpty();
  }

  @Test
  void nothingSubmittedAndNoVariablesIsAllowed() {
    FormSchema schema = form("{\"type\":\"textfield\",\"key\":\"note\",\"label\":\"备注\"}");

    FormValidator.Result result = validator.validate(schema, null, null, TODAY);

    assertThat(result.isValid()).isTrue();
    assertThat(result.variables()).isEmpty();
  }
}
