package cn.ronghe.discipline;

import cn.ronghe.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** 问题线索处置: the register and a clue, each read audited. */
@RestController
class DisciplineController {

  private final DisciplineViews views;

  DisciplineController(DisciplineViews views) {
    this.views = views;
  }

  @GetMapping("/api/discipline-clues")
  DisciplineViews.Register register(@AuthenticationPrincipal CurrentUser user) {
    return views.register(user);
  }

  @GetMapping("/api/discipline-clues/{id}")
  DisciplineViews.Detail detail(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return views.detail(user, id);
  }
}
