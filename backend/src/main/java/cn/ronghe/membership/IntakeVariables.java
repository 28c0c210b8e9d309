package cn.ronghe.membership;

import static cn.ronghe.processes.membership.MembershipIntakeVariables.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading the process's variables as the intake's delegates need them. */
final class IntakeVariables {

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
}
