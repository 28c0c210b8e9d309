package cn.ronghe.membership;

import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.Workbooks;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 发展党员: the cases a user may follow, and one case with its steps, talks and registry entries. */
@RestController
class IntakeController {

  private final IntakeViews views;
  private final Clock clock;

  IntakeController(IntakeViews views, Clock clock) {
    this.views = views;
    this.clock = clock;
  }

  @GetMapping("/api/intakes")
  IntakeViews.Page list(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String stage,
      @RequestParam(required = false) String branch,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "20") int size) {
    return views.list(user, new IntakeViews.Filter(state, stage, branch, overdue), page, size);
  }

  /** The list with the same filters as an Excel workbook (发展党员-<date>.xlsx). */
  @GetMapping("/api/intakes/export")
  ResponseEntity<byte[]> export(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String stage,
      @RequestParam(required = false) String branch,
      @RequestParam(defaultValue = "false") boolean overdue) {
    byte[] workbook = views.export(user, new IntakeViews.Filter(state, stage, branch, overdue));
    return Workbooks.download("发展党员-" + LocalDate.now(clock) + ".xlsx", workbook);
  }

  @GetMapping("/api/intakes/{id}")
  IntakeViews.Detail detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return views.detail(user, id);
  }
}
