package cn.ronghe.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** The calendar's entries as the admin maintains them in {@code work_calendar_day}. */
@Component
class DatabaseCalendarDaySource implements CalendarDaySource {

  private final CalendarDayMapper mapper;

  DatabaseCalendarDaySource(CalendarDayMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public List<CalendarDay> daysOf(int year) {
    return mapper.selectBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  @Override
  public SortedSet<Integer> years() {
    return new TreeSet<>(mapper.selectYears());
  }
}
