package cn.ronghe.calendar;

import cn.ronghe.audit.AuditService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.Role;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.ApiException.FieldProblem;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin's side of the working-day calendar: reads a year with its record, and replaces a year's
 * entries from the State Council's notice. Entries already used for due dates are not recomputed: a
 * new calendar applies to due dates computed after it is saved.
 */
@Service
class CalendarEditor {

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;
  static final int MAX_DAYS = 80;
  static final int MAX_NAME = 50;
  static final int MAX_NOTICE = 100;

  private final CalendarDayMapper mapper;
  private final WorkingDayCalendar calendar;
  private final UserDirectory directory;
  private final AuditService audit;
  private final TransactionTemplate transaction;
  private final Clock clock;

  CalendarEditor(
      CalendarDayMapper mapper,
      WorkingDayCalendar calendar,
      UserDirectory directory,
      AuditService audit,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.mapper = mapper;
    this.calendar = calendar;
    this.directory = directory;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** One entry as the admin sends it: strings, so each bad value is named, not a parse error. */
  record DayInput(String date, String kind, String name) {}

  /** A whole year as the admin sends it. */
  record YearInput(String notice, Boolean provisional, List<DayInput> days) {}

  CalendarYear read(int year) {
    checkYear(year);
    CalendarYearInfo info = mapper.selectYearInfo(year);
    List<CalendarDay> days = calendar.daysOf(year);
    if (info == null) {
      return new CalendarYear(year, !days.isEmpty(), false, null, null, null, null, days);
    }
    String updatedByName =
        info.updatedBy() == null
            ? null
            : directory
                .user(info.updatedBy())
                .map(UserDirectory.DirectoryUser::displayName)
                .orElse(info.updatedBy());
    return new CalendarYear(
        year,
        !days.isEmpty(),
        info.provisional(),
        info.notice(),
        info.updatedBy(),
        updatedByName,
        info.updatedAt(),
        days);
  }

  /**
   * Replaces the year's entries and record, all or nothing.
   *
   * @throws ApiException 403 unless the caller is an admin; 400 with every wrong field
   */
  CalendarYear replace(CurrentUser user, int year, YearInput input) {
    if (!user.hasRole(Role.ADMIN)) {
      throw ApiException.forbidden("只有系统管理员可以维护工作日历");
    }
    checkYear(year);
    Valid valid = validate(year, input);
    transaction.executeWithoutResult(
        tx -> {
          mapper.deleteBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
          if (!valid.days().isEmpty()) {
            mapper.insertDays(valid.days());
          }
          CalendarYearInfo info =
              new CalendarYearInfo(
                  year, valid.notice(), valid.provisional(), user.username(), clock.instant());
          if (mapper.updateYearInfo(info) == 0) {
            mapper.insertYearInfo(info);
          }
          audit.record(
              user.username(),
              "calendar.update",
              "calendar",
              String.valueOf(year),
              (valid.provisional() ? "provisional" : valid.notice())
                  + "; "
                  + valid.days().size()
                  + " entries");
        });
    calendar.evict(year);
    return read(year);
  }

  private record Valid(String notice, boolean provisional, List<CalendarDay> days) {}

  private static Valid validate(int year, YearInput input) {
    if (input == null) {
      throw ApiException.invalidField("days", "请提交该年的放假和调休安排");
    }
    List<FieldProblem> errors = new ArrayList<>();
    boolean provisional = Boolean.TRUE.equals(input.provisional());
    String notice = input.notice() == null ? "" : input.notice().strip();
    if (notice.isEmpty() && !provisional) {
      errors.add(new FieldProblem("notice", "请填写国务院办公厅通知的文号，或标记为暂定"));
    } else if (notice.length() > MAX_NOTICE) {
      errors.add(new FieldProblem("notice", "通知文号不能超过 " + MAX_NOTICE + " 个字"));
    }
    List<DayInput> inputs = input.days() == null ? List.of() : input.days();
    if (inputs.size() > MAX_DAYS) {
      errors.add(new FieldProblem("days", "一年最多 " + MAX_DAYS + " 条放假或调休记录"));
    }
    List<CalendarDay> days = new ArrayList<>();
    Map<LocalDate, Integer> rowOfDate = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      DayInput in = inputs.get(i) == null ? new DayInput(null, null, null) : inputs.get(i);
      String at = "days[" + i + "].";
      LocalDate date = parseDate(in.date());
      DayKind kind = parseKind(in.kind());
      String name = in.name() == null ? "" : in.name().strip();
      if (date == null) {
        errors.add(new FieldProblem(at + "date", "请填写日期（yyyy-MM-dd）"));
      } else if (date.getYear() != year) {
        errors.add(new FieldProblem(at + "date", "日期须在 " + year + " 年内"));
      } else if (rowOfDate.putIfAbsent(date, i) != null) {
        errors.add(new FieldProblem(at + "date", "与第 " + (rowOfDate.get(date) + 1) + " 条的日期重复"));
      } else if (kind == DayKind.workday && !isWeekend(date)) {
        errors.add(new FieldProblem(at + "date", "调休上班日须为周六或周日"));
      }
      if (kind == null) {
        errors.add(new FieldProblem(at + "kind", "请选择放假或调休上班"));
      }
      if (name.isEmpty() || name.length() > MAX_NAME) {
        errors.add(new FieldProblem(at + "name", "名称须为 1 到 " + MAX_NAME + " 个字"));
      }
      if (date != null && kind != null) {
        days.add(new CalendarDay(date, kind, name));
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "validation", "工作日历填写有误", errors);
    }
    return new Valid(notice.isEmpty() ? null : notice, provisional, days);
  }

  static void checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw ApiException.invalidField(
          "year", "年份须在 " + FIRST_YEAR + " 到 " + LAST_YEAR + " 之间: " + year);
    }
  }

  private static LocalDate parseDate(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static DayKind parseKind(String text) {
    for (DayKind kind : DayKind.values()) {
      if (kind.name().equals(text)) {
        return kind;
      }
    }
    return null;
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
