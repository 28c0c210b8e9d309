package cn.ronghe.membership;

import static cn.ronghe.processes.membership.MembershipIntakeVariables.*;

import cn.ronghe.system.ClockConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading the process's variables as the intake's delegates need them. */
final class IntakeVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private IntakeVariables() {}

  static long intakeId(VariableScope scope) {
    return ((Number) scope.getVariable(INTAKE_ID)).longValue();
  }

  /**
   * A form-js date ({@code YYYY-MM-DD}); a missing or malformed one is refused naming the field.
   */
  static LocalDate date(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    try {
      return LocalDate.parse(String.valueOf(value));
    } catch (DateTimeParseException e) {
      throw IntakeRules.refused("date", name, "请填写日期（YYYY-MM-DD）");
    }
  }

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  /**
   * A whole number not below zero, as a form's number field gives it: {@code Long}, {@code
   * Integer}, a whole {@code Double} or a numeric string. Anything else, or nothing, is refused
   * naming the field.
   */
  static long count(VariableScope scope, String name) {
    Long count = countOrNull(scope, name);
    if (count == null) {
      throw IntakeRules.refused("whole-number", name, "请填写不小于 0 的整数");
    }
    return count;
  }

  /** {@link #count}, or 0 when the field was left empty. */
  static long optionalCount(VariableScope scope, String name) {
    Long count = countOrNull(scope, name);
    return count == null ? 0 : count;
  }

  private static Long countOrNull(VariableScope scope, String name) {
    return count(name, scope.getVariable(name));
  }

  /** The value as a whole number ≥ 0; null when missing or blank; refused when not one. */
  static Long count(String name, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    BigDecimal number;
    try {
      if (value instanceof Long || value instanceof Integer || value instanceof Short) {
        number = BigDecimal.valueOf(((Number) value).longValue());
      } else if ((value instanceof Double || value instanceof Float)
          && Double.isFinite(((Number) value).doubleValue())) {
        number = new BigDecimal(value.toString());
      } else if (value instanceof BigDecimal b) {
        number = b;
      } else if (value instanceof String s) {
        number = new BigDecimal(s.strip());
      } else {
        number = null;
      }
    } catch (NumberFormatException e) {
      number = null;
    }
    if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
      throw IntakeRules.refused("whole-number", name, "应为不小于 0 的整数：" + value);
    }
    try {
      return number.longValueExact();
    } catch (ArithmeticException tooLarge) {
      throw IntakeRules.refused("whole-number", name, "数字过大：" + value);
    }
  }

  /** A checkbox: missing is false; {@code Boolean} or the text {@code true}. */
  static boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && "true".equals(value.toString());
  }

  /**
   * A checklist's values: a {@code List} as the form validator gives it, or a JSON array in a
   * string; missing is empty. Blank entries are dropped.
   */
  static List<String> list(VariableScope scope, String name) {
    return list(name, scope.getVariable(name));
  }

  static List<String> list(String name, Object value) {
    Collection<?> items;
    if (value == null) {
      return List.of();
    } else if (value instanceof Collection<?> c) {
      items = c;
    } else if (value instanceof String s && s.isBlank()) {
      return List.of();
    } else if (value instanceof String s && s.strip().startsWith("[")) {
      try {
        items = JSON.readValue(s, List.class);
      } catch (JsonProcessingException e) {
        throw IntakeRules.refused("list", name, "应为选项列表");
      }
    } else if (value instanceof String s) {
      items = List.of(s.split(","));
    } else {
      throw IntakeRules.refused("list", name, "应为选项列表");
    }
    List<String> values = new ArrayList<>();
    for (Object item : items) {
      if (item != null && !item.toString().isBlank()) {
        values.add(item.toString().strip());
      }
    }
    return values;
  }

  /** The day's start (00:00 Beijing time) as the engine's timers take it. */
  static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ClockConfig.ZONE).toInstant());
  }
}
