package cn.ronghe.calendar;

import java.util.List;
import java.util.SortedSet;

/** Where the calendar's entries come from: the database in the application, a list in tests. */
interface CalendarDaySource {

  /** The entries of one year, in date order; empty when the admin has not entered the year. */
  List<CalendarDay> daysOf(int year);

  /** The years that have at least one entry. */
  SortedSet<Integer> years();
}
