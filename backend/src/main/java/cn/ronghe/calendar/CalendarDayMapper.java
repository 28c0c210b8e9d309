package cn.ronghe.calendar;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The entries of the working-day calendar ({@code work_calendar_day}). */
@Mapper
interface CalendarDayMapper {

  /** Entries from {@code from} to {@code to}, both included, in date order. */
  List<CalendarDay> selectBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

  /** The years that have at least one entry, ascending. */
  List<Integer> selectYears();
}
