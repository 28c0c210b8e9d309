package cn.ronghe.workflow;

import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.ApiException.FieldProblem;
import cn.ronghe.workflow.WorkbenchService.InboxRequest;
import cn.ronghe.workflow.inbox.InboxScope;
import cn.ronghe.workflow.inbox.InboxSort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The task workbench API: the inbox and what one does with a task. */
@RestController
class TaskController {

  static final int MAX_BATCH = 50;

  private final WorkbenchService workbench;
  private final TaskRoutingService routing;

  TaskController(WorkbenchService workbench, TaskRoutingService routing) {
    this.workbench = workbench;
    this.routing = routing;
  }

  @GetMapping("/api/tasks")
  InboxPage inbox(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "mine") String scope,
      @RequestParam(defaultValue = "due") String sort,
      @RequestParam(defaultValue = "1") @Min(1) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
      @RequestParam(required = false) @Size(max = 255) String process,
      @RequestParam(required = false) @Size(max = 64) String branch,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(required = false) @Size(max = 100) String q) {
    InboxScope inboxScope =
        InboxScope.of(scope)
            .orElseThrow(
                () -> ApiException.invalidField("scope", "应为 mine、claimable、involved 或 done"));
    InboxSort inboxSort =
        InboxSort.of(sort)
            .orElseThrow(() -> ApiException.invalidField("sort", "应为 due、created 或 priority"));
    return workbench.inbox(
        user,
        new InboxRequest(
            inboxScope,
            inboxSort,
            page,
            size,
            blankToNull(process),
            blankToNull(branch),
            overdue,
            blankToNull(q)));
  }

  @GetMapping("/api/tasks/{id}")
  TaskRow task(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return workbench.task(user, id);
  }

  @GetMapping("/api/tasks/{id}/form")
  WorkbenchService.TaskForm form(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return workbench.form(user, id);
  }

  /** What a form submission carries: the field values and an optional opinion. */
  record Completion(Map<String, Object> values, String comment) {}

  @PostMapping("/api/tasks/{id}/complete")
  ResponseEntity<Void> complete(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody Completion body) {
    workbench.complete(user, id, body.values(), body.comment());
    return ResponseEntity.noContent().build();
  }

  /** The same form values and opinion for several tasks, e.g. approving a selection. */
  record BatchCompletion(List<String> taskIds, Map<String, Object> values, String comment) {}

  /**
   * How one task of a batch went: 204 when completed, else the problem's status, code and the
   * fields it names.
   */
  record BatchResult(
      String taskId, int status, String code, String detail, List<FieldProblem> errors) {}

  @PostMapping("/api/tasks/batch-complete")
  List<BatchResult> batchComplete(
      @AuthenticationPrincipal CurrentUser user, @RequestBody BatchCompletion body) {
    List<String> ids =
        body.taskIds() == null ? List.of() : body.taskIds().stream().distinct().toList();
    if (ids.isEmpty() || body.taskIds().size() > MAX_BATCH) {
      throw ApiException.invalidField("taskIds", "请选择 1 到 " + MAX_BATCH + " 个任务");
    }
    for (int i = 0; i < body.taskIds().size(); i++) {
      if (body.taskIds().get(i) == null || body.taskIds().get(i).isBlank()) {
        throw ApiException.invalidField("taskIds[" + i + "]", "任务编号不能为空");
      }
    }
    return ids.stream()
        .map(
            id -> {
              try {
                workbench.complete(user, id, body.values(), body.comment());
                return new BatchResult(id, 204, null, null, null);
              } catch (RuntimeException failure) {
                ApiException e = ApiException.causeOf(failure).orElseThrow(() -> failure);
                return new BatchResult(
                    id,
                    e.status().value(),
                    e.code(),
                    e.getMessage(),
                    e.errors().isEmpty() ? null : e.errors());
              }
            })
        .toList();
  }

  @GetMapping("/api/tasks/{id}/return-targets")
  List<TaskRoutingService.ReturnTarget> returnTargets(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return routing.returnTargets(user, id);
  }

  /** Back to an earlier step, with the reason. */
  record ReturnRequest(String target, String reason) {}

  @PostMapping("/api/tasks/{id}/return")
  ResponseEntity<Void> returnTo(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody ReturnRequest body) {
    routing.returnTo(user, id, body.target(), body.reason());
    return ResponseEntity.noContent().build();
  }

  /** To another person (username), with the reason. */
  record Handover(String to, String reason) {}

  @PostMapping("/api/tasks/{id}/transfer")
  ResponseEntity<Void> transfer(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody Handover body) {
    routing.transfer(user, id, body.to(), body.reason());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/tasks/{id}/delegate")
  ResponseEntity<Void> delegate(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody Handover body) {
    routing.delegate(user, id, body.to(), body.reason());
    return ResponseEntity.noContent().build();
  }

  /** The people to copy in (usernames). */
  record CopyRequest(List<String> users) {}

  @PostMapping("/api/tasks/{id}/cc")
  ResponseEntity<Void> copy(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody CopyRequest body) {
    routing.copy(user, id, body.users());
    return ResponseEntity.noContent().build();
  }

  /** An optional note to go with the urging. */
  record Urge(String message) {}

  /** How many people were notified. */
  record Urged(int notified) {}

  @PostMapping("/api/tasks/{id}/urge")
  Urged urge(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody(required = false) Urge body) {
    return new Urged(workbench.urge(user, id, body == null ? null : body.message()));
  }

  @PostMapping("/api/tasks/{id}/claim")
  TaskRow claim(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return workbench.claim(user, id);
  }

  @PostMapping("/api/tasks/{id}/unclaim")
  TaskRow unclaim(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return workbench.unclaim(user, id);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
