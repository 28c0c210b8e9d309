package cn.ronghe.calendar;

import java.time.LocalDate;

/** One exception to the weekday rule, as entered from the State Council's notice. */
public record CalendarDay(LocalDate date, DayKind kind, String name) {}
