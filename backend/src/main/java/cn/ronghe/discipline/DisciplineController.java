package cn.ronghe.discipline;

import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.Workbooks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 问题线索处置: the register, a clue, the statistics and the export, each audited; recusals (回避). */
@RestController
class DisciplineController {

  private final DisciplineViews views;
  private final DisciplineStatistics statistics;
  private final DisciplineRecusals recusals;

  DisciplineController(
      DisciplineViews views, DisciplineStatistics statistics, DisciplineRecusals recusals) {
    this.views = views;
    this.statistics = statistics;
    this.recusals = recusals;
  }

  @GetMapping("/api/discipline-clues")
  DisciplineViews.Register register(@AuthenticationPrincipal CurrentUser user) {
    return views.register(user);
  }

  /** A year's counts (this year by default) of the clues on the caller's list. */
  @GetMapping("/api/discipline-clues/statistics")
  DisciplineStatistics.Statistics statistics(
      @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year) {
    return statistics.of(user, year);
  }

  /** 问题线索台账-2026.xlsx: the year's clues on the caller's list, and the counts. */
  @GetMapping("/api/discipline-clues/export")
  ResponseEntity<byte[]> export(
      @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year) {
    DisciplineStatistics.Export export = statistics.export(user, year);
    return Workbooks.download("问题线索台账-" + export.year() + ".xlsx", export.workbook());
  }

  @GetMapping("/api/discipline-clues/{id}")
  DisciplineViews.Detail detail(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return views.detail(user, id);
  }

  /** Someone on the clue's list declares a conflict (or the head orders one): they leave it. */
  @PostMapping("/api/discipline-clues/{id}/recusals")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void recuse(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody DisciplineRecusals.Declaration declaration) {
    recusals.declare(user, id, declaration);
  }
}
