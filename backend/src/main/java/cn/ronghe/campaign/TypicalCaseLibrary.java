package cn.ronghe.campaign;

import cn.ronghe.attachment.UploadedFile;
import cn.ronghe.audit.AuditService;
import cn.ronghe.org.Page;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.Role;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.ApiException.FieldProblem;
import cn.ronghe.system.ClockConfig;
import cn.ronghe.system.LikePatterns;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 典型案例库: the cases notified by the discipline authorities, kept by the discipline commission and
 * read by everyone as warning-education material, local cases first. A case is never deleted:
 * withdrawing it hides it from the library.
 */
@Service
public class TypicalCaseLibrary {

  static final int MAX_TITLE = 200;
  static final int MAX_SUMMARY = 5000;
  static final int MAX_SOURCE = 200;
  static final int MAX_QUERY = 50;
  static final int MAX_OPTIONS = 100;
  static final LocalDate FIRST_DATE = LocalDate.of(1949, 10, 1);

  private static final String AUDIT_OBJECT = "typical-case";

  private final TypicalCaseMapper cases;
  private final AuditService audit;
  private final Clock clock;

  TypicalCaseLibrary(TypicalCaseMapper cases, AuditService audit, Clock clock) {
    this.cases = cases;
    this.audit = audit;
    this.clock = clock;
  }

  /** A case as the API shows it. */
  public record View(
      long id,
      String title,
      String summary,
      String violationType,
      String violationLabel,
      String source,
      LocalDate notifiedOn,
      boolean localCase,
      String updatedBy,
      Instant updatedAt,
      List<TypicalCaseFile> files) {

    static View of(TypicalCase c) {
      return of(c, List.of());
    }

    static View of(TypicalCase c, List<TypicalCaseFile> files) {
      return new View(
          c.id(),
          c.title(),
          c.summary(),
          c.violationType(),
          ViolationType.of(c.violationType()).map(ViolationType::label).orElse(c.violationType()),
          c.source(),
          c.notifiedOn(),
          c.localCase(),
          c.updatedBy(),
          c.updatedAt(),
          files);
    }
  }

  /**
   * A case as the discipline commission enters it; the date is {@code yyyy-MM-dd}; a case is not
   * local unless said so.
   */
  public record Input(
      String title,
      String summary,
      String violationType,
      String source,
      String notifiedOn,
      Boolean localCase) {}

  @Transactional(readOnly = true)
  public Page<View> list(String q, String type, int page, int size) {
    String text = q == null ? "" : q.strip();
    if (text.length() > MAX_QUERY) {
      throw ApiException.invalidField("q", "搜索词最多 " + MAX_QUERY + " 个字");
    }
    if (type != null && ViolationType.of(type).isEmpty()) {
      throw ApiException.invalidField("type", "没有这种违纪类型: " + type);
    }
    String like = text.isEmpty() ? null : LikePatterns.containing(text);
    return new Page<>(
        withFiles(cases.selectPage(like, type, (page - 1) * size, size)),
        cases.count(like, type),
        page,
        size);
  }

  /** The most recent cases as a plan's options: local first, at most {@code MAX_OPTIONS}. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> options() {
    return cases.selectPage(null, null, 0, MAX_OPTIONS).stream()
        .map(
            c ->
                Map.<String, Object>of(
                    "label",
                    c.title() + "（" + View.of(c).violationLabel() + "，" + c.notifiedOn() + "）",
                    "value",
                    String.valueOf(c.id())))
        .toList();
  }

  /** The cases of these ids still in the library (a withdrawn one is left out). */
  @Transactional(readOnly = true)
  public List<View> ofIds(Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : cases.selectActiveIn(ids).stream().map(View::of).toList();
  }

  @Transactional(readOnly = true)
  public View get(long id) {
    return withFiles(List.of(active(id))).get(0);
  }

  /** Attaches a file to a case of the library (the discipline commission). */
  @Transactional
  public TypicalCaseFile upload(CurrentUser user, long id, String fileName, byte[] content) {
    requireKeeper(user);
    active(id);
    UploadedFile file = UploadedFile.check(fileName, content);
    TypicalCaseMapper.NewId key = new TypicalCaseMapper.NewId();
    cases.insertFile(id, file, content.length, user.username(), clock.instant(), key);
    audit.record(
        user.username(), "typical-case.file.upload", AUDIT_OBJECT, String.valueOf(id), file.name());
    return cases.selectFile(key.getId());
  }

  /** A file with its content, for anyone signed in, while its case is in the library. */
  @Transactional(readOnly = true)
  public FileDownload download(long fileId) {
    TypicalCaseFile file = file(fileId);
    return new FileDownload(file, cases.selectFileContent(fileId).content());
  }

