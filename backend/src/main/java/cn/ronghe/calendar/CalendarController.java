package cn.ronghe.calendar;

import cn.ronghe.system.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The working-day calendar, for anyone logged in (due dates, date pickers, the admin's view). */
@RestController
class CalendarController {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  private final WorkingDayCalendar calendar;

  CalendarController(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @GetMapping("/api/calendar/{year}")
  CalendarYear year(@PathVariable int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw ApiException.invalidField(
          "year", "年份须在 " + FIRST_YEAR + " 到 " + LAST_YEAR + " 之间: " + year);
    }
    return new CalendarYear(year, calendar.isYearMaintained(year), calendar.daysOf(year));
  }
}
