package cn.ronghe.calendar;

import java.util.List;

/**
 * A year of the working-day calendar: its holidays and make-up workdays, and whether the admin has
 * entered it at all ({@code maintained}); when not, deadlines in that year count Monday to Friday
 * only and the UI should say so.
 */
record CalendarYear(int year, boolean maintained, List<CalendarDay> days) {}