  /** A file and its content. */
  public record FileDownload(TypicalCaseFile file, byte[] content) {}

  @Transactional
  public void deleteFile(CurrentUser user, long fileId) {
    requireKeeper(user);
    TypicalCaseFile file = file(fileId);
    cases.deleteFile(fileId);
    audit.record(
        user.username(),
        "typical-case.file.delete",
        AUDIT_OBJECT,
        String.valueOf(file.typicalCaseId()),
        file.fileName());
  }

  private TypicalCaseFile file(long fileId) {
    TypicalCaseFile file = cases.selectFile(fileId);
    if (file == null) {
      throw ApiException.notFound("附件不存在: " + fileId);
    }
    return file;
  }

  private List<View> withFiles(List<TypicalCase> page) {
    if (page.isEmpty()) {
      return List.of();
    }
    Map<Long, List<TypicalCaseFile>> files =
        cases.selectFiles(page.stream().map(TypicalCase::id).toList()).stream()
            .collect(Collectors.groupingBy(TypicalCaseFile::typicalCaseId));
    return page.stream().map(c -> View.of(c, files.getOrDefault(c.id(), List.of()))).toList();
  }

  @Transactional
  public View create(CurrentUser user, Input input) {
    requireKeeper(user);
    TypicalCase valid = validate(input, null, user);
    TypicalCaseMapper.NewId key = new TypicalCaseMapper.NewId();
    cases.insert(valid, key);
    audit.record(
        user.username(), "typical-case.create", AUDIT_OBJECT, String.valueOf(key.getId()), null);
    return get(key.getId());
  }

  @Transactional
  public View update(CurrentUser user, long id, Input input) {
    requireKeeper(user);
    TypicalCase before = active(id);
    cases.update(validate(input, before, user));
    audit.record(user.username(), "typical-case.update", AUDIT_OBJECT, String.valueOf(id), null);
    return get(id);
  }

  @Transactional
  public void withdraw(CurrentUser user, long id) {
    requireKeeper(user);
    if (cases.deactivate(id, user.username(), clock.instant()) == 0) {
      throw ApiException.notFound("典型案例不存在: " + id);
    }
    audit.record(user.username(), "typical-case.withdraw", AUDIT_OBJECT, String.valueOf(id), null);
  }

  private TypicalCase active(long id) {
    TypicalCase found = cases.selectActive(id);
    if (found == null) {
      throw ApiException.notFound("典型案例不存在: " + id);
    }
    return found;
  }

  private static void requireKeeper(CurrentUser user) {
    if (!user.hasRole(Role.DISCIPLINE)) {
      throw ApiException.forbidden("只有机关纪委可以维护典型案例库");
    }
  }

  private TypicalCase validate(Input input, TypicalCase before, CurrentUser user) {
    Input in = input == null ? new Input(null, null, null, null, null, null) : input;
    List<FieldProblem> errors = new ArrayList<>();
    String title = required(errors, "title", in.title(), MAX_TITLE, "标题");
    String summary = required(errors, "summary", in.summary(), MAX_SUMMARY, "案情简介");
    String source = required(errors, "source", in.source(), MAX_SOURCE, "通报来源");
    if (in.violationType() == null || ViolationType.of(in.violationType()).isEmpty()) {
      errors.add(new FieldProblem("violationType", "请选择违纪违法类型"));
    }
    LocalDate notifiedOn = date(in.notifiedOn());
    LocalDate today = LocalDate.now(clock.withZone(ClockConfig.ZONE));
    if (notifiedOn == null) {
      errors.add(new FieldProblem("notifiedOn", "请填写通报日期（yyyy-MM-dd）"));
    } else if (notifiedOn.isAfter(today) || notifiedOn.isBefore(FIRST_DATE)) {
      errors.add(new FieldProblem("notifiedOn", "通报日期不能晚于今天"));
    }
    if (!errors.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "validation", "典型案例填写有误", errors);
    }
    Instant now = clock.instant();
    return new TypicalCase(
        before == null ? null : before.id(),
        title,
        summary,
        in.violationType(),
        source,
        notifiedOn,
        Boolean.TRUE.equals(in.localCase()),
        before == null ? user.username() : before.createdBy(),
        before == null ? now : before.createdAt(),
        user.username(),
        now);
  }

  /** The text stripped, or a problem when it is blank or longer than max (UTF-16 units). */
  private static String required(
      List<FieldProblem> errors, String field, String value, int max, String name) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      errors.add(new FieldProblem(field, "请填写" + name));
    } else if (text.length() > max) {
      errors.add(new FieldProblem(field, name + "最多 " + max + " 个字"));
    }
    return text;
  }

  private static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
