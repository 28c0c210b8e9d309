package cn.ronghe.followup;

import cn.ronghe.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** 整改事项 views. */
@RestController
class FollowUpController {

  private final OpenFollowUps open;

  FollowUpController(OpenFollowUps open) {
    this.open = open;
  }

  /** The open follow-up items the caller answers for, by branch and age (audited). */
  @GetMapping("/api/follow-ups")
  OpenFollowUps.View open(@AuthenticationPrincipal CurrentUser user) {
    return open.of(user);
  }
}
