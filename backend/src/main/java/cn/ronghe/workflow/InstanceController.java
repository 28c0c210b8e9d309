package cn.ronghe.workflow;

import cn.ronghe.security.CurrentUser;
import cn.ronghe.workflow.CaseViewService.CaseView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The case view of a process instance. */
@RestController
class InstanceController {

  private final CaseViewService cases;

  InstanceController(CaseViewService cases) {
    this.cases = cases;
  }

  @GetMapping("/api/instances/{id}")
  CaseView view(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return cases.view(user, id);
  }
}
