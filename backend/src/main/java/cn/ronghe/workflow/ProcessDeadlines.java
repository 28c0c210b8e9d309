package cn.ronghe.workflow;

import cn.ronghe.calendar.Deadlines;
import java.time.Clock;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates for BPMN expressions, counted from the application's clock (which is the engine's, see
 * {@link cn.ronghe.system.ClockConfig}): {@code camunda:dueDate="${deadlines.workingDays(3)}"},
 * {@code ${deadlines.due('P1M')}}. Every date is the end of its day, 23:59:59 Beijing time ({@link
 * Deadlines}).
 */
@Component("deadlines")
public class ProcessDeadlines {

  private final Deadlines deadlines;
  private final Clock clock;

  ProcessDeadlines(Deadlines deadlines, Clock clock) {
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /** The end of the day a form's date field names ({@code 2026-03-31}): a deadline someone set. */
  public Date endOf(String isoDate) {
    return Date.from(Deadlines.endOf(java.time.LocalDate.parse(isoDate)));
  }

  /** The end of the n-th working day from now; n = 0 is today if a working day, else the next. */
  public Date workingDays(int n) {
    return Date.from(deadlines.workingDays(clock.instant(), n));
  }

  /** The end of the day n calendar days from now. */
  public Date calendarDays(int n) {
    return Date.from(deadlines.calendarDays(clock.instant(), n));
  }

  /** The end of the same day n calendar months from now, clamped to the end of a shorter month. */
  public Date calendarMonths(int n) {
    return Date.from(deadlines.calendarMonths(clock.instant(), n));
  }

  /** The due date for {@code P<n>WD}, {@code P<n>D} or {@code P<n>M}. */
  public Date due(String spec) {
    return Date.from(deadlines.due(clock.instant(), spec));
  }
}
