package cn.ronghe.calendar;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The working-day calendar: its entries ({@code work_calendar_day}) and years. */
@Mapper
interface CalendarDayMapper {

  /** Entries from {@code from} to {@code to}, both included, in date order. */
  List<CalendarDay> selectBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

  /** The years that have at least one entry, ascending. */
  List<Integer> selectYears();

  int deleteBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

  int insertDays(@Param("days") List<CalendarDay> days);

  /** The admin's record of the year, or null when there is none. */
  CalendarYearInfo selectYearInfo(@Param("year") int year);

  int updateYearInfo(CalendarYearInfo info);

  int insertYearInfo(CalendarYearInfo info);
}
