package cn.ronghe.calendar;

import cn.ronghe.system.ClockConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.stereotype.Service;

/**
 * Due dates of court business. A deadline expires at the <em>end</em> of its last day, 23:59:59
 * Beijing time ({@link ClockConfig#ZONE}), whatever the time of day it started. The start counts in
 * Beijing time too: 2026-01-05T18:00Z is already 2026-01-06 in Beijing.
 *
 * <p>The bean is named {@code calendarDeadlines}: the name {@code deadlines} belongs to {@code
 * cn.ronghe.workflow.ProcessDeadlines}, which BPMN expressions call as {@code ${deadlines...}}.
 */
@Service("calendarDeadlines")
public class Deadlines {

  /** The last second of a day on which a deadline expires. */
  public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private static final ZoneId ZONE = ClockConfig.ZONE;

  private final WorkingDayCalendar calendar;

  public Deadlines(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * The end of the n-th working day after the start's date ({@link
   * WorkingDayCalendar#plusWorkingDays}): n = 0 is the end of the start's day when it is a working
   * day, else of the next working day.
   */
  public Instant workingDays(Instant start, int n) {
    return endOf(calendar.plusWorkingDays(dateOf(start), n));
  }

  /** The end of the day n calendar days after the start's date; n = 0 is the end of that day. */
  public Instant calendarDays(Instant start, int n) {
    requireNotNegative(n);
    return endOf(dateOf(start).plusDays(n));
  }

  /**
   * The end of the same day of the month n months later, or of that month's last day when it is
   * shorter: 2026-01-31 + 1 month is the end of 2026-02-28.
   */
  public Instant calendarMonths(Instant start, int n) {
    requireNotNegative(n);
    return endOf(dateOf(start).plusMonths(n));
  }

  /**
   * The due date for a spec such as {@code P5WD}, {@code P15D} or {@code P1M} ({@link
   * DeadlineSpec}).
   *
   * @throws IllegalArgumentException naming the spec when it cannot be read
   */
  public Instant due(Instant start, String spec) {
    DeadlineSpec parsed = DeadlineSpec.parse(spec);
    return switch (parsed.unit()) {
      case WORKING_DAYS -> workingDays(start, parsed.amount());
      case CALENDAR_DAYS -> calendarDays(start, parsed.amount());
      case CALENDAR_MONTHS -> calendarMonths(start, parsed.amount());
    };
  }

  private static LocalDate dateOf(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  /** The end (23:59:59 Beijing time) of the given day: a deadline entered as a date. */
  public static Instant endOf(LocalDate date) {
    return date.atTime(END_OF_DAY).atZone(ZONE).toInstant();
  }

  private static void requireNotNegative(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("A deadline must not be negative: " + n);
    }
  }
}
