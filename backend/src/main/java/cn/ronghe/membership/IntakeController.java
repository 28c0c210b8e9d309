package cn.ronghe.membership;

import cn.ronghe.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 发展党员: the cases a user may follow, and one case with its steps, talks and registry entries. */
@RestController
class IntakeController {

  private final IntakeViews views;

  IntakeController(IntakeViews views) {
    this.views = views;
  }

  @GetMapping("/api/intakes")
  IntakeViews.Page list(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "open") String state,
      @RequestParam(required = false) String stage,
      @RequestParam(required = false) String branch,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "20") int size) {
    return views.list(user, state, stage, branch, overdue, page, size);
  }

  @GetMapping("/api/intakes/{id}")
  IntakeViews.Detail detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return views.detail(user, id);
  }
}
