package cn.ronghe.workflow;

import cn.ronghe.system.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reading the values a form stored, in the delegates that check and record them: dates as form-js
 * writes them ({@code yyyy-MM-dd}) and the lists a checklist or taglist holds.
 */
public final class FormValues {

  private FormValues() {}

  /**
   * @throws ApiException 400 naming the field when the value is not a date
   */
  public static LocalDate date(Object value, String field) {
    try {
      return LocalDate.parse(String.valueOf(value));
    } catch (DateTimeParseException e) {
      throw ApiException.invalidField(field, "请填写日期（yyyy-MM-dd）");
    }
  }

  /** The values of a list as strings; nothing when it is not a list. */
  public static List<String> strings(Object value) {
    List<String> list = new ArrayList<>();
    if (value instanceof Collection<?> c) {
      c.forEach(v -> list.add(String.valueOf(v)));
    }
    return list;
  }
}
