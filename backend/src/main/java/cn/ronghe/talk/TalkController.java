package cn.ronghe.talk;

import cn.ronghe.audit.AuditService;
import cn.ronghe.followup.OpenFollowUps;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.ClockConfig;
import cn.ronghe.system.Workbooks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 谈心谈话 views. */
@RestController
class TalkController {

  /** The years the export's coverage sheet shows: the year asked for and the ones before it. */
  static final int EXPORT_YEARS = 3;

  private final TalkCoverage coverage;
  private final TalkQuota quota;
  private final OpenFollowUps followUps;
  private final AuditService audit;
  private final Clock clock;

  TalkController(
      TalkCoverage coverage,
      TalkQuota quota,
      OpenFollowUps followUps,
      AuditService audit,
      Clock clock) {
    this.coverage = coverage;
    this.quota = quota;
    this.followUps = followUps;
    this.audit = audit;
    this.clock = clock;
  }

  /** Who has been talked with in the year (this year by default), per person and per branch. */
  @GetMapping("/api/talks/coverage")
  TalkCoverage.View coverage(
      @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year) {
    return coverage.of(user, yearOr(year));
  }

  /** Each leader's talks of the year with their cadres against the quota. */
  @GetMapping("/api/talks/quota")
  TalkQuota.View quota(
      @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year) {
    return quota.of(user, yearOr(year));
  }

  /**
   * The views the caller may see as one workbook (谈心谈话-<year>.xlsx): coverage of the year and the
   * two before, leaders' talks, open follow-up items. Audited, as it carries the items' problems.
   */
  @GetMapping("/api/talks/export")
  ResponseEntity<byte[]> export(
      @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year) {
    int last = yearOr(year);
    TalkCoverage.requireYear(last);
    List<TalkCoverage.View> years = new ArrayList<>();
    for (int y = Math.max(TalkCoverage.FIRST_YEAR, last - EXPORT_YEARS + 1); y <= last; y++) {
      int asked = y;
      TalkCoverage.View view = ifAllowed(() -> coverage.of(user, asked));
      if (view != null) {
        years.add(view);
      }
    }
    TalkWorkbook.Content content =
        new TalkWorkbook.Content(
            years, ifAllowed(() -> quota.of(user, last)), ifAllowed(() -> followUps.list(user)));
    if (years.isEmpty() && content.quota() == null && content.followUps() == null) {
      throw ApiException.forbidden("您无权导出谈心谈话情况");
    }
    audit.record(user.username(), "talk.export", "talk", String.valueOf(last), null);
    return Workbooks.download("谈心谈话-" + last + ".xlsx", TalkWorkbook.of(content));
  }

  /** The view, or null when the caller may not see it. */
  private static <T> T ifAllowed(Supplier<T> view) {
    try {
      return view.get();
    } catch (ApiException e) {
      if (e.status() == HttpStatus.FORBIDDEN) {
        return null;
      }
      throw e;
    }
  }

  private int yearOr(Integer year) {
    return year != null ? year : LocalDate.now(clock.withZone(ClockConfig.ZONE)).getYear();
  }
}
