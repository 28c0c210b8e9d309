package cn.ronghe.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import cn.ronghe.system.ApiException;
import cn.ronghe.system.ApiException.FieldProblem;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The validator against the real forms of the pilot process {@code practicalHelp}. */
class FormValidatorPilotFormsTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

  private final FormValidator validator = new FormValidator();
  private final FormSchema approve = PilotForms.load("approveHelpRequest");
  private final FormSchema confirm = PilotForms.load("confirmHelpResult");
  private final FormSchema handle = PilotForms.load("handleHelpRequest");

  /** The variables the approval task is shown with. */
  private final Map<String, Object> approvalTask =
      Map.of(
          "requester", "lisi",
          "initiatorName", "李四",
          "branchName", "第一党支部",
          "requestTitle", "子女入学咨询",
          "category", "family",
          "urgency", "normal",
          "description", "孩子今年入学，希望了解政策。",
          "reviewDecision", "pass",
          "reviewComment", "情况属实");

  @Test
  void everyPilotFormParses() {
    for (String id : PilotForms.ALL) {
      FormSchema schema = PilotForms.load(id);
      assertThat(schema.id()).isEqualTo(id);
      assertThat(schema.fields()).isNotEmpty().allSatisfy(f -> assertThat(f.label()).isNotBlank());
    }
    assertThat(approve.fields())
        .extracting(FormField::key)
        .containsExactly(
            "initiatorName",
            "branchName",
            "requestTitle",
            "category",
            "urgency",
            "description",
            "attachmentRef",
            "reviewComment",
            "committeeDecision",
            "handler",
            "handlingDueDate",
            "committeeComment",
            "rejectionReason");
  }

  @Test
  void approveWithHandlerAndDueDateIsAccepted() {
    Map<String, Object> posted = echoOfReadonlyFields();
    posted.put("committeeDecision", "approve");
    posted.put("handler", "wangwu");
    posted.put("handlingDueDate", "2025-06-30");
    posted.put("committeeComment", "请两周内办结。");

    FormValidator.Result result = validator.validate(approve, posted, approvalTask, TODAY);

    assertThat(result.errors()).isEmpty();
    assertThat(result.variables())
        .containsExactly(
            entry("committeeDecision", "approve"),
            entry("handler", "wangwu"),
            entry("handlingDueDate", "2025-06-30"),
            entry("committeeComment", "请两周内办结。"));
  }

  @Test
  void rejectNeedsAReasonButNoHandler() {
    FormValidator.Result result =
        validator.validate(approve, Map.of("committeeDecision", "reject"), approvalTask, TODAY);

    assertThat(result.errors())
        .containsExactly(new FieldProblem("rejectionReason", FormValidator.REQUIRED));
    assertThat(result.variables()).isEmpty();
  }

  @Test
  void rejectWithReasonIsAccepted() {
    FormValidator.Result result =
        validator.validate(
            approve,
            Map.of("committeeDecision", "reject", "rejectionReason", "不属于办实事范围。"),
            approvalTask,
            TODAY);

    assertThat(result.errors()).isEmpty();
    assertThat(result.variables())
        .containsOnly(entry("committeeDecision", "reject"), entry("rejectionReason", "不属于办实事范围。"));
  }

  @Test
  void handlerSubmittedWhenRejectingIsDropped() {
    FormValidator.Result result =
        validator.validate(
            approve,
            Map.of(
                "committeeDecision", "reject",
                "rejectionReason", "不属于办实事范围。",
                "handler", "wangwu",
                "handlingDueDate", "2020-01-01"),
            approvalTask,
            TODAY);

    assertThat(result.errors()).isEmpty();
    assertThat(result.variables()).doesNotContainKeys("handler", "handlingDueDate");
  }

  @Test
  void withoutADecisionOnlyTheDecisionIsRequired() {
    FormValidator.Result result = validator.validate(approve, Map.of(), approvalTask, TODAY);

    assertThat(result.errors())
        .containsExactly(new FieldProblem("committeeDecision", FormValidator.REQUIRED));
  }

  @Test
  void unknownFieldIsRefused() {
    FormValidator.Result result =
        validator.validate(
            approve,
            Map.of("committeeDecision", "reject", "rejectionReason", "理由", "approved", true),
            approvalTask,
            TODAY);

    assertThat(result.errors())
        .containsExactly(new FieldProblem("approved", FormValidator.NOT_ON_FORM));
    assertThat(result.variables()).isEmpty();
  }

  @Test
  void readonlyFieldChangedIsRefused() {
    Map<String, Object> posted = echoOfReadonlyFields();
    posted.put("requestTitle", "改过的标题");
    posted.put("committeeDecision", "reject");
    posted.put("rejectionReason", "理由");

    FormValidator.Result result = validator.validate(approve, posted, approvalTask, TODAY);

    assertThat(result.errors())
        .containsExactly(new FieldProblem("requestTitle", FormValidator.READ_ONLY));
  }

  @Test
  void readonlyFieldEchoedUnchangedIsDropped() {
    Map<String, Object> posted = echoOfReadonlyFields();
    posted.put("committeeDecision", "reject");
    posted.put("rejectionReason", "理由");

    FormValidator.Result result = validator.validate(approve, posted, approvalTask, TODAY);

    assertThat(result.errors()).isEmpty();
    assertThat(result.variables()).containsOnlyKeys("committeeDecision", "rejectionReason");
  }

  @Test
  void readonlyFieldWithoutAVariableMayBeEchoedEmpty() {
    Map<String, Object> posted = new HashMap<>();
    posted.put("attachmentRef", "");
    posted.put("committeeDecision", "reject");
    posted.put("rejectionReason", "理由");

    assertThat(validator.validate(approve, posted, approvalTask, TODAY).errors()).isEmpty();

    posted.put("attachmentRef", null);
    assertThat(validator.validate(approve, posted, approvalTask, TODAY).errors()).isEmpty();

    posted.put("attachmentRef", "A-1");
    assertThat(validator.validate(approve, posted, approvalTask, TODAY).errors())
        .containsExactly(new FieldProblem("attachmentRef", FormValidator.READ_ONLY));
  }

  @Test
  void optionNotOfferedIsRefused() {
    FormValidator.Result result =
        validator.validate(approve, Map.of("committeeDecision", "maybe"), approvalTask, TODAY);

    assertThat(result.errors()).containsExactly(new FieldProblem("committeeDecision", "不是可选的选项"));
  }

  @Test
  void optionLabelInsteadOfValueIsRefused() {
    FormValidator.Result result =
        validator.validate(approve, Map.of("committeeDecision", "不予办理"), approvalTask, TODAY);

    assertThat(result.errors())
        .extracting(FieldProblem::field)
        .containsExactly("committeeDecision");
  }

  @Test
  void ratingOutsideOneToFiveIsRefused() {
    assertThat(rating(6)).containsExactly(new FieldProblem("satisfactionRating", "不能大于 5"));
    assertThat(rating(0)).containsExactly(new FieldProblem("satisfactionRating", "不能小于 1"));
    assertThat(rating(-3)).containsExactly(new FieldProblem("satisfactionRating", "不能小于 1"));
  }

  @Test
  void ratingWithDecimalsIsRefused() {
    assertThat(rating(4.5)).containsExactly(new FieldProblem("satisfactionRating", "应为整数"));
    assertThat(rating("4.5")).containsExactly(new FieldProblem("satisfactionRating", "应为整数"));
  }

  @Test
  void integralRatingBecomesALongWhateverItsJsonForm() {
    for (Object sent : List.of(5, 5L, 5.0, new java.math.BigDecimal("5.00"), "5")) {
      FormValidator.Result result = confirmWith(sent);
      assertThat(result.errors()).as("rating %s", sent).isEmpty();
      assertThat(result.variables()).containsEntry("satisfactionRating", 5L);
    }
  }

  @Test
  void ratingThatIsNotANumberIsRefused() {
    for (Object sent : List.of("五", "5 ", "1e0", true, List.of(5))) {
      assertThat(rating(sent))
          .as("rating %s", sent)
          .containsExactly(new FieldProblem("satisfactionRating", "应为数字"));
    }
  }

  @Test
  void ratingIsRequired() {
    assertThat(rating(null))
        .containsExactly(new FieldProblem("satisfactionRating", FormValidator.REQUIRED));
    assertThat(rating(""))
        .containsExactly(new FieldProblem("satisfactionRating", FormValidator.REQUIRED));
  }

  @Test
  void textLongerThanMaxLengthIsRefused() {
    String rareChars = "𠮷".repeat(250); // 250 characters, 500 UTF-16 units
    String chinese = "办".repeat(500);

    assertThat(confirmWithComment(rareChars).errors()).isEmpty();
    assertThat(confirmWithComment(chinese).errors()).isEmpty();
    assertThat(confirmWithComment(chinese + "办").errors())
        .containsExactly(new FieldProblem("confirmationComment", "不能超过 500 个字"));
    // 𠮷 takes two units, as in form-js and in H2's varchar: 251 of them do not fit in 500.
    assertThat(confirmWithComment(rareChars + "𠮷").errors())
        .containsExactly(new FieldProblem("confirmationComment", "不能超过 500 个字"));
  }

  @Test
  void textIsKeptAsSentNotTrimmed() {
    FormValidator.Result result = confirmWithComment("  很满意  ");

    assertThat(result.variables()).containsEntry("confirmationComment", "  很满意  ");
  }

  @Test
  void whitespaceOnlyTextDoesNotFillARequiredField() {
    FormValidator.Result result =
        validator.validate(handle, Map.of("handlingResult", " \n\t "), Map.of(), TODAY);

    assertThat(result.errors())
        .containsExactly(new FieldProblem("handlingResult", FormValidator.REQUIRED));
  }

  @Test
  void textThatIsNotAStringIsRefused() {
    FormValidator.Result result =
        validator.validate(handle, Map.of("handlingResult", 42), Map.of(), TODAY);

    assertThat(result.errors()).containsExactly(new FieldProblem("handlingResult", "应为文本"));
  }

  @Test
  void passedDueDateIsRefused() {
    assertThat(approveWithDueDate("2025-06-15").errors())
        .containsExactly(new FieldProblem("handlingDueDate", "不能早于今天"));
    assertThat(approveWithDueDate("2025-06-16").errors()).isEmpty();
  }

  @Test
  void invalidDateIsRefused() {
    assertThat(approveWithDueDate("2025-02-30").errors())
        .containsExactly(new FieldProblem("handlingDueDate", "不是有效的日期"));
    for (String malformed : List.of("2025/07/01", "2025-7-1", "2025-07-01T00:00", "明天")) {
      assertThat(approveWithDueDate(malformed).errors())
          .as(malformed)
          .containsExactly(new FieldProblem("handlingDueDate", "日期格式应为 YYYY-MM-DD"));
    }
  }

  @Test
  void rejoinderShownOnlyWhenThereIsOneIsReadOnly() {
    // hidden while confirmationComment is null: an echoed null is simply dropped
    Map<String, Object> posted = new HashMap<>();
    posted.put("confirmationComment", null);
    posted.put("handlingResult", "已协调教育局答复。");
    FormValidator.Result first = validator.validate(handle, posted, Map.of(), TODAY);
    assertThat(first.errors()).isEmpty();
    assertThat(first.variables()).containsOnlyKeys("handlingResult");

    // shown after a rework: it may not be changed
    posted.put("confirmationComment", "我改了申请人的话");
    FormValidator.Result rework =
        validator.validate(handle, posted, Map.of("confirmationComment", "答复不具体"), TODAY);
    assertThat(rework.errors())
        .containsExactly(new FieldProblem("confirmationComment", FormValidator.READ_ONLY));
  }

  @Test
  void everyErrorNamesItsField() {
    Map<String, Object> posted = new LinkedHashMap<>();
    posted.put("confirmationDecision", "yes");
    posted.put("satisfactionRating", 9.5);
    posted.put("confirmationComment", "好".repeat(501));
    posted.put("requestTitle", "改了");
    posted.put("extra", "x");

    FormValidator.Result result =
        validator.validate(confirm, posted, Map.of("requestTitle", "原标题"), TODAY);

    assertThat(result.variables()).isEmpty();
    assertThat(result.errors())
        .extracting(FieldProblem::field)
        .containsExactly(
            "extra",
            "requestTitle",
            "confirmationDecision",
            "satisfactionRating",
            "confirmationComment");
    assertThat(result.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
  }

  @Test
  void variablesOrThrowRaisesAValidationProblem() {
    FormValidator.Result result =
        validator.validate(approve, Map.of("committeeDecision", "reject"), approvalTask, TODAY);

    assertThatThrownBy(result::variablesOrThrow)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.code()).isEqualTo("validation");
              assertThat(e.status().value()).isEqualTo(400);
              assertThat(e.errors()).extracting(FieldProblem::field).contains("rejectionReason");
            });
  }

  private Map<String, Object> echoOfReadonlyFields() {
    Map<String, Object> posted = new HashMap<>();
    for (String key :
        List.of(
            "initiatorName",
            "branchName",
            "requestTitle",
            "category",
            "urgency",
            "description",
            "reviewComment")) {
      posted.put(key, approvalTask.get(key));
    }
    posted.put("attachmentRef", ""); // form-js posts an unset textfield as ""
    return posted;
  }

  private FormValidator.Result approveWithDueDate(String date) {
    return validator.validate(
        approve,
        Map.of("committeeDecision", "approve", "handler", "wangwu", "handlingDueDate", date),
        approvalTask,
        TODAY);
  }

  private List<FieldProblem> rating(Object rating) {
    return confirmWith(rating).errors();
  }

  private FormValidator.Result confirmWith(Object rating) {
    Map<String, Object> posted = new HashMap<>();
    posted.put("confirmationDecision", "accept");
    posted.put("satisfactionRating", rating);
    return validator.validate(confirm, posted, Map.of(), TODAY);
  }

  private FormValidator.Result confirmWithComment(String comment) {
    return validator.validate(
        confirm,
        Map.of(
            "confirmationDecision",
            "accept",
            "satisfactionRating",
            4,
            "confirmationComment",
            comment),
        Map.of(),
        TODAY);
  }
}
