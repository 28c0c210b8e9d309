package cn.ronghe.discipline;

import static cn.ronghe.processes.discipline.DisciplineVariables.WAY_CLOSE;
import static cn.ronghe.processes.discipline.DisciplineVariables.WAY_HOLD;
import static cn.ronghe.processes.discipline.DisciplineVariables.WAY_INQUIRY;
import static cn.ronghe.processes.discipline.DisciplineVariables.WAY_VERIFICATION;

import cn.ronghe.audit.AuditService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.Role;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.ClockConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 问题线索统计 and the register's export, of a year's clues (by the date received), for discipline
 * officers and only of the clues on their own access list: the head, on every list, counts them
 * all; an officer counts their own, and learns no other number. Both are audited.
 */
@Service
class DisciplineStatistics {

  /** A clue the head has not yet approved a way for. */
  static final String PENDING = "pending";

  /** A clue referred to the higher level (no way of its own). */
  static final String REFERRED = "referred";

  static final List<String> WAYS =
      List.of(WAY_INQUIRY, WAY_VERIFICATION, WAY_HOLD, WAY_CLOSE, REFERRED, PENDING);

  static final List<String> FOUR_FORMS = List.of("1", "2", "3", "4");

  private final DisciplineMapper clues;
  private final DisciplineViews views;
  private final AuditService audit;
  private final Clock clock;

  DisciplineStatistics(
      DisciplineMapper clues, DisciplineViews views, AuditService audit, Clock clock) {
    this.clues = clues;
    this.views = views;
    this.audit = audit;
    this.clock = clock;
  }

  /** How many clues have a key (a source, a way, a form). */
  record Count(String key, long count) {}

  /**
   * A year's clues: how many, how many became cases and are still open; by source, by way, by form
   * of the four forms (cases and clues alike), and by month received (12 numbers).
   */
  record Statistics(
      int year,
      long total,
      long cases,
      long open,
      List<Count> bySource,
      List<Count> byWay,
      List<Count> byFourForm,
      List<Long> byMonth) {}

  @Transactional
  public Statistics of(CurrentUser user, Integer year) {
    int y = year(user, year);
    List<DisciplineMapper.ClueRow> rows = received(user, y);
    audit.record(
        user.username(),
        "discipline-clue.statistics",
        "discipline-clue",
        String.valueOf(y),
        rows.size() + " counted");
    return statistics(y, rows);
  }

  /** A year's workbook. */
  record Export(int year, byte[] workbook) {}

  /** The year's register as an Excel workbook: the clues on the caller's list, and the counts. */
  @Transactional
  public Export export(CurrentUser user, Integer year) {
    int y = year(user, year);
    List<DisciplineMapper.ClueRow> rows = received(user, y);
    audit.record(
        user.username(),
        "discipline-clue.export",
        "discipline-clue",
        String.valueOf(y),
        rows.size() + " exported");
    return new Export(y, DisciplineWorkbook.of(views.items(rows), statistics(y, rows)));
  }

  static Statistics statistics(int year, List<DisciplineMapper.ClueRow> rows) {
    long[] months = new long[12];
    rows.forEach(r -> months[r.receivedOn().getMonthValue() - 1]++);
    List<Long> byMonth = new ArrayList<>();
    for (long m : months) {
      byMonth.add(m);
    }
    return new Statistics(
        year,
        rows.size(),
        rows.stream().filter(r -> r.caseOpenedAt() != null).count(),
        rows.stream().filter(r -> r.closedAt() == null).count(),
        counts(DisciplineDelegates.SOURCES_IN_ORDER, rows, DisciplineMapper.ClueRow::source),
        counts(WAYS, rows, DisciplineStatistics::way),
        counts(FOUR_FORMS, rows, r -> r.fourForm() == null ? null : r.fourForm().toString()),
        byMonth);
  }

  private static String way(DisciplineMapper.ClueRow r) {
    if (r.higherLevel()) {
      return REFERRED;
    }
    return r.disposalWay() == null ? PENDING : r.disposalWay();
  }

  private static List<Count> counts(
      List<String> keys,
      List<DisciplineMapper.ClueRow> rows,
      Function<DisciplineMapper.ClueRow, String> key) {
    Map<String, Long> counts = new LinkedHashMap<>();
    keys.forEach(k -> counts.put(k, 0L));
    rows.stream().map(key).filter(counts::containsKey).forEach(k -> counts.merge(k, 1L, Long::sum));
    return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
  }

  private List<DisciplineMapper.ClueRow> received(CurrentUser user, int year) {
    return clues.selectReceived(
        user.username(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** The year asked for (this year by default), for a discipline officer only. */
  private int year(CurrentUser user, Integer year) {
    if (!user.hasRole(Role.DISCIPLINE)) {
      throw ApiException.forbidden("只有机关纪委的纪检干部可以查看问题线索统计");
    }
    int thisYear = LocalDate.ofInstant(clock.instant(), ClockConfig.ZONE).getYear();
    if (year == null) {
      return thisYear;
    }
    if (year < 2000 || year > thisYear) {
      throw ApiException.invalidField("year", "年度应在 2000 至 " + thisYear + " 之间");
    }
    return year;
  }
}
