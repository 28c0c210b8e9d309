package cn.ronghe.workflow;

import cn.ronghe.calendar.Deadlines;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates for BPMN expressions, counted from the engine's clock so that process tests which move
 * it get consistent dates: {@code camunda:dueDate="${deadlines.workingDays(3)}"}, {@code
 * ${deadlines.due('P1M')}}. Every date is the end of its day, 23:59:59 Beijing time ({@link
 * Deadlines}).
 */
@Component("deadlines")
public class ProcessDeadlines {

  private final Deadlines deadlines;

  ProcessDeadlines(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  /** The end of the n-th working day from now; n = 0 is today if a working day, else the next. */
  public Date workingDays(int n) {
    return Date.from(deadlines.workingDays(now(), n));
  }

  /** The end of the day n calendar days from now. */
  public Date calendarDays(int n) {
    return Date.from(deadlines.calendarDays(now(), n));
  }

  /** The end of the same day n calendar months from now, clamped to the end of a shorter month. */
  public Date calendarMonths(int n) {
    return Date.from(deadlines.calendarMonths(now(), n));
  }

  /** The due date for {@code P<n>WD}, {@code P<n>D} or {@code P<n>M}. */
  public Date due(String spec) {
    return Date.from(deadlines.due(now(), spec));
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
