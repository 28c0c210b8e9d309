package cn.ronghe.roster;

import cn.ronghe.attachment.UploadedFile;
import cn.ronghe.audit.AuditService;
import cn.ronghe.org.IdNumbers;
import cn.ronghe.org.MemberRegistry;
import cn.ronghe.org.MemberStatus;
import cn.ronghe.org.OrgMapper;
import cn.ronghe.org.OrgUnit;
import cn.ronghe.org.Person;
import cn.ronghe.org.PersonMapper;
import cn.ronghe.roster.RosterPlan.Action;
import cn.ronghe.roster.RosterPlan.Counts;
import cn.ronghe.roster.RosterPlan.OrgChange;
import cn.ronghe.roster.RosterPlan.PersonChange;
import cn.ronghe.security.AccountAdmin;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks and imports Excel rosters. An import is checked whole before anything is written; then it
 * runs in the background, in one transaction, writing its progress beside it so that the page can
 * show a bar. It fails whole or succeeds whole: nothing is half-imported.
 */
@Service
public class RosterImports implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(RosterImports.class);

  static final long MAX_BYTES = 5L * 1024 * 1024;

  /** An import whose progress has not moved for this long died with its node. */
  static final Duration STALE_AFTER = Duration.ofMinutes(2);

  private static final String AUDIT_OBJECT = "roster-import";
  private static final int HISTORY = 20;

  private final RosterPlanner planner;
  private final RosterImportMapper imports;
  private final OrgMapper orgMapper;
  private final PersonMapper personMapper;
  private final MemberRegistry registry;
  private final AccountAdmin accounts;
  private final AuditService audit;
  private final TransactionTemplate transaction;
  private final TransactionTemplate apart;
  private final Clock clock;

  /** One import at a time on each node: two at once would only fight over the same rows. */
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "roster-import");
            thread.setDaemon(true);
            return thread;
          });

  RosterImports(
      RosterPlanner planner,
      RosterImportMapper imports,
      OrgMapper orgMapper,
      PersonMapper personMapper,
      MemberRegistry registry,
      AccountAdmin accounts,
      AuditService audit,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.planner = planner;
    this.imports = imports;
    this.orgMapper = orgMapper;
    this.personMapper = personMapper;
    this.registry = registry;
    this.accounts = accounts;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
    this.apart = new TransactionTemplate(transactions);
    this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** What importing the roster would do, and every row's errors. */
  public record Check(
      String fileName, Counts organisations, Counts people, List<RowError> errors) {}

  /** The uploaded roster: a checked .xlsx of at most 5 MB, read. A bad file is a 400 on "file". */
  record Upload(String fileName, String sha256, RosterFile file) {}

  Upload read(String fileName, byte[] content) {
    UploadedFile uploaded = UploadedFile.check(fileName, content);
    if (!uploaded.name().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
      throw ApiException.invalidField("file", "请上传 Excel 工作簿（.xlsx），可先下载模板");
    }
    if (content.length > MAX_BYTES) {
      throw ApiException.invalidField("file", "名册不能超过 5 MB");
    }
    try {
      return new Upload(uploaded.name(), uploaded.sha256(), RosterFile.read(content));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidField("file", e.getMessage());
    }
  }

  /** What importing the roster would do; the check itself is audited, as reading the file. */
  Check check(CurrentUser admin, Upload upload) {
    RosterPlan plan = planner.plan(upload.file());
    audit.record(
        admin.username(), "roster.check", "roster-file", upload.sha256(), upload.fileName());
    return new Check(upload.fileName(), plan.orgCounts(), plan.peopleCounts(), plan.errors());
  }

  /** A roster with errors: nothing of it is imported. */
  static final class Invalid extends RuntimeException {
    private final transient List<RowError> errors;

    Invalid(List<RowError> errors) {
      super("名册有 " + errors.size() + " 处错误，未导入任何数据");
      this.errors = List.copyOf(errors);
    }

    List<RowError> errors() {
      return errors;
    }
  }

  /**
   * Starts importing the roster, which runs in the background.
   *
   * @throws Invalid when any row is wrong
   */
  RosterImport start(CurrentUser admin, Upload upload) {
    RosterPlan plan = planner.plan(upload.file());
    if (!plan.errors().isEmpty()) {
      throw new Invalid(plan.errors());
    }
    int total = plan.total();
    RosterImportMapper.NewImport row =
        new RosterImportMapper.NewImport(
            upload.fileName(), total, admin.username(), clock.instant());
    apart.executeWithoutResult(
        status -> {
          imports.insert(row);
          audit.record(
              admin.username(),
              "roster.import",
              AUDIT_OBJECT,
              String.valueOf(row.getId()),
              upload.fileName() + " · " + total + " 行");
        });
    long id = row.getId();
    worker.execute(() -> run(id, upload, admin.username()));
    return imports.selectById(id);
  }

  public RosterImport get(long id) {
    failStale();
    RosterImport found = imports.selectById(id);
    if (found == null) {
      throw ApiException.notFound("导入记录不存在: " + id);
    }
    return found;
  }

  public List<RosterImport> latest() {
    failStale();
    return imports.selectLatest(HISTORY);
  }

  private void failStale() {
    Instant now = clock.instant();
    imports.failStale(now.minus(STALE_AFTER), "导入中断（服务停止），未导入任何数据，请重新导入", now);
  }

  private void run(long id, Upload upload, String actor) {
    try {
      RosterPlan plan = transaction.execute(status -> apply(id, upload, actor));
      apart.executeWithoutResult(
          status ->
              imports.finish(
                  id,
                  RosterImport.DONE,
                  plan.total(),
                  plan.orgCounts(),
                  plan.peopleCounts(),
                  null,
                  clock.instant()));
    } catch (RuntimeException e) {
      log.warn("Roster import {} ({}) failed; nothing was imported", id, upload.fileName(), e);
      String why = ApiException.causeOf(e).map(Throwable::getMessage).orElse(describe(e));
      apart.executeWithoutResult(
          status -> {
            imports.finish(
                id, RosterImport.FAILED, 0, null, null, "导入失败，未导入任何数据：" + why, clock.instant());
            audit.record(actor, "roster.import-failed", AUDIT_OBJECT, String.valueOf(id), why);
          });
    }
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.length() <= 500 ? message : message.substring(0, 500);
  }

  /** Writes the plan, in the caller's transaction; checks it again first, on what is stored now. */
  private RosterPlan apply(long id, Upload upload, String actor) {
    RosterPlan plan = planner.plan(upload.file());
    if (!plan.errors().isEmpty()) {
      RowError first = plan.errors().get(0);
      throw new IllegalStateException(
          "名册检查后数据已变化（" + first.sheet() + "第 " + first.row() + " 行：" + first.message() + "），请重新检查");
    }
    Progress progress = new Progress(id, plan.total());
    Map<String, Long> orgIds = new HashMap<>();
    orgMapper.selectAllStates().forEach(o -> orgIds.put(o.code(), o.id()));
    for (OrgChange change : plan.orgs()) {
      Long parentId = change.parentCode() == null ? null : orgIds.get(change.parentCode());
      OrgUnit org =
          new OrgUnit(
              change.id(),
              change.code(),
              change.name(),
              change.type(),
              parentId,
              change.sortOrder());
      if (change.action() == Action.CREATE) {
        orgMapper.insert(org);
        orgIds.put(change.code(), orgMapper.selectByCode(change.code()).id());
      } else if (change.action() == Action.UPDATE) {
        orgMapper.update(org);
      }
      progress.step();
    }
    String reason = "名册导入：" + upload.fileName();
    for (PersonChange change : plan.people()) {
      Long orgId = orgIds.get(change.orgCode());
      long personId;
      if (change.action() == Action.CREATE) {
        personMapper.insert(
            new Person(
                null,
                change.name(),
                change.gender(),
                IdNumbers.birthDate(change.idNumber()).orElseThrow(),
                change.idNumber(),
                change.post(),
                orgId,
                MemberStatus.NONE.code(),
                null));
        personId = personMapper.selectIdByIdNumber(change.idNumber());
        if (change.hiredOn() != null) {
          personMapper.updateHiredOn(personId, change.hiredOn());
        }
      } else {
        personId = change.personId();
        if (change.action() == Action.UPDATE) {
          personMapper.lockById(personId);
          personMapper.updateFacts(
              personId,
              change.name(),
              change.gender(),
              IdNumbers.birthDate(change.idNumber()).orElseThrow(),
              change.idNumber(),
              change.post(),
              orgId,
              change.hiredOn());
          accounts.renamePerson(personId, change.name());
        }
      }
      if (change.status() != null) {
        registry.correct(
            personId,
            change.status(),
            change.statusSince(),
            MemberRegistry.STEP_ROSTER,
            "名册导入",
            reason,
            actor);
        audit.record(
            actor,
            "person.status",
            "person",
            String.valueOf(personId),
            change.status().code() + " from " + change.statusSince() + ": " + reason);
      }
      progress.step();
    }
    return plan;
  }

  /** Writes how far the import is, beside its transaction, about fifty times in all. */
  private final class Progress {
    private final long id;
    private final int every;
    private int done;

    Progress(long id, int total) {
      this.id = id;
      this.every = Math.max(1, total / 50);
    }

    void step() {
      done++;
      if (done % every == 0) {
        int processed = done;
        apart.executeWithoutResult(
            status -> imports.updateProgress(id, processed, clock.instant()));
      }
    }
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
  }
}
