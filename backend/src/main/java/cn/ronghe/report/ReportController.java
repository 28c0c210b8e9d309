package cn.ronghe.report;

import cn.ronghe.audit.AuditService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.Downloads;
import cn.ronghe.system.PdfFonts;
import cn.ronghe.system.Workbooks;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 主体责任报告 views: the matrix, a report and its PDF, the scores' export. */
@RestController
class ReportController {

  private final ReportViews views;
  private final AuditService audit;
  private final PdfFonts fonts;
  private final Clock clock;

  ReportController(ReportViews views, AuditService audit, PdfFonts fonts, Clock clock) {
    this.views = views;
    this.audit = audit;
    this.fonts = fonts;
    this.clock = clock;
  }

  /** The year × organisation matrix, of the years from…to (by default the last five). */
  @GetMapping("/api/reports")
  ReportViews.Matrix matrix(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to) {
    return views.matrix(user, from, to);
  }

  /** The scores of the years as a workbook (主体责任报告评分.xlsx), audited. */
  @GetMapping("/api/reports/export")
  ResponseEntity<byte[]> export(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to) {
    ReportViews.Matrix matrix = views.scores(user, from, to);
    int first = matrix.years().get(0);
    int last = matrix.years().get(matrix.years().size() - 1);
    audit.record(user.username(), "report.export", "report", first + "-" + last, null);
    return Workbooks.download(
        "主体责任报告评分-" + (first == last ? first : first + "-" + last) + ".xlsx",
        ReportWorkbook.of(matrix));
  }

  @GetMapping("/api/reports/{id}")
  ReportViews.Detail detail(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return views.detail(user, id);
  }

  /** The report as a PDF (党组织-年度主体责任报告.pdf), as far as the caller may read it; audited. */
  @GetMapping("/api/reports/{id}/pdf")
  ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    ReportViews.Detail report = views.detail(user, id);
    byte[] pdf = ReportPdf.of(report, fonts.chinese(), clock.instant());
    audit.record(user.username(), "report.pdf", "report", id, null);
    return Downloads.attachment(report.title() + ".pdf", MediaType.APPLICATION_PDF, pdf);
  }
}
