package cn.ronghe.calendar;

import java.time.Instant;
import java.util.List;

/**
 * A year of the working-day calendar: its holidays and make-up workdays; whether the admin has
 * entered it at all ({@code maintained}: when not, deadlines in that year count Monday to Friday
 * only and the UI says so); whether it is {@code provisional} (the statutory days only, entered
 * before the State Council's notice); the notice it follows; who entered it last, and when.
 */
record CalendarYear(
    int year,
    boolean maintained,
    boolean provisional,
    String notice,
    String updatedBy,
    String updatedByName,
    Instant updatedAt,
    List<CalendarDay> days) {}
