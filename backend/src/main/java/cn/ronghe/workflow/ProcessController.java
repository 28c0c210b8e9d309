package cn.ronghe.workflow;

import cn.ronghe.security.CurrentUser;
import cn.ronghe.workflow.ProcessCatalog.StartForm;
import cn.ronghe.workflow.ProcessCatalog.StartableProcess;
import cn.ronghe.workflow.ProcessCatalog.Started;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The process catalog: what the caller may start, its start form, and starting it. */
@RestController
class ProcessController {

  private final ProcessCatalog catalog;

  ProcessController(ProcessCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/api/processes")
  List<StartableProcess> startable(@AuthenticationPrincipal CurrentUser user) {
    return catalog.startable(user);
  }

  @GetMapping("/api/processes/{key}/start-form")
  StartForm startForm(@AuthenticationPrincipal CurrentUser user, @PathVariable String key) {
    return catalog.startForm(user, key);
  }

  /** The start form's values. */
  record StartRequest(Map<String, Object> values) {}

  @PostMapping("/api/processes/{key}/start")
  @ResponseStatus(HttpStatus.CREATED)
  Started start(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String key,
      @RequestBody StartRequest body) {
    return catalog.start(user, key, body.values());
  }
}
