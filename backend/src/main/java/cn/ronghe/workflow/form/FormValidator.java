package cn.ronghe.workflow.form;

import cn.ronghe.system.ApiException;
import cn.ronghe.system.ApiException.FieldProblem;
import cn.ronghe.workflow.form.FormField.Flag;
import cn.ronghe.workflow.form.FormField.Option;
import cn.ronghe.workflow.form.FormField.Validation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Checks a form submission against the form's own schema and turns it into process variables. The
 * server is the authority: whatever the browser's form-js checked is checked again here.
 *
 * <p>Rules, each reported as a {@link FieldProblem} naming the field's key:
 *
 * <ul>
 *   <li>a key the form does not have is refused ({@value #NOT_ON_FORM});
 *   <li>a field hidden by {@code conditional.hide} (its own or a surrounding group's), evaluated
 *       against the current variables overlaid with the submitted values, is neither validated nor
 *       required, and is dropped even if submitted. An expression that fails to evaluate leaves the
 *       field visible (it is validated) and logs a WARN;
 *   <li>a readonly or disabled field is refused ({@value #READ_ONLY}) if the submitted value
 *       differs from the current variable, and dropped if it is the same (in a dynamic list's row,
 *       which is stored whole, it keeps the value the row was shown with): form-js posts readonly
 *       fields back. "The same" is lenient about representation: numbers compare by value, and
 *       {@code null}, {@code ""} and an empty list all equal an absent variable (form-js echoes an
 *       unset textfield as {@code ""});
 *   <li>required: absent, {@code null}, a blank string, an empty list or (as in form-js) an
 *       unticked checkbox is {@value #REQUIRED};
 *   <li>types: textfield, textarea and unknown types take strings; number takes a JSON number or a
 *       string that is a plain decimal ({@code "12"}, {@code "-1.5"}: what form-js's "serialize to
 *       string" option writes), honouring {@code decimalDigits}; checkbox a boolean; select and
 *       radio one of the options' values; checklist and taglist a list of them; datetime of subtype
 *       date {@code YYYY-MM-DD} (a real calendar day, not before {@code today} with {@code
 *       disallowPassedDates}), time {@code HH:mm}, datetime {@code YYYY-MM-DDTHH:mm}, a time
 *       optionally with seconds and with {@code Z} or an offset (form-js's time serializing
 *       formats);
 *   <li>min and max bound numbers (inclusive); minLength and maxLength bound strings in UTF-16 code
 *       units, as form-js ({@code value.length}) and H2's {@code VARCHAR} count them (汉 counts one,
 *       𠮷 two; MySQL's utf8mb4 counts 𠮷 one, so a value that fits H2 fits MySQL), as sent:
 *       strings are not trimmed. No string is longer than {@value #MAX_TEXT}, whatever the form
 *       says: that is what a process variable holds ({@code ACT_RU_VARIABLE.TEXT_}); pattern is a
 *       Java regular expression that must be <em>found</em> in the value, exactly like form-js's
 *       {@code new RegExp(pattern).test(value)} (anchor it with {@code ^…$} for a whole-value
 *       match); validationType email and phone use form-js's rules (phone: international, {@code +}
 *       or {@code 00} first). Length, pattern and type rules skip the empty string, as form-js
 *       does.
 * </ul>
 *
 * <p>Options of a select, radio, checklist or taglist come from its {@code values}, or from the
 * current variable named by {@code valuesKey} (a list of {@code {label, value}} or plain values),
 * or from its {@code valuesExpression} evaluated against the current variables. Options that cannot
 * be found offer nothing, so every value is refused. Submitted values never supply options.
 *
 * <p>Values become variables fit for Camunda: strings as sent; numbers as {@code Long} when
 * integral, else {@code Double}; booleans; lists of option values; dates and times as the ISO
 * strings form-js writes and reads back. A submitted {@code null} or empty value of an optional
 * field is kept ({@code null}, or the empty string or list as sent) so a user can clear a field; an
 * empty select or radio becomes {@code null}. {@code defaultValue} is never filled in: the browser
 * shows it and submits it. If anything is wrong there are no variables at all, only errors.
 */
public final class FormValidator {

  static final String NOT_ON_FORM = "表单中没有该字段";
  static final String READ_ONLY = "该字段为只读";
  static final String REQUIRED = "此项为必填项";

  /** The most rows a dynamic list takes. */
  static final int MAX_ROWS = 50;

  /** The longest string a process variable holds: Camunda's {@code TEXT_} is varchar(4000). */
  public static final int MAX_TEXT = 4000;

  private static final Logger log = LoggerFactory.getLogger(FormValidator.class);

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME =
      Pattern.compile(
          "([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-]([01]\\d|2[0-3]):?[0-5]\\d)?");
  // form-js's own rules (packages/form-js-viewer/src/core/Validator.js).
  private static final Pattern EMAIL =
      Pattern.compile(
          "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
              + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$");
  // Simplified from form-js's list of country codes: + or 00, then 6 to 24 digits.
  private static final Pattern PHONE = Pattern.compile("(\\+|00)[1-9]\\d{5,23}");
  private static final Object INVALID = new Object();

  private final FeelConditions feel;

  public FormValidator() {
    this(new FeelConditions());
  }

  FormValidator(FeelConditions feel) {
    this.feel = feel;
  }

  /**
   * Validates a submission.
   *
   * @param schema the form the user filled in
   * @param submitted the values posted, keyed by field key (JSON-decoded: strings, numbers,
   *     booleans, lists); {@code null} means nothing
   * @param currentVariables the variables the form was shown with (the task's or, for a start form,
   *     none); {@code null} means none
   * @param today the court's today, for {@code disallowPassedDates}
   */
  public Result validate(
      FormSchema schema,
      Map<String, Object> submitted,
      Map<String, Object> currentVariables,
      LocalDate today) {
    Map<String, Object> posted = submitted == null ? Map.of() : submitted;
    Map<String, Object> current = currentVariables == null ? Map.of() : currentVariables;
    List<FieldProblem> errors = new ArrayList<>();
    Map<String, Object> variables =
        fields(schema.fields(), posted, current, current, today, "", false, errors);
    if (!errors.isEmpty()) {
      return new Result(errors, Map.of());
    }
    return new Result(List.of(), Collections.unmodifiableMap(variables));
  }

  /**
   * Checks the values posted for these fields (a form's, or a row's of a dynamic list) and returns
   * them converted; problems go to {@code errors}, each named {@code prefix + key}.
   *
   * @param shown what the fields were shown with (the task's variables, or the row as it was)
   * @param variables the variables the whole form was shown with: where options come from, and what
   *     conditions see besides the posted values and {@code shown}
   * @param inRow the fields are a dynamic list's row: its read-only cells keep the values shown, as
   *     the row is stored whole (a form's read-only fields are not stored, so stay as they are)
   */
  private Map<String, Object> fields(
      List<FormField> fields,
      Map<String, Object> posted,
      Map<String, Object> shown,
      Map<String, Object> variables,
      LocalDate today,
      String prefix,
      boolean inRow,
      List<FieldProblem> errors) {
    for (String key : posted.keySet()) {
      if (fields.stream().noneMatch(f -> f.key().equals(key))) {
        errors.add(new FieldProblem(prefix + key, NOT_ON_FORM));
      }
    }
    Map<String, Object> context = new HashMap<>(variables);
    context.putAll(shown);
    context.putAll(posted);
    Map<String, Object> values = new LinkedHashMap<>();
    for (FormField field : fields) {
      String key = field.key();
      if (isHidden(field, context)) {
        continue;
      }
      if (isSet(field.readonly(), field, context) || isSet(field.disabled(), field, context)) {
        if (posted.containsKey(key) && !sameValue(posted.get(key), shown.get(key))) {
          errors.add(new FieldProblem(prefix + key, READ_ONLY));
        }
        if (inRow && shown.containsKey(key)) {
          values.put(key, shown.get(key));
        }
        continue;
      }
      Checked checked = new Checked(field, prefix + key, errors);
      Object value =
          checked.value(posted.containsKey(key), posted.get(key), shown, variables, today);
      if (value != INVALID && posted.containsKey(key)) {
        values.put(key, value);
      }
    }
    return values;
  }

  /**
   * The outcome: either errors, or the variables to store (declared, editable, visible fields only,
   * converted; values may be {@code null}).
   */
  public record Result(List<FieldProblem> errors, Map<String, Object> variables) {

    public Result {
      errors = List.copyOf(errors);
    }

    public boolean isValid() {
      return errors.isEmpty();
    }

    /**
     * The variables to store.
     *
     * @throws ApiException 400 {@code validation} with the per-field errors, if there are any
     */
    public Map<String, Object> variablesOrThrow() {
      if (!isValid()) {
        throw new ApiException(HttpStatus.BAD_REQUEST, "validation", "表单填写有误", errors);
      }
      return variables;
    }
  }

  private boolean isHidden(FormField field, Map<String, Object> context) {
    for (String expression : field.hideWhen()) {
      try {
        if (Boolean.TRUE.equals(feel.evaluate(expression, context))) {
          return true;
        }
      } catch (FeelConditions.EvaluationException e) {
        log.warn(
            "Field {}: conditional.hide failed, field stays visible: {}",
            field.key(),
            e.getMessage());
      }
    }
    return false;
  }

  /** A FEEL-valued readonly/disabled that fails to evaluate counts as set: no change allowed. */
  private boolean isSet(Flag flag, FormField field, Map<String, Object> context) {
    if (flag.expression() == null) {
      return flag.value();
    }
    try {
      return Boolean.TRUE.equals(feel.evaluate(flag.expression(), context));
    } catch (FeelConditions.EvaluationException e) {
      log.warn(
          "Field {}: readonly/disabled failed, field is read-only: {}",
          field.key(),
          e.getMessage());
      return true;
    }
  }

  /** Whether a posted value of a read-only field is the one the form was shown with. */
  static boolean sameValue(Object posted, Object current) {
    if (isEmpty(posted) && isEmpty(current)) {
      return true;
    }
    BigDecimal a = decimal(posted);
    BigDecimal b = decimal(current);
    if (a != null && b != null) {
      return a.compareTo(b) == 0;
    }
    if (posted instanceof List<?> left && current instanceof Collection<?> right) {
      if (left.size() != right.size()) {
        return false;
      }
      var rightItems = right.iterator();
      for (Object item : left) {
        if (!sameValue(item, rightItems.next())) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(posted, current);
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || value instanceof String s && s.isEmpty()
        || value instanceof Collection<?> c && c.isEmpty();
  }

  private static boolean isBlank(Object value) {
    return isEmpty(value) || value instanceof String s && s.isBlank();
  }

  /** A JSON object's entries, keyed by their names. */
  private static Map<String, Object> strings(Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(String.valueOf(k), v));
    return copy;
  }

  /** A number, or a string that is a plain decimal; otherwise {@code null}. */
  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? new BigDecimal(value.toString()) : null;
    }
    if (value instanceof Number n) {
      return BigDecimal.valueOf(n.longValue());
    }
    if (value instanceof String s && PLAIN_DECIMAL.matcher(s).matches()) {
      return new BigDecimal(s);
    }
    return null;
  }

  /** The checks of one field, adding its problems to the shared list. */
  private final class Checked {

    private final FormField field;
    private final String name;
    private final Validation rules;
    private final List<FieldProblem> errors;

    Checked(FormField field, String name, List<FieldProblem> errors) {
      this.field = field;
      this.name = name;
      this.rules = field.validate();
      this.errors = errors;
    }

    /**
     * The converted value, {@link #INVALID} after recording a problem.
     *
     * @param shown what the field was shown with (a dynamic list: its rows as they were)
     * @param current the variables the form was shown with, where options come from
     */
    Object value(
        boolean present,
        Object value,
        Map<String, Object> shown,
        Map<String, Object> current,
        LocalDate today) {
      if (!present || value == null) {
        return rules.required() ? problem(REQUIRED) : null;
      }
      return switch (field.type()) {
        case "number" -> number(value);
        case "checkbox" -> checkbox(value);
        case "select", "radio" -> choice(value, current);
        case "checklist", "taglist" -> choices(value, current);
        case "datetime" -> datetime(value, today);
        case FormField.DYNAMIC_LIST -> rows(value, shown, current, today);
        default -> text(value);
      };
    }

    private Object problem(String message) {
      errors.add(new FieldProblem(name, message));
      return INVALID;
    }

    /**
     * A dynamic list: a list of at most {@value #MAX_ROWS} rows, each an object whose values are
     * checked against the list's row fields; a problem names its cell ({@code
     * problems[1].deadline}). The rows become a list of maps, stored as a JSON variable.
     */
    private Object rows(
        Object value, Map<String, Object> shown, Map<String, Object> current, LocalDate today) {
      if (!(value instanceof List<?> list)) {
        return problem("应为列表");
      }
      if (list.size() > MAX_ROWS) {
        return problem("不能超过 " + MAX_ROWS + " 行");
      }
      List<?> shownRows = shown.get(field.key()) instanceof List<?> l ? l : List.of();
      int before = errors.size();
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        String row = name + "[" + i + "]";
        if (!(list.get(i) instanceof Map<?, ?> posted)) {
          errors.add(new FieldProblem(row, "应为一行内容"));
          continue;
        }
        Map<String, Object> shownRow =
            i < shownRows.size() && shownRows.get(i) instanceof Map<?, ?> m ? strings(m) : Map.of();
        rows.add(
            fields(
                field.rowFields(),
                strings(posted),
                shownRow,
                current,
                today,
                row + ".",
                true,
                errors));
      }
      return errors.size() > before ? INVALID : rows;
    }

    private Object text(Object value) {
      if (!(value instanceof String s)) {
        return problem("应为文本");
      }
      if (rules.required() && s.isBlank()) {
        return problem(REQUIRED);
      }
      if (s.isEmpty()) {
        return s;
      }
      int length = s.length();
      if (rules.minLength() != null && length < rules.minLength()) {
        return problem("不能少于 " + rules.minLength() + " 个字");
      }
      int max = rules.maxLength() == null ? MAX_TEXT : Math.min(rules.maxLength(), MAX_TEXT);
      if (length > max) {
        return problem("不能超过 " + max + " 个字");
      }
      if (rules.pattern() != null && !rules.pattern().matcher(s).find()) {
        return problem("格式不正确");
      }
      if ("email".equals(rules.validationType()) && !EMAIL.matcher(s).matches()) {
        return problem("不是有效的电子邮箱地址");
      }
      if ("phone".equals(rules.validationType()) && !PHONE.matcher(s).matches()) {
        return problem("不是有效的电话号码（国际格式，如 +8610…）");
      }
      return s;
    }

    private Object number(Object value) {
      if (value instanceof String s && s.isBlank()) {
        return rules.required() ? problem(REQUIRED) : null;
      }
      BigDecimal number = decimal(value);
      if (number == null) {
        return problem("应为数字");
      }
      BigDecimal stripped = number.stripTrailingZeros();
      Integer digits = field.decimalDigits();
      if (digits != null && digits >= 0 && stripped.scale() > digits) {
        return problem(digits == 0 ? "应为整数" : "最多保留 " + digits + " 位小数");
      }
      if (rules.min() != null && number.compareTo(rules.min()) < 0) {
        return problem("不能小于 " + rules.min().toPlainString());
      }
      if (rules.max() != null && number.compareTo(rules.max()) > 0) {
        return problem("不能大于 " + rules.max().toPlainString());
      }
      if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18) {
        return stripped.longValueExact();
      }
      return number.doubleValue();
    }

    private Object checkbox(Object value) {
      if (!(value instanceof Boolean b)) {
        return problem("应为是或否");
      }
      if (rules.required() && !b) {
        return problem(REQUIRED);
      }
      return b;
    }

    private Object choice(Object value, Map<String, Object> current) {
      if (isBlank(value)) {
        return rules.required() ? problem(REQUIRED) : null;
      }
      for (Object option : options(current)) {
        if (sameOption(value, option)) {
          return option;
        }
      }
      return problem("不是可选的选项");
    }

    private Object choices(Object value, Map<String, Object> current) {
      if (!(value instanceof List<?> list)) {
        return problem("应为选项列表");
      }
      if (list.isEmpty()) {
        return rules.required() ? problem(REQUIRED) : List.of();
      }
      List<Object> options = options(current);
      List<Object> chosen = new ArrayList<>();
      for (Object item : list) {
        Object match = options.stream().filter(o -> sameOption(item, o)).findFirst().orElse(null);
        if (match == null) {
          return problem("包含不可选的选项：" + item);
        }
        chosen.add(match);
      }
      return List.copyOf(chosen);
    }

    /** The option values on offer; options come only from the schema and current variables. */
    private List<Object> options(Map<String, Object> current) {
      if (!field.options().isEmpty()) {
        return field.options().stream().map(Option::value).toList();
      }
      Object source = null;
      if (field.valuesKey() != null) {
        source = current.get(field.valuesKey());
      } else if (field.valuesExpression() != null) {
        try {
          source = feel.evaluate(field.valuesExpression(), current);
        } catch (FeelConditions.EvaluationException e) {
          log.warn(
              "Field {}: valuesExpression failed, no options: {}", field.key(), e.getMessage());
        }
      }
      if (!(source instanceof Collection<?> items)) {
        return List.of();
      }
      List<Object> values = new ArrayList<>();
      for (Object item : items) {
        values.add(item instanceof Map<?, ?> option ? option.get("value") : item);
      }
      return values;
    }

    private boolean sameOption(Object value, Object option) {
      if (value == null || option == null || value instanceof Collection<?>) {
        return false;
      }
      BigDecimal a = value instanceof String ? null : decimal(value);
      BigDecimal b = option instanceof String ? null : decimal(option);
      if (a != null && b != null) {
        return a.compareTo(b) == 0;
      }
      return value.equals(option);
    }

    private Object datetime(Object value, LocalDate today) {
      if (!(value instanceof String s)) {
        return problem("应为日期或时间文本");
      }
      if (s.isBlank()) {
        return rules.required() ? problem(REQUIRED) : s;
      }
      return switch (field.subtype()) {
        case "time" -> TIME.matcher(s).matches() ? s : problem("时间格式应为 HH:mm");
        case "datetime" -> {
          int t = s.indexOf('T');
          if (t < 0 || !TIME.matcher(s.substring(t + 1)).matches()) {
            yield problem("日期时间格式应为 YYYY-MM-DDTHH:mm");
          }
          yield date(s.substring(0, t), today) == INVALID ? INVALID : s;
        }
        default -> date(s, today) == INVALID ? INVALID : s;
      };
    }

    private Object date(String s, LocalDate today) {
      if (!DATE.matcher(s).matches()) {
        return problem("日期格式应为 YYYY-MM-DD");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(s);
      } catch (DateTimeException e) {
        return problem("不是有效的日期");
      }
      if (field.disallowPassedDates() && date.isBefore(today)) {
        return problem("不能早于今天");
      }
      return date;
    }
  }
}
