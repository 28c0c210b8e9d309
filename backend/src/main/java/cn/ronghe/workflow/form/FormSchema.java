package cn.ronghe.workflow.form;

import cn.ronghe.workflow.form.FormField.Flag;
import cn.ronghe.workflow.form.FormField.Option;
import cn.ronghe.workflow.form.FormField.Validation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inputs of a Camunda Form (form-js JSON): every component with a {@code key}, found
 * recursively through {@code group} components. Display-only components (text, html, image, spacer,
 * separator, button, iframe, table, documentPreview) are skipped. A {@code dynamiclist} is one
 * field keyed by its {@code path}, whose value is a list of rows; its components are the fields of
 * a row ({@link FormField#rowFields()}), and the conditions inside it see the row's values.
 *
 * <p>A component of a type this class does not know (a custom field, {@code filepicker}, {@code
 * expression}, …) that has a {@code key} is not refused: it is kept as an opaque string field (the
 * value must be a string; required, length and pattern apply) and a WARN is logged once per type.
 * Refused at parse time, with an {@link IllegalArgumentException}, are what would make the server
 * check something other than what the user sees: JSON that is not a form, two fields with one key,
 * a group with a {@code path} (nested data), a dynamic list without one, a {@code pattern} that is
 * not a Java regular expression, and FEEL expressions in {@code validate} limits.
 *
 * <p>Immutable and thread-safe; parsing is cheap, see {@link FormSchemas} to cache it.
 */
public final class FormSchema {

  private static final Logger log = LoggerFactory.getLogger(FormSchema.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  static final Set<String> DISPLAY_ONLY =
      Set.of(
          "text",
          "html",
          "image",
          "spacer",
          "separator",
          "button",
          "iframe",
          "table",
          "documentPreview");
  static final Set<String> KNOWN_INPUTS =
      Set.of(
          "textfield",
          "textarea",
          "number",
          "checkbox",
          "checklist",
          "radio",
          "select",
          "taglist",
          "datetime");
  private static final Set<String> CONTAINERS = Set.of("group", "dynamiclist");
  private static final Set<String> warnedTypes = ConcurrentHashMap.newKeySet();

  private final String id;
  private final Map<String, FormField> fields;
  private final JsonNode document;

  private FormSchema(String id, Map<String, FormField> fields, JsonNode document) {
    this.id = id;
    this.fields = fields;
    this.document = document;
  }

  /**
   * Reads a form-js schema.
   *
   * @throws IllegalArgumentException if the text is not a form this class can validate faithfully
   */
  public static FormSchema parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not a form-js schema: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("components").isArray()) {
      throw new IllegalArgumentException("Not a form-js schema: no components");
    }
    String id = text(root, "id");
    Map<String, FormField> fields = new LinkedHashMap<>();
    collect(id, root.get("components"), List.of(), fields);
    return new FormSchema(id, java.util.Collections.unmodifiableMap(fields), root.deepCopy());
  }

  /** The form as deployed, for the browser to render; a copy, so callers cannot change it. */
  public JsonNode document() {
    return document.deepCopy();
  }

  /** The form's {@code id} (== its file name == the user task id), or {@code null}. */
  public String id() {
    return id;
  }

  /**
   * The variables the form shows: each field's own, and those that hold a field's options, a
   * dynamic list's row fields' included (their values live in the list's rows, their options in
   * variables of the task).
   */
  public List<String> variableNames() {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    for (FormField field : fields.values()) {
      names.add(field.key());
      if (field.valuesKey() != null) {
        names.add(field.valuesKey());
      }
      for (FormField row : field.rowFields()) {
        if (row.valuesKey() != null) {
          names.add(row.valuesKey());
        }
      }
    }
    return List.copyOf(names);
  }

  /** The inputs in the order the form shows them. */
  public List<FormField> fields() {
    return List.copyOf(fields.values());
  }

  public Optional<FormField> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  /**
   * What a completed step reads as on the case timeline: the display of the first {@link
   * FormField#OUTCOME} field with a value, and the first non-blank {@link FormField#OPINION} text
   * (a form may have one opinion field per outcome, hidden by conditions).
   */
  public StepRecord stepRecord(Map<String, Object> variables) {
    String outcome = null;
    String opinion = null;
    for (FormField f : fields.values()) {
      Object value = variables.get(f.key());
      if (outcome == null && FormField.OUTCOME.equals(f.timeline()) && value != null) {
        outcome = f.display(value);
      }
      if (opinion == null
          && FormField.OPINION.equals(f.timeline())
          && value instanceof String text
          && !text.isBlank()) {
        opinion = text.strip();
      }
    }
    return new StepRecord(outcome, opinion);
  }

  /** A completed step's outcome (an option's label) and opinion; either may be null. */
  public record StepRecord(String outcome, String opinion) {}

  private static void collect(
      String formId, JsonNode components, List<String> hideAround, Map<String, FormField> out) {
    for (JsonNode component : components) {
      String type = text(component, "type");
      List<String> hideWhen = hideWhen(component, hideAround);
      if (FormField.DYNAMIC_LIST.equals(type)) {
        String path = text(component, "path");
        if (path == null || path.isBlank()) {
          throw new IllegalArgumentException(
              "Form %s: dynamiclist '%s' has no path: its rows would have nowhere to go"
                  .formatted(formId, text(component, "id")));
        }
        Map<String, FormField> rows = new LinkedHashMap<>();
        // a row's conditions see the row's values: they start afresh inside the list
        collect(formId, component.path("components"), List.of(), rows);
        FormField list = list(component, path, hideWhen, List.copyOf(rows.values()));
        if (out.putIfAbsent(path, list) != null) {
          throw new IllegalArgumentException(
              "Form %s: two fields have the key '%s'".formatted(formId, path));
        }
        continue;
      }
      if (CONTAINERS.contains(type)) {
        String path = text(component, "path");
        if (path != null && !path.isBlank()) {
          throw new IllegalArgumentException(
              "Form %s: %s '%s' nests its data under a path, which is not supported"
                  .formatted(formId, type, text(component, "id")));
        }
        collect(formId, component.path("components"), hideWhen, out);
        continue;
      }
      String key = text(component, "key");
      if (DISPLAY_ONLY.contains(type) || key == null || key.isBlank()) {
        continue;
      }
      if (!KNOWN_INPUTS.contains(type) && warnedTypes.add(String.valueOf(type))) {
        log.warn(
            "Form {}: component type '{}' (field '{}') is not known; validating it as a string",
            formId,
            type,
            key);
      }
      FormField field = field(formId, component, type, key, hideWhen);
      if (out.putIfAbsent(key, field) != null) {
        throw new IllegalArgumentException(
            "Form %s: two fields have the key '%s'".formatted(formId, key));
      }
    }
  }

  private static FormField field(
      String formId, JsonNode c, String type, String key, List<String> hideWhen) {
    String label = firstText(c, "label", "dateLabel", "timeLabel");
    return new FormField(
        key,
        type,
        label,
        flag(c.get("readonly")),
        flag(c.get("disabled")),
        validation(formId, key, c.get("validate")),
        options(c.get("values")),
        text(c, "valuesKey"),
        text(c, "valuesExpression"),
        "datetime".equals(type) ? firstNonNull(text(c, "subtype"), "date") : text(c, "subtype"),
        c.path("disallowPassedDates").asBoolean(false),
        c.hasNonNull("decimalDigits") ? c.get("decimalDigits").asInt() : null,
        hideWhen,
        c.hasNonNull("defaultValue")
            ? JSON.convertValue(c.get("defaultValue"), Object.class)
            : null,
        text(c.path("properties"), "timeline"),
        List.of());
  }

  private static FormField list(
      JsonNode c, String path, List<String> hideWhen, List<FormField> rowFields) {
    return new FormField(
        path,
        FormField.DYNAMIC_LIST,
        text(c, "label"),
        flag(c.get("readonly")),
        flag(c.get("disabled")),
        Validation.NONE,
        List.of(),
        null,
        null,
        null,
        false,
        null,
        hideWhen,
        null,
        null,
        rowFields);
  }

  private static List<String> hideWhen(JsonNode component, List<String> around) {
    String hide = text(component.path("conditional"), "hide");
    if (hide == null || hide.isBlank()) {
      return around;
    }
    List<String> all = new ArrayList<>(around);
    all.add(hide);
    return all;
  }

  private static Flag flag(JsonNode node) {
    if (node == null || node.isNull()) {
      return Flag.NO;
    }
    if (node.isTextual()) {
      return new Flag(false, node.asText());
    }
    return node.asBoolean(false) ? Flag.YES : Flag.NO;
  }

  private static Validation validation(String formId, String key, JsonNode v) {
    if (v == null || !v.isObject()) {
      return Validation.NONE;
    }
    String pattern = text(v, "pattern");
    Pattern compiled = null;
    if (pattern != null && !pattern.isEmpty()) {
      try {
        compiled = Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "Form %s, field %s: pattern is not a Java regular expression: %s"
                .formatted(formId, key, e.getDescription()),
            e);
      }
    }
    BigDecimal minLength = number(formId, key, v, "minLength");
    BigDecimal maxLength = number(formId, key, v, "maxLength");
    return new Validation(
        v.path("required").asBoolean(false),
        minLength == null ? null : minLength.intValue(),
        maxLength == null ? null : maxLength.intValue(),
        number(formId, key, v, "min"),
        number(formId, key, v, "max"),
        compiled,
        text(v, "validationType"));
  }

  private static BigDecimal number(String formId, String key, JsonNode v, String property) {
    JsonNode node = v.get(property);
    if (node == null || node.isNull() || node.isTextual() && node.asText().isBlank()) {
      return null;
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    try {
      return new BigDecimal(node.asText().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Form %s, field %s: validate.%s '%s' is not a number (FEEL limits are not supported)"
              .formatted(formId, key, property, node.asText()),
          e);
    }
  }

  private static List<Option> options(JsonNode values) {
    if (values == null || !values.isArray()) {
      return List.of();
    }
    List<Option> options = new ArrayList<>();
    for (JsonNode value : values) {
      options.add(
          new Option(text(value, "label"), JSON.convertValue(value.get("value"), Object.class)));
    }
    return options;
  }

  private static String text(JsonNode node, String property) {
    JsonNode value = node.get(property);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String firstText(JsonNode node, String... properties) {
    for (String property : properties) {
      String value = text(node, property);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static <T> T firstNonNull(T a, T b) {
    return a != null ? a : b;
  }
}
