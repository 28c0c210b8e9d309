package cn.ronghe.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Which days are working days at the court: Monday to Friday, except statutory holidays, plus the
 * make-up workdays (调休上班) on weekends, as the admin enters them each year from the State Council's
 * notice.
 *
 * <p>A year the admin has not entered (no entries at all) is <em>not maintained</em>: the calendar
 * still answers for it by the weekday rule alone, logs a WARN the first time it does so for that
 * year, and {@link #isYearMaintained(int)} lets the UI say so.
 *
 * <p>Each year's entries are kept in memory (a few dozen rows a year) and read again after {@link
 * #REFRESH}, so an admin's edit on one node reaches the others within a minute; the node where the
 * edit is made calls {@link #evict(int)} and sees it at once.
 */
@Service
public class WorkingDayCalendar {

  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

  /** How long a year read from the database is used before it is read again. */
  static final Duration REFRESH = Duration.ofMinutes(1);

  private final CalendarDaySource source;
  private final Map<Integer, Year> years = new ConcurrentHashMap<>();
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  WorkingDayCalendar(CalendarDaySource source) {
    this.source = source;
  }

  /**
   * Weekdays are working days unless a holiday; Saturdays and Sundays only if a make-up workday.
   */
  public boolean isWorkingDay(LocalDate date) {
    CalendarDay entry = yearForArithmetic(date.getYear()).entries().get(date);
    if (entry != null) {
      return entry.kind() == DayKind.workday;
    }
    return !isWeekend(date);
  }

  /**
   * The {@code n}-th working day after {@code date}; {@code date} itself is never counted for n ≥
   * 1, so Friday + 1 is the next Monday (or the next working day after it). For n = 0 the answer is
   * {@code date} when it is a working day, otherwise the first working day after it.
   *
   * @throws IllegalArgumentException when n is negative
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("Working days must not be negative: " + n);
    }
    LocalDate day = date;
    if (n == 0) {
      while (!isWorkingDay(day)) {
        day = day.plusDays(1);
      }
      return day;
    }
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The working days after {@code from} up to and including {@code to}, so that {@code
   * workingDaysBetween(d, plusWorkingDays(d, n)) == n} for n ≥ 1; 0 when both are the same day,
   * negative (the same count, as a minus) when {@code to} is before {@code from}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** Whether the admin has entered the year: it has at least one holiday or make-up workday. */
  public boolean isYearMaintained(int year) {
    return year(year).maintained();
  }

  /** The years the admin has entered, ascending. */
  public SortedSet<Integer> knownYears() {
    return source.years();
  }

  /** The entries (holidays and make-up workdays) of a year, in date order. */
  public List<CalendarDay> daysOf(int year) {
    return year(year).entries().values().stream()
        .sorted((a, b) -> a.date().compareTo(b.date()))
        .toList();
  }

  /** Forgets what was read for the year, so the next question reads the admin's edits. */
  public void evict(int year) {
    years.remove(year);
  }

  /** Forgets every year read so far. */
  public void evictAll() {
    years.clear();
  }

  private Year yearForArithmetic(int year) {
    Year y = year(year);
    if (!y.maintained() && warnedYears.add(year)) {
      log.warn(
          "Working-day calendar has no entries for {}: counting Monday to Friday only, without"
              + " statutory holidays or make-up workdays. Enter {} from the State Council's notice.",
          year,
          year);
    }
    return y;
  }

  private Year year(int year) {
    long now = System.nanoTime();
    Year cached = years.get(year);
    if (cached != null && cached.freshAt(now)) {
      return cached;
    }
    return years.compute(year, (y, old) -> old != null && old.freshAt(now) ? old : load(y, now));
  }

  private Year load(int year, long now) {
    Map<LocalDate, CalendarDay> entries = new HashMap<>();
    for (CalendarDay day : source.daysOf(year)) {
      entries.put(day.date(), day);
    }
    return new Year(Map.copyOf(entries), now);
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  /** One year's entries by date, and when they were read ({@link System#nanoTime()}). */
  private record Year(Map<LocalDate, CalendarDay> entries, long loadedAt) {
    boolean maintained() {
      return !entries.isEmpty();
    }

    boolean freshAt(long now) {
      return now - loadedAt < REFRESH.toNanos();
    }
  }
}
