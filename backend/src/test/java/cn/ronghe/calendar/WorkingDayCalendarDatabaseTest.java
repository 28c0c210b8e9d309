package cn.ronghe.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApplicationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The calendar as the application reads it from the database the profile uses. */
@ApplicationTest
class WorkingDayCalendarDatabaseTest {

  /** A year no real data will use, for edits made by the test. */
  static final int SCRATCH_YEAR = 2099;

  @Autowired WorkingDayCalendar calendar;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void removeScratchYear() {
    jdbc.update(
        "delete from work_calendar_day where calendar_date between ? and ?",
        LocalDate.of(SCRATCH_YEAR, 1, 1),
        LocalDate.of(SCRATCH_YEAR, 12, 31));
    calendar.evict(SCRATCH_YEAR);
  }

  @Test
  void theMigrationSeedsExactlyTheOfficialArrangementsOf2025And2026() {
    List<CalendarDay> seeded = new ArrayList<>(calendar.daysOf(2025));
    seeded.addAll(calendar.daysOf(2026));

    assertThat(seeded).containsExactlyElementsOf(new SeedCalendarDays().all);
  }

  @Test
  void theSeededYearsAreMaintainedAnd2028IsNot() {
    assertThat(calendar.knownYears()).contains(2025, 2026, 2027).doesNotContain(2028);
    assertThat(calendar.isYearMaintained(2027)).isTrue();
    assertThat(calendar.isYearMaintained(2028)).isFalse();
  }

  @Test
  void theProvisional2027CountsItsStatutorySpringFestival() {
    // Fri 5 Feb 2027 + 1 working day: eve (Sat 6) to lunar 1/3 (Tue 9) are off.
    assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 2, 5), 1))
        .isEqualTo(LocalDate.of(2027, 2, 10));
  }

  @Test
  void theDatabaseCalendarCountsTheMakeUpSaturdayAfterNationalDay2025() {
    assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 9, 30), 1))
        .isEqualTo(LocalDate.of(2025, 10, 9));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 10, 10), 1))
        .isEqualTo(LocalDate.of(2025, 10, 11));
  }

  @Test
  void anEditOfTheAdminIsSeenOnceTheYearIsEvicted() {
    LocalDate monday = LocalDate.of(SCRATCH_YEAR, 1, 5);
    assertThat(calendar.isWorkingDay(monday)).isTrue();

    jdbc.update(
        "insert into work_calendar_day (calendar_date, kind, name) values (?, ?, ?)",
        monday,
        "holiday",
        "测试假日");
    assertThat(calendar.isWorkingDay(monday)).as("still cached").isTrue();

    calendar.evict(SCRATCH_YEAR);
    assertThat(calendar.isWorkingDay(monday)).isFalse();
    assertThat(calendar.isYearMaintained(SCRATCH_YEAR)).isTrue();
  }
}
