package cn.ronghe.workflow.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One input of a form: a form-js component with a {@code key}, whose value the user submits.
 *
 * @param key the process variable the field reads and writes
 * @param type the form-js component type ({@code textfield}, {@code number}, …); a type this class
 *     does not know is validated as a string (see {@link FormSchema})
 * @param label {@code label}, or for a {@code datetime} its {@code dateLabel} / {@code timeLabel}
 * @param readonly whether the user may not change the value
 * @param disabled whether the field is shown greyed out and not submitted
 * @param validate the {@code validate} block
 * @param options the fixed {@code values} of a select, radio, checklist or taglist
 * @param valuesKey the variable holding the options, instead of fixed {@code values}
 * @param valuesExpression a FEEL expression giving the options, instead of fixed {@code values}
 * @param subtype of a {@code datetime}: {@code date}, {@code time} or {@code datetime}
 * @param disallowPassedDates of a {@code datetime}: whether dates before today are refused
 * @param decimalDigits of a {@code number}: how many decimals are allowed ({@code null}: any)
 * @param hideWhen the FEEL {@code conditional.hide} expressions (with their leading {@code =}) of
 *     the groups around the field, outermost first, then the field's own; any true hides it
 * @param defaultValue what form-js shows before the user chooses; the server never fills it in
 * @param timeline the custom property {@code timeline} (set in the Modeler's form editor): {@link
 *     #OUTCOME} marks the field whose value is the step's outcome on the case timeline, {@link
 *     #OPINION} a field whose text is the step's opinion; {@code null} for other fields
 * @param rowFields of a {@code dynamiclist}: the fields of each of its rows (their keys are the
 *     row's, not the form's); empty for every other type
 */
public record FormField(
    String key,
    String type,
    String label,
    Flag readonly,
    Flag disabled,
    Validation validate,
    List<Option> options,
    String valuesKey,
    String valuesExpression,
    String subtype,
    boolean disallowPassedDates,
    Integer decimalDigits,
    List<String> hideWhen,
    Object defaultValue,
    String timeline,
    List<FormField> rowFields) {

  /** {@link #timeline()} of the field that holds a step's outcome (approve, return, …). */
  public static final String OUTCOME = "outcome";

  /** {@link #timeline()} of a field that holds a step's written opinion. */
  public static final String OPINION = "opinion";

  static final Set<String> CHOICE_TYPES = Set.of("select", "radio");
  static final Set<String> MULTI_CHOICE_TYPES = Set.of("checklist", "taglist");

  /** The type of a list of rows, each a small form of its own ({@link #rowFields()}). */
  public static final String DYNAMIC_LIST = "dynamiclist";

  public FormField {
    options = List.copyOf(options);
    hideWhen = List.copyOf(hideWhen);
    rowFields = rowFields == null ? List.of() : List.copyOf(rowFields);
  }

  /** Whether the value is a list of rows ({@code dynamiclist}). */
  public boolean isList() {
    return DYNAMIC_LIST.equals(type);
  }

  /** How a submitted value reads to people: the label of its option, else the value itself. */
  public String display(Object value) {
    for (Option option : options) {
      if (option.value() != null && option.value().equals(value)) {
        return option.label();
      }
    }
    return value == null ? null : String.valueOf(value);
  }

  /** Whether the value must be one of the options (select, radio) or a list of them. */
  public boolean hasOptions() {
    return CHOICE_TYPES.contains(type) || MULTI_CHOICE_TYPES.contains(type);
  }

  /** The {@code validate} block of a field; absent properties are {@code null}. */
  public record Validation(
      boolean required,
      Integer minLength,
      Integer maxLength,
      BigDecimal min,
      BigDecimal max,
      Pattern pattern,
      String validationType) {

    static final Validation NONE = new Validation(false, null, null, null, null, null, null);
  }

  /** An option as form-js stores it: what the user sees and the value written. */
  public record Option(String label, Object value) {}

  /**
   * {@code readonly} or {@code disabled}: a constant, or a FEEL expression (with its leading {@code
   * =}) evaluated against the variables.
   */
  public record Flag(boolean value, String expression) {

    static final Flag NO = new Flag(false, null);
    static final Flag YES = new Flag(true, null);
  }
}
