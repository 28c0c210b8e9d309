package cn.ronghe.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Due dates on the official 2025 and 2026 arrangements, without Spring or a database. */
class DeadlinesTest {

  final Deadlines deadlines = new Deadlines(new WorkingDayCalendar(new SeedCalendarDays()));

  /** An instant written in Beijing time. */
  static Instant beijing(String localDateTime) {
    return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
  }

  @Test
  void workingDaysExpireAtTheEndOfTheLastDayInBeijing() {
    assertThat(deadlines.workingDays(beijing("2025-09-30T09:15:00"), 1))
        .isEqualTo(beijing("2025-10-09T23:59:59"));
  }

  @Test
  void zeroWorkingDaysOnAWorkingDayExpiresTonight() {
    assertThat(deadlines.workingDays(beijing("2026-03-10T16:00:00"), 0))
        .isEqualTo(beijing("2026-03-10T23:59:59"));
  }

  @Test
  void theStartDayIsTheDateInBeijingNotInUtc() {
    // 18:00 UTC on Monday 5 January is 02:00 on Tuesday 6 January in Beijing.
    assertThat(deadlines.workingDays(Instant.parse("2026-01-05T18:00:00Z"), 1))
        .isEqualTo(beijing("2026-01-07T23:59:59"));
  }

  @Test
  void calendarDaysCountEveryDayAndExpireAtTheEndOfTheDay() {
    assertThat(deadlines.calendarDays(beijing("2026-01-01T10:00:00"), 15))
        .isEqualTo(beijing("2026-01-16T23:59:59"));
    assertThat(deadlines.calendarDays(beijing("2026-01-01T10:00:00"), 0))
        .isEqualTo(beijing("2026-01-01T23:59:59"));
  }

  @Test
  void aCalendarMonthFromTheEndOfAMonthClampsToTheEndOfAShorterMonth() {
    assertThat(deadlines.calendarMonths(beijing("2026-01-31T11:00:00"), 1))
        .isEqualTo(beijing("2026-02-28T23:59:59"));
    assertThat(deadlines.calendarMonths(beijing("2028-01-31T11:00:00"), 1))
        .as("leap year")
        .isEqualTo(beijing("2028-02-29T23:59:59"));
    assertThat(deadlines.calendarMonths(beijing("2026-03-31T11:00:00"), 1))
        .isEqualTo(beijing("2026-04-30T23:59:59"));
  }

  @Test
  void aCalendarMonthIsTheSameDayOfTheNextMonth() {
    assertThat(deadlines.calendarMonths(beijing("2026-01-15T08:00:00"), 1))
        .isEqualTo(beijing("2026-02-15T23:59:59"));
    assertThat(deadlines.calendarMonths(beijing("2026-01-15T08:00:00"), 3))
        .isEqualTo(beijing("2026-04-15T23:59:59"));
  }

  @Test
  void negativeAmountsAreRefused() {
    Instant start = beijing("2026-01-15T08:00:00");
    assertThatThrownBy(() -> deadlines.workingDays(start, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> deadlines.calendarDays(start, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> deadlines.calendarMonths(start, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void specP5wdIsFiveWorkingDays() {
    Instant start = beijing("2026-02-13T09:00:00");

    assertThat(deadlines.due(start, "P5WD")).isEqualTo(deadlines.workingDays(start, 5));
    assertThat(deadlines.due(start, "P5WD")).isEqualTo(beijing("2026-02-27T23:59:59"));
  }

  @Test
  void specP15dIsFifteenCalendarDaysAndP1mOneCalendarMonth() {
    Instant start = beijing("2026-01-31T09:00:00");

    assertThat(deadlines.due(start, "P15D")).isEqualTo(beijing("2026-02-15T23:59:59"));
    assertThat(deadlines.due(start, "P1M")).isEqualTo(beijing("2026-02-28T23:59:59"));
    assertThat(deadlines.due(start, "P0D")).isEqualTo(beijing("2026-01-31T23:59:59"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5WD", "P5W", "p5wd", "P-1D", "P1.5M", "P99999D", "PT5H", "P5WDX"})
  void aBadSpecIsRefusedNamingIt(String spec) {
    assertThatThrownBy(() -> deadlines.due(beijing("2026-01-31T09:00:00"), spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + spec + "'")
        .hasMessageContaining("P<n>WD");
  }

  @ParameterizedTest
  @NullAndEmptySource
  void aMissingSpecIsRefused(String spec) {
    assertThatThrownBy(() -> deadlines.due(beijing("2026-01-31T09:00:00"), spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Bad deadline spec");
  }

  @Test
  void aSpecReadsBackAsWritten() {
    assertThat(DeadlineSpec.parse("P5WD"))
        .isEqualTo(new DeadlineSpec(5, DeadlineSpec.Unit.WORKING_DAYS))
        .hasToString("P5WD");
    assertThat(DeadlineSpec.parse("P15D")).hasToString("P15D");
    assertThat(DeadlineSpec.parse("P1M")).hasToString("P1M");
  }
}
