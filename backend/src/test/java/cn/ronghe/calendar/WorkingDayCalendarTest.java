package cn.ronghe.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The date arithmetic on the official 2025 and 2026 arrangements, without Spring or a database. */
class WorkingDayCalendarTest {

  final SeedCalendarDays source = new SeedCalendarDays();
  final WorkingDayCalendar calendar = new WorkingDayCalendar(source);

  final Logger logger = (Logger) LoggerFactory.getLogger(WorkingDayCalendar.class);
  final ListAppender<ILoggingEvent> logged = new ListAppender<>();

  @BeforeEach
  void captureLog() {
    logged.start();
    logger.addAppender(logged);
  }

  @AfterEach
  void releaseLog() {
    logger.detachAppender(logged);
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void weekendMakeUpWorkdaysCountAsWorkingDays() {
    assertThat(calendar.isWorkingDay(date("2026-01-04"))).as("Sunday, 元旦调休上班").isTrue();
    assertThat(calendar.isWorkingDay(date("2026-02-14"))).as("Saturday, 春节调休上班").isTrue();
    assertThat(calendar.isWorkingDay(date("2026-02-28"))).as("Saturday, 春节调休上班").isTrue();
    assertThat(calendar.isWorkingDay(date("2025-10-11"))).as("Saturday, 国庆节调休上班").isTrue();
  }

  @Test
  void ordinaryWeekendsAreDaysOff() {
    assertThat(calendar.isWorkingDay(date("2026-01-10"))).as("Saturday").isFalse();
    assertThat(calendar.isWorkingDay(date("2026-01-11"))).as("Sunday").isFalse();
  }

  @Test
  void weekdayHolidaysAreDaysOffAndOtherWeekdaysWork() {
    assertThat(calendar.isWorkingDay(date("2026-01-02"))).as("Friday, 元旦").isFalse();
    assertThat(calendar.isWorkingDay(date("2025-10-08"))).as("Wednesday, 国庆节").isFalse();
    assertThat(calendar.isWorkingDay(date("2026-10-08"))).as("Thursday after 国庆节").isTrue();
    assertThat(calendar.isWorkingDay(date("2026-03-10"))).as("plain Tuesday").isTrue();
  }

  @Test
  void oneWorkingDayAfterTheEveOfNationalDay2025IsTheNinthOfOctober() {
    assertThat(calendar.plusWorkingDays(date("2025-09-30"), 1)).isEqualTo(date("2025-10-09"));
  }

  @Test
  void oneWorkingDayAfterFridayTenthOfOctober2025IsTheSaturdayMakeUpWorkday() {
    assertThat(calendar.plusWorkingDays(date("2025-10-10"), 1)).isEqualTo(date("2025-10-11"));
  }

  @Test
  void springFestival2026IsSkippedAndBothMakeUpSaturdaysCount() {
    LocalDate friday = date("2026-02-13");

    assertThat(calendar.plusWorkingDays(friday, 1)).isEqualTo(date("2026-02-14"));
    assertThat(calendar.plusWorkingDays(friday, 2)).isEqualTo(date("2026-02-24"));
    assertThat(calendar.plusWorkingDays(friday, 6)).isEqualTo(date("2026-02-28"));
    assertThat(calendar.plusWorkingDays(friday, 7)).isEqualTo(date("2026-03-02"));
  }

  @Test
  void fifteenWorkingDaysFromBeforeQingming2026SkipTheHolidayMonday() {
    // Weekdays alone would give 2026-04-20; 清明 takes Monday 2026-04-06.
    assertThat(calendar.plusWorkingDays(date("2026-03-30"), 15)).isEqualTo(date("2026-04-21"));
  }

  @Test
  void zeroWorkingDaysIsTheDayItselfWhenWorking() {
    assertThat(calendar.plusWorkingDays(date("2026-03-10"), 0)).isEqualTo(date("2026-03-10"));
    assertThat(calendar.plusWorkingDays(date("2026-02-14"), 0)).isEqualTo(date("2026-02-14"));
  }

  @Test
  void zeroWorkingDaysFromADayOffIsTheNextWorkingDay() {
    assertThat(calendar.plusWorkingDays(date("2025-10-01"), 0)).isEqualTo(date("2025-10-09"));
    assertThat(calendar.plusWorkingDays(date("2026-01-03"), 0))
        .as("Saturday 元旦 → Sunday make-up workday")
        .isEqualTo(date("2026-01-04"));
  }

  @Test
  void negativeWorkingDaysAreRefused() {
    assertThatThrownBy(() -> calendar.plusWorkingDays(date("2026-03-10"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void workingDaysBetweenCountsTheDaysAfterTheStartUpToAndIncludingTheEnd() {
    assertThat(calendar.workingDaysBetween(date("2026-02-13"), date("2026-02-28"))).isEqualTo(6);
    assertThat(calendar.workingDaysBetween(date("2025-09-30"), date("2025-10-09"))).isEqualTo(1);
    assertThat(calendar.workingDaysBetween(date("2026-03-10"), date("2026-03-10"))).isZero();
    assertThat(calendar.workingDaysBetween(date("2026-02-28"), date("2026-02-13"))).isEqualTo(-6);
  }

  @Test
  void workingDaysBetweenUndoesPlusWorkingDays() {
    LocalDate start = date("2025-01-20");
    for (int n = 1; n <= 60; n++) {
      assertThat(calendar.workingDaysBetween(start, calendar.plusWorkingDays(start, n)))
          .isEqualTo(n);
    }
  }

  @Test
  void anUnmaintainedYearFallsBackToWeekdayRulesAndSaysSo() {
    assertThat(calendar.knownYears()).containsExactly(2025, 2026);
    assertThat(calendar.isYearMaintained(2026)).isTrue();
    assertThat(calendar.isYearMaintained(2027)).isFalse();

    // In reality 2027-01-01 will be 元旦; unentered, it is just a Friday.
    assertThat(calendar.plusWorkingDays(date("2026-12-31"), 1)).isEqualTo(date("2027-01-01"));
    assertThat(calendar.isWorkingDay(date("2027-10-01"))).isTrue();
    assertThat(calendar.isWorkingDay(date("2027-10-02"))).as("Saturday").isFalse();
    assertThat(calendar.daysOf(2027)).isEmpty();
  }

  @Test
  void anUnmaintainedYearIsWarnedAboutOnceNotOnEveryQuestion() {
    calendar.plusWorkingDays(date("2027-03-01"), 30);
    calendar.isWorkingDay(date("2027-12-31"));
    calendar.isWorkingDay(date("2026-05-06"));

    assertThat(logged.list)
        .filteredOn(e -> e.getLevel() == Level.WARN)
        .singleElement()
        .satisfies(e -> assertThat(e.getFormattedMessage()).contains("2027"));
  }

  @Test
  void askingWhetherAYearIsMaintainedDoesNotWarn() {
    assertThat(calendar.isYearMaintained(2027)).isFalse();

    assertThat(logged.list).filteredOn(e -> e.getLevel() == Level.WARN).isEmpty();
  }

  @Test
  void eachYearIsReadOnceUntilEvicted() {
    calendar.isWorkingDay(date("2026-01-04"));
    calendar.plusWorkingDays(date("2026-01-04"), 100);
    assertThat(source.reads).hasValue(1);

    calendar.evict(2026);
    calendar.isWorkingDay(date("2026-01-04"));
    assertThat(source.reads).hasValue(2);

    calendar.evictAll();
    calendar.isWorkingDay(date("2026-01-04"));
    assertThat(source.reads).hasValue(3);
  }

  @Test
  void daysOfAYearAreItsEntriesInDateOrder() {
    assertThat(calendar.daysOf(2026))
        .hasSize(39)
        .startsWith(new CalendarDay(date("2026-01-01"), DayKind.holiday, "元旦"))
        .endsWith(new CalendarDay(date("2026-10-10"), DayKind.workday, "国庆节调休上班"))
        .isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
  }
}
