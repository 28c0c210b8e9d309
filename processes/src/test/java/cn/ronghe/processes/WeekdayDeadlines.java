package cn.ronghe.processes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stands in for the application's {@code deadlines} bean in process tests, which run without it:
 * the end of the n-th day after today counting Monday to Friday only (the application also skips
 * statutory holidays and counts make-up workdays; its own tests cover that). Register it with
 * {@link #register()} before starting a process whose due dates call {@code deadlines}.
 */
public final class WeekdayDeadlines {

  public static void register() {
    Mocks.register("deadlines", new WeekdayDeadlines());
  }

  /** The end (23:59:59) of the n-th weekday after the engine's today, in the JVM's zone. */
  public Date workingDays(int n) {
    LocalDate day = ClockUtil.getCurrentTime().toInstant().atZone(zone()).toLocalDate();
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return Date.from(day.atTime(23, 59, 59).atZone(zone()).toInstant());
  }

  /** The end (23:59:59) of the n-th calendar day after the engine's today, in the JVM's zone. */
  public Date calendarDays(int n) {
    LocalDate day = ClockUtil.getCurrentTime().toInstant().atZone(zone()).toLocalDate();
    return Date.from(day.plusDays(n).atTime(23, 59, 59).atZone(zone()).toInstant());
  }

  /**
   * The end (23:59:59) of the day n calendar months after the engine's today, in the JVM's zone (31
   * January + 1 is 28/29 February), as the application's {@code deadlines.calendarMonths}.
   */
  public Date calendarMonths(int n) {
    LocalDate day = ClockUtil.getCurrentTime().toInstant().atZone(zone()).toLocalDate();
    return Date.from(day.plusMonths(n).atTime(23, 59, 59).atZone(zone()).toInstant());
  }

  /** The end (23:59:59) of the given day, as the application's {@code deadlines.endOf}. */
  public Date endOf(String isoDate) {
    return Date.from(LocalDate.parse(isoDate).atTime(23, 59, 59).atZone(zone()).toInstant());
  }

  private static ZoneId zone() {
    return ZoneId.systemDefault();
  }
}
