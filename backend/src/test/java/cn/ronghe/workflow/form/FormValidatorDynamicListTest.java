package cn.ronghe.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ronghe.system.ApiException.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A form-js dynamic list: a list of rows, each checked against the list's own fields. */
class FormValidatorDynamicListTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  /** The talk record's list of problems found, with a note shown only for overdue rows. */
  private static final FormSchema FORM =
      FormSchema.parse(
          """
          {"id":"t","components":[
            {"type":"textfield","key":"topic","label":"谈话主题","validate":{"required":true}},
            {"type":"dynamiclist","id":"problemsList","path":"problems","label":"发现的问题",
             "isRepeating":true,"allowAddRemove":true,"components":[
              {"type":"textarea","key":"problem","label":"问题",
               "validate":{"required":true,"maxLength":20}},
              {"type":"datetime","key":"deadline","subtype":"date","dateLabel":"完成时限",
               "validate":{"required":true}},
              {"type":"select","key":"kind","label":"类别","values":[
                {"label":"作风","value":"conduct"},{"label":"业务","value":"work"}]},
              {"type":"textfield","key":"why","label":"原因",
               "conditional":{"hide":"=kind != \\"conduct\\""}}
            ]}
          ]}""");

  private final FormValidator validator = new FormValidator();

  @Test
  void theListIsOneFieldKeyedByItsPathWithTheFieldsOfARow() {
    FormField list = FORM.field("problems").orElseThrow();

    assertThat(list.isList()).isTrue();
    assertThat(list.label()).isEqualTo("发现的问题");
    assertThat(list.rowFields())
        .extracting(FormField::key)
        .containsExactly("problem", "deadline", "kind", "why");
    assertThat(FORM.field("problem")).as("a row's field is not the form's").isEmpty();
  }

  @Test
  void validRowsBecomeAListOfMapsInTheirOrder() {
    FormValidator.Result result =
        validator.validate(
            FORM,
            Map.of(
                "topic",
                "年度谈话",
                "problems",
                List.of(
                    row("说理不充分", "2026-03-31", "work", null),
                    row("态度生硬", "2026-04-30", "conduct", "当事人投诉"))),
            Map.of(),
            TODAY);

    assertThat(result.errors()).isEmpty();
    assertThat(result.variables().get("problems"))
        .isEqualTo(
            List.of(
                Map.of("problem", "说理不充分", "deadline", "2026-03-31", "kind", "work"),
                Map.of(
                    "problem",
                    "态度生硬",
                    "deadline",
                    "2026-04-30",
                    "kind",
                    "conduct",
                    "why",
                    "当事人投诉")));
  }

  @Test
  void aRowsReadOnlyCellsKeepTheValuesTheRowWasShownWithAndCannotBeChanged() {
    FormSchema sections =
        FormSchema.parse(
            """
            {"id":"r","components":[
              {"type":"dynamiclist","path":"sections","isRepeating":true,"components":[
                {"type":"textfield","key":"title","label":"部分","readonly":true},
                {"type":"textarea","key":"content","label":"内容"}
              ]}
            ]}""");
    Map<String, Object> shown =
        Map.of(
            "sections",
            List.of(
                Map.of("title", "一、政治建设", "content", ""),
                Map.of("title", "二、思想建设", "content", "")));

    FormValidator.Result written =
        validator.validate(
            sections,
            Map.of("sections", List.of(Map.of("content", "甲"), Map.of("content", "乙"))),
            shown,
            TODAY);
    assertThat(written.variables().get("sections"))
        .as("the whole rows are stored: the titles stay")
        .isEqualTo(
            List.of(
                Map.of("title", "一、政治建设", "content", "甲"),
                Map.of("title", "二、思想建设", "content", "乙")));

    FormValidator.Result changed =
        validator.validate(
            sections,
            Map.of("sections", List.of(Map.of("title", "改过的标题", "content", "甲"))),
            shown,
            TODAY);
    assertThat(changed.errors())
        .extracting(FieldProblem::field)
        .containsExactly("sections[0].title");
  }

  @Test
  void anEmptyListIsKeptAsEmpty() {
    FormValidator.Result result =
        validator.validate(FORM, Map.of("topic", "年度谈话", "problems", List.of()), Map.of(), TODAY);

    assertThat(result.errors()).isEmpty();
    assertThat(result.variables().get("problems")).isEqualTo(List.of());
  }

  @Test
  void eachWrongCellIsNamedByItsRowAndKey() {
    Map<String, Object> second = row("", "2026-02-30", "other", null);
    second.put("owner", "zhangsan");
    List<FieldProblem> errors =
        validator
            .validate(
                FORM,
                Map.of(
                    "topic",
                    "年度谈话",
                    "problems",
                    List.of(row("说理不充分", "2026-03-31", "work", null), second)),
                Map.of(),
                TODAY)
            .errors();

    assertThat(errors)
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder(
            "problems[1].owner", "problems[1].problem", "problems[1].deadline", "problems[1].kind");
  }

  @Test
  void aRowsConditionsSeeTheRowsOwnValues() {
    Map<String, Object> hidden = row("说理不充分", "2026-03-31", "work", "不该提交的原因");
    Map<String, Object> shown = row("态度生硬", "2026-03-31", "conduct", "x".repeat(30));
    FormValidator.Result result =
        validator.validate(
            FORM, Map.of("topic", "年度谈话", "problems", List.of(hidden, shown)), Map.of(), TODAY);

    assertThat(result.errors()).isEmpty();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) result.variables().get("problems");
    assertThat(rows.get(0)).doesNotContainKey("why");
    assertThat(rows.get(1)).containsEntry("why", "x".repeat(30));
  }

  @Test
  void whatIsNotAListOfRowsIsRefused() {
    assertThat(problemsOf("说理不充分")).containsExactly(new FieldProblem("problems", "应为列表"));
    assertThat(problemsOf(Map.of("problem", "说理不充分")))
        .containsExactly(new FieldProblem("problems", "应为列表"));
    assertThat(problemsOf(List.of("说理不充分")))
        .containsExactly(new FieldProblem("problems[0]", "应为一行内容"));
    List<Map<String, Object>> many = new ArrayList<>();
    for (int i = 0; i <= FormValidator.MAX_ROWS; i++) {
      many.add(row("问题 " + i, "2026-03-31", "work", null));
    }
    assertThat(problemsOf(many))
        .containsExactly(new FieldProblem("problems", "不能超过 " + FormValidator.MAX_ROWS + " 行"));
  }

  @Test
  void aDynamicListNeedsAPath() {
    assertThatThrownBy(
            () ->
                FormSchema.parse(
                    """
                    {"id":"t","components":[{"type":"dynamiclist","id":"l","components":[
                      {"type":"textfield","key":"a","label":"甲"}]}]}"""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no path");
  }

  private List<FieldProblem> problemsOf(Object problems) {
    return validator
        .validate(FORM, Map.of("topic", "年度谈话", "problems", problems), Map.of(), TODAY)
        .errors();
  }

  private static Map<String, Object> row(String problem, String deadline, String kind, String why) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("problem", problem);
    row.put("deadline", deadline);
    row.put("kind", kind);
    if (why != null) {
      row.put("why", why);
    }
    return row;
  }
}
