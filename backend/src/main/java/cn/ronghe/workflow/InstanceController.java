package cn.ronghe.workflow;

import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.Downloads;
import cn.ronghe.workflow.CaseViewService.CaseView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The case view of a process instance, and its case file (卷宗). */
@RestController
class InstanceController {

  private final CaseViewService cases;
  private final CaseDossier dossiers;

  InstanceController(CaseViewService cases, CaseDossier dossiers) {
    this.cases = cases;
    this.dossiers = dossiers;
  }

  /** 卷宗-<case>.pdf, for anyone who may see the case. */
  @GetMapping("/api/instances/{id}/dossier")
  ResponseEntity<byte[]> dossier(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    CaseDossier.File file = dossiers.of(user, id);
    return Downloads.attachment(file.name(), MediaType.APPLICATION_PDF, file.pdf());
  }

  @GetMapping("/api/instances/{id}")
  CaseView view(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return cases.view(user, id);
  }
}
