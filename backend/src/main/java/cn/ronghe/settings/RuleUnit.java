package cn.ronghe.settings;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * What a rule counts. A rule in minutes or hours is set in application.yml as a duration ({@code
 * 15m}, {@code 24h}) and edited as a whole number of its unit.
 */
public enum RuleUnit {
  TIMES("次", null),
  DAYS("天", null),
  WORKING_DAYS("个工作日", null),
  MONTHS("个月", null),
  MINUTES("分钟", ChronoUnit.MINUTES),
  HOURS("小时", ChronoUnit.HOURS);

  private final String label;
  private final ChronoUnit duration;

  RuleUnit(String label, ChronoUnit duration) {
    this.label = label;
    this.duration = duration;
  }

  @JsonValue
  public String label() {
    return label;
  }

  /** Whether the property is a duration. */
  boolean isDuration() {
    return duration != null;
  }

  /** The duration as a whole number of this unit. */
  long of(Duration value) {
    return value.toSeconds() / duration.getDuration().toSeconds();
  }

  /** A whole number of this unit as a duration. */
  public Duration toDuration(int value) {
    return Duration.of(value, duration);
  }
}
