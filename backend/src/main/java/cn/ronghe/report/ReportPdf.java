package cn.ronghe.report;

import static cn.ronghe.system.PdfReport.orDash;

import cn.ronghe.system.ClockConfig;
import cn.ronghe.system.PdfReport;
import com.lowagie.text.pdf.BaseFont;
import java.time.Instant;
import java.util.List;

/**
 * An organisation's annual responsibility report as a PDF, for filing and printing: its sections,
 * the year's figures (as counted and as reported, with the notes), and, once reviewed, the
 * opinions, the score and the problems fed back, in the embedded Chinese font.
 */
final class ReportPdf {

  private ReportPdf() {}

  static byte[] of(ReportViews.Detail r, BaseFont font, Instant now) {
    String subtitle =
        "报告状态："
            + ReportWorkbook.STATUS.get(r.status())
            + (r.submittedAt() == null
                ? "　截止日期：" + r.dueOn()
                : "　报送：" + orDash(r.submittedBy()) + " " + day(r.submittedAt()));
    PdfReport pdf = new PdfReport(font, r.title(), subtitle);
    if (r.requirements() != null && !r.requirements().isBlank()) {
      pdf.text("报告要求：" + r.requirements());
    }
    for (ReportViews.SectionView s : r.sections()) {
      pdf.section(s.title());
      pdf.text(s.content() == null || s.content().isBlank() ? "（未填写）" : s.content());
    }
    pdf.section("附：" + r.year() + " 年度工作数据");
    pdf.table(
        new float[] {8, 2, 2, 6},
        List.of("指标", "系统统计", "报告数", "说明"),
        r.figures().stream()
            .map(
                f ->
                    List.of(
                        f.label(),
                        String.valueOf(f.computed()),
                        f.reported() == null ? "—" : String.valueOf(f.reported()),
                        orDash(f.note())))
            .toList());
    if (r.branchReviewOpinion() != null) {
      pdf.section("支委会审议意见").text(r.branchReviewOpinion());
    }
    if (r.disciplineOpinion() != null) {
      pdf.section("机关纪委意见").text(r.disciplineOpinion());
    }
    if (r.acceptedAt() != null) {
      pdf.section("机关党委审核评定")
          .text(
              "评分："
                  + r.score()
                  + "　等次："
                  + ReportWorkbook.GRADES.get(r.grade())
                  + "　评定人："
                  + orDash(r.reviewedBy())
                  + "　"
                  + day(r.acceptedAt()));
      if (r.reviewComment() != null) {
        pdf.text("评定意见：" + r.reviewComment());
      }
      if (!r.feedbackItems().isEmpty()) {
        pdf.table(
            new float[] {8, 2, 2},
            List.of("反馈问题", "责任人", "整改状态"),
            r.feedbackItems().stream()
                .map(i -> List.of(i.title(), orDash(i.ownerName()), i.closed() ? "已销号" : "整改中"))
                .toList());
      }
    }
    return pdf.finish(now);
  }

  private static String day(Instant instant) {
    return instant.atZone(ClockConfig.ZONE).toLocalDate().toString();
  }
}
