package cn.ronghe.audit;

import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.Role;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.Workbooks;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for the security auditor (安全审计员): search it, export it, is it intact? */
@RestController
class AuditController {

  private final AuditSeals seals;
  private final AuditService audit;
  private final AuditLog log;

  AuditController(AuditSeals seals, AuditService audit, AuditLog log) {
    this.seals = seals;
    this.audit = audit;
    this.log = log;
  }

  /** The events by person, action (prefix), object and days (yyyy-MM-dd), newest first. */
  @GetMapping("/api/audit/events")
  AuditLog.Page events(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String objectType,
      @RequestParam(required = false) String objectId,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "1") @Min(1) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
    return log.search(
        user, new AuditLog.Query(actor, action, objectType, objectId, from, to), page, size);
  }

  /** 审计日志.xlsx of the same events (at most {@value AuditLog#MAX_EXPORT}). */
  @GetMapping("/api/audit/events/export")
  ResponseEntity<byte[]> export(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String objectType,
      @RequestParam(required = false) String objectId,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
    byte[] workbook =
        log.export(user, new AuditLog.Query(actor, action, objectType, objectId, from, to));
    return Workbooks.download("审计日志.xlsx", workbook);
  }

  /**
   * Checks the whole hash chain: 200 with {@code intact} false and the first broken seal when an
   * audit row was changed or removed outside Ronghe. The check itself is audited.
   */
  @GetMapping("/api/audit/integrity")
  AuditSeals.Integrity integrity(@AuthenticationPrincipal CurrentUser user) {
    if (!user.hasRole(Role.AUDITOR)) {
      throw ApiException.forbidden("只有安全审计员可以核验审计日志");
    }
    AuditSeals.Integrity integrity = seals.verify();
    audit.record(
        user.username(),
        "audit.verify",
        "audit-trail",
        "audit_event",
        (integrity.intact() ? "intact" : "broken at " + integrity.brokenAtSeq())
            + ", "
            + integrity.sealed()
            + " sealed, "
            + integrity.unsealed()
            + " unsealed");
    return integrity;
  }
}
