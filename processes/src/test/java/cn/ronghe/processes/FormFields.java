package cn.ronghe.processes;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Reads the fields of the module's forms ({@code forms/<id>.form}) for the per-process tests. */
public final class FormFields {

  private FormFields() {}

  /** The component bound to {@code key}; fails the test if the form has none. */
  public static JsonNode field(String form, String key) {
    return components(form)
        .filter(component -> key.equals(component.path("key").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(form + " has no field " + key));
  }

  /** The option codes of a select or radio field, in the order the form offers them. */
  public static List<String> optionValues(String form, String key) {
    return StreamSupport.stream(field(form, key).path("values").spliterator(), false)
        .map(option -> option.path("value").asText())
        .toList();
  }

  /** The field's {@code conditional.hide} expression, or "" if it is always shown. */
  public static String hideCondition(String form, String key) {
    return field(form, key).path("conditional").path("hide").asText();
  }

  /** Keys of all bound fields, read-only or not. */
  public static List<String> keys(String form) {
    return components(form)
        .filter(component -> component.hasNonNull("key"))
        .map(component -> component.path("key").asText())
        .toList();
  }

  /** Keys of the fields the user fills in: the variables the step sets. */
  public static List<String> editableKeys(String form) {
    return components(form)
        .filter(component -> component.hasNonNull("key"))
        .filter(component -> !component.path("readonly").asBoolean(false))
        .map(component -> component.path("key").asText())
        .toList();
  }

  public static Stream<JsonNode> components(String form) {
    JsonNode schema = ProcessResources.readJson("forms/" + form + ".form");
    return StreamSupport.stream(schema.path("components").spliterator(), false);
  }

  /** Values of the public static String constants of a process's variables class. */
  public static Set<String> constantValues(Class<?> variables) throws IllegalAccessException {
    Set<String> values = new HashSet<>();
    for (Field field : variables.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        values.add((String) field.get(null));
      }
    }
    return values;
  }
}
