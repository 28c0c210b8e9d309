package cn.ronghe.audit;

import static cn.ronghe.system.Workbooks.header;

import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.Role;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.ClockConfig;
import cn.ronghe.system.LikePatterns;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log for the security auditor (安全审计员) and nobody else, not the admin (三员分立): who did
 * what to which object and when, searched by person, action (its prefix: {@code discipline-clue}
 * finds every clue action), object and days, and exported as Excel. Each search and export is
 * itself audited. The log is append-only (the database refuses updates and deletes), so it is kept
 * for good, more than the 184 days the rules ask.
 */
@Service
class AuditLog {

  /** The most rows one export holds. */
  static final int MAX_EXPORT = 10_000;

  static final int MAX_TEXT = 100;

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final AuditMapper mapper;
  private final AuditService audit;
  private final UserDirectory directory;

  AuditLog(AuditMapper mapper, AuditService audit, UserDirectory directory) {
    this.mapper = mapper;
    this.audit = audit;
    this.directory = directory;
  }

  /** What the auditor asked for: every part optional; days in Beijing time, both included. */
  record Query(
      String actor,
      String action,
      String objectType,
      String objectId,
      LocalDate from,
      LocalDate to) {}

  /** An event as the log shows it, with the actor's name. */
  record Entry(
      long id,
      Instant occurredAt,
      String actor,
      String actorName,
      String action,
      String objectType,
      String objectId,
      String detail,
      String remoteAddr) {}

  record Page(List<Entry> items, long total, int page, int size) {}

  @Transactional
  public Page search(CurrentUser user, Query query, int page, int size) {
    AuditMapper.Filter filter = filter(user, query);
    long total = mapper.count(filter);
    List<Entry> items = entries(mapper.selectPage(filter, (page - 1) * size, size));
    audit.record(user.username(), "audit.search", "audit-trail", "audit_event", describe(query));
    return new Page(items, total, page, size);
  }

  /** The matching events as 审计日志.xlsx, newest first; 400 naming {@code from} past the limit. */
  @Transactional
  public byte[] export(CurrentUser user, Query query) {
    AuditMapper.Filter filter = filter(user, query);
    long total = mapper.count(filter);
    if (total > MAX_EXPORT) {
      throw ApiException.invalidField(
          "from", "共 " + total + " 条，超过单次导出上限 " + MAX_EXPORT + " 条，请缩小时间范围或增加条件");
    }
    List<Entry> entries = entries(mapper.selectPage(filter, 0, MAX_EXPORT));
    audit.record(user.username(), "audit.export", "audit-trail", "audit_event", describe(query));
    return workbook(entries);
  }

  private AuditMapper.Filter filter(CurrentUser user, Query q) {
    if (!user.hasRole(Role.AUDITOR)) {
      throw ApiException.forbidden("只有安全审计员可以查阅审计日志");
    }
    if (q.from() != null && q.to() != null && q.from().isAfter(q.to())) {
      throw ApiException.invalidField("to", "结束日期不能早于开始日期");
    }
    return new AuditMapper.Filter(
        text(q.actor(), "actor"),
        q.action() == null || q.action().isBlank()
            ? null
            : LikePatterns.startingWith(text(q.action(), "action")),
        text(q.objectType(), "objectType"),
        text(q.objectId(), "objectId"),
        q.from() == null ? null : q.from().atStartOfDay(ClockConfig.ZONE).toInstant(),
        q.to() == null ? null : q.to().plusDays(1).atStartOfDay(ClockConfig.ZONE).toInstant());
  }

  private static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw ApiException.invalidField(field, "最多 " + MAX_TEXT + " 个字符");
    }
    return value.strip();
  }

  private List<Entry> entries(List<AuditEvent> events) {
    Map<String, String> names = new HashMap<>();
    directory
        .users(events.stream().map(AuditEvent::actor).distinct().toList())
        .forEach(u -> names.put(u.username(), u.displayName()));
    return events.stream()
        .map(
            e ->
                new Entry(
                    e.id(),
                    e.occurredAt(),
                    e.actor(),
                    names.getOrDefault(e.actor(), e.actor()),
                    e.action(),
                    e.objectType(),
                    e.objectId(),
                    e.detail(),
                    e.remoteAddr()))
        .toList();
  }

  private static String describe(Query q) {
    StringBuilder d = new StringBuilder();
    append(d, "actor", q.actor());
    append(d, "action", q.action());
    append(d, "objectType", q.objectType());
    append(d, "objectId", q.objectId());
    append(d, "from", q.from() == null ? null : q.from().toString());
    append(d, "to", q.to() == null ? null : q.to().toString());
    return d.isEmpty() ? "all" : d.toString();
  }

  private static void append(StringBuilder d, String name, String value) {
    if (value != null && !value.isBlank()) {
      d.append(d.isEmpty() ? "" : " ").append(name).append('=').append(value.strip());
    }
  }

  private static byte[] workbook(List<Entry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Ronghe", "1.0");
      Worksheet sheet = workbook.newWorksheet("审计日志");
      header(
          sheet,
          List.of("序号", "时间", "账号", "姓名", "操作", "对象类型", "对象", "详情", "来源地址"),
          10,
          20,
          14,
          10,
          24,
          16,
          40,
          40,
          16);
      int r = 1;
      for (Entry e : entries) {
        sheet.value(r, 0, e.id());
        sheet.value(r, 1, STAMP.format(e.occurredAt().atZone(ClockConfig.ZONE)));
        sheet.value(r, 2, e.actor());
        sheet.value(r, 3, e.actorName());
        sheet.value(r, 4, e.action());
        sheet.value(r, 5, e.objectType());
        sheet.value(r, 6, e.objectId());
        sheet.value(r, 7, e.detail());
        sheet.value(r, 8, e.remoteAddr());
        r++;
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
