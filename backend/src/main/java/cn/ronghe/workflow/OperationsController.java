package cn.ronghe.workflow;

import cn.ronghe.security.CurrentUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The engine's operations, for the administrator ({@code /api/admin/**}). */
@RestController
class OperationsController {

  private final Operations operations;

  OperationsController(Operations operations) {
    this.operations = operations;
  }

  @GetMapping("/api/admin/operations/failed-jobs")
  List<Operations.FailedJob> failedJobs() {
    return operations.failedJobs();
  }

  @PostMapping("/api/admin/operations/failed-jobs/{jobId}/retry")
  Operations.Retry retry(@AuthenticationPrincipal CurrentUser admin, @PathVariable String jobId) {
    return operations.retry(admin, jobId);
  }

  @GetMapping("/api/admin/operations/processes")
  List<Operations.ProcessVersions> processes() {
    return operations.processes();
  }
}
