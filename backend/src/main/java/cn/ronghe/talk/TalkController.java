package cn.ronghe.talk;

import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.ClockConfig;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 谈心谈话 views. */
@RestController
class TalkController {

  private final TalkCoverage coverage;
  private final Clock clock;

  TalkController(TalkCoverage coverage, Clock clock) {
    this.coverage = coverage;
    this.clock = clock;
  }

  /** Who has been talked with in the year (this year by default), per person and per branch. */
  @GetMapping("/api/talks/coverage")
  TalkCoverage.View coverage(
      @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year) {
    return coverage.of(
        user, year != null ? year : LocalDate.now(clock.withZone(ClockConfig.ZONE)).getYear());
  }
}
