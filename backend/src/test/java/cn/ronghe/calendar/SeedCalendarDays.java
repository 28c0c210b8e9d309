package cn.ronghe.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The official 2025 and 2026 arrangements from {@code cn-public-holidays.csv} (a copy of {@code
 * shared/calendar/}), as a calendar source without a database. Counts how often a year is read.
 */
class SeedCalendarDays implements CalendarDaySource {

  static final String RESOURCE = "cn-public-holidays.csv";

  final List<CalendarDay> all = read();
  final AtomicInteger reads = new AtomicInteger();

  @Override
  public List<CalendarDay> daysOf(int year) {
    reads.incrementAndGet();
    return all.stream().filter(d -> d.date().getYear() == year).toList();
  }

  @Override
  public SortedSet<Integer> years() {
    SortedSet<Integer> years = new TreeSet<>();
    all.forEach(d -> years.add(d.date().getYear()));
    return years;
  }

  private static List<CalendarDay> read() {
    List<CalendarDay> days = new ArrayList<>();
    try (InputStream in = SeedCalendarDays.class.getResourceAsStream(RESOURCE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("date,")) {
          continue;
        }
        String[] f = line.split(",", 3);
        days.add(new CalendarDay(LocalDate.parse(f[0]), DayKind.valueOf(f[1]), f[2].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return days;
  }
}
