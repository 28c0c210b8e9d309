package cn.ronghe.audit;

import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.Role;
import cn.ronghe.system.ApiException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for the security auditor (安全审计员): is it intact? */
@RestController
class AuditController {

  private final AuditSeals seals;
  private final AuditService audit;

  AuditController(AuditSeals seals, AuditService audit) {
    this.seals = seals;
    this.audit = audit;
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
