package cn.ronghe.calendar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline as written in BPMN and settings, ISO 8601-like: {@code P5WD} five working days, {@code
 * P15D} fifteen calendar days, {@code P1M} one calendar month. The amount is 0 to 9999.
 */
public record DeadlineSpec(int amount, Unit unit) {

  private static final Pattern SPEC = Pattern.compile("P(\\d{1,4})(WD|D|M)");

  /** What the amount counts. */
  public enum Unit {
    WORKING_DAYS("WD"),
    CALENDAR_DAYS("D"),
    CALENDAR_MONTHS("M");

    private final String suffix;

    Unit(String suffix) {
      this.suffix = suffix;
    }
  }

  public DeadlineSpec {
    if (amount < 0) {
      throw new IllegalArgumentException("A deadline must not be negative: " + amount);
    }
    if (unit == null) {
      throw new IllegalArgumentException("A deadline needs a unit");
    }
  }

  /**
   * Reads {@code P<n>WD}, {@code P<n>D} or {@code P<n>M} (upper case, as ISO 8601 writes them).
   *
   * @throws IllegalArgumentException naming the spec when it is anything else
   */
  public static DeadlineSpec parse(String spec) {
    Matcher m = spec == null ? null : SPEC.matcher(spec.strip());
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException(
          "Bad deadline spec '"
              + spec
              + "': expected P<n>WD (working days), P<n>D (calendar days) or P<n>M (calendar"
              + " months), n from 0 to 9999, e.g. P5WD");
    }
    int amount = Integer.parseInt(m.group(1));
    Unit unit =
        switch (m.group(2)) {
          case "WD" -> Unit.WORKING_DAYS;
          case "D" -> Unit.CALENDAR_DAYS;
          default -> Unit.CALENDAR_MONTHS;
        };
    return new DeadlineSpec(amount, unit);
  }

  @Override
  public String toString() {
    return "P" + amount + unit.suffix;
  }
}
