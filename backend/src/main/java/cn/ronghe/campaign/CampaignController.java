package cn.ronghe.campaign;

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

/** 警示教育 views. */
@RestController
class CampaignController {

  private final CampaignViews views;
  private final PdfFonts fonts;
  private final AuditService audit;
  private final Clock clock;

  CampaignController(CampaignViews views, PdfFonts fonts, AuditService audit, Clock clock) {
    this.views = views;
    this.fonts = fonts;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/api/campaigns")
  CampaignViews.Listing list(@AuthenticationPrincipal CurrentUser user) {
    return views.list(user);
  }

  /** A person's record (one's own without {@code username}). */
  @GetMapping("/api/campaigns/history")
  CampaignViews.History history(
      @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String username) {
    return views.history(user, username);
  }

  @GetMapping("/api/campaigns/{id}")
  CampaignViews.Detail detail(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return views.detail(user, id);
  }

  /** The campaign's summary as a workbook (活动名-汇总.xlsx), as far as the caller sees it. */
  @GetMapping("/api/campaigns/{id}/export")
  ResponseEntity<byte[]> export(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    CampaignViews.Detail detail = views.detail(user, id);
    audit.record(user.username(), "campaign.export", "campaign", id, null);
    return Workbooks.download(detail.title() + "-汇总.xlsx", CampaignWorkbook.of(detail));
  }

  /** The campaign's summary report as a PDF (活动名-汇总.pdf), as far as the caller sees it. */
  @GetMapping("/api/campaigns/{id}/report")
  ResponseEntity<byte[]> report(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    CampaignViews.Detail detail = views.detail(user, id);
    byte[] pdf = CampaignReport.of(detail, fonts.chinese(), clock.instant());
    audit.record(user.username(), "campaign.report", "campaign", id, null);
    return Downloads.attachment(detail.title() + "-汇总.pdf", MediaType.APPLICATION_PDF, pdf);
  }
}
