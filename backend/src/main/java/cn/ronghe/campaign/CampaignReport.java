package cn.ronghe.campaign;

import cn.ronghe.system.PdfReport;
import com.lowagie.text.pdf.BaseFont;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A campaign's summary report as a PDF, for filing and printing: the plan, the figures, each
 * branch, the rectification items and the commission's summary, in the embedded Chinese font.
 */
final class CampaignReport {

  static final Map<String, String> KINDS = Map.of("routine", "常规警示教育", "special", "专项警示教育");
  static final Map<String, String> TARGETS =
      Map.of(
          "holiday", "节前节点",
          "newStaff", "新入职干警",
          "highRiskPosts", "重点岗位",
          "threeRules", "防止干预司法“三个规定”");

  private CampaignReport() {}

  static byte[] of(CampaignViews.Detail c, BaseFont font, Instant now) {
    String kind =
        KINDS.getOrDefault(c.kind(), c.kind())
            + (c.specialTarget() == null ? "" : "（" + TARGETS.get(c.specialTarget()) + "）");
    PdfReport pdf =
        new PdfReport(font, c.title(), kind + "　活动时间：" + c.sessionFrom() + " 至 " + c.sessionTo());
    pdf.section("一、活动方案");
    pdf.text("主题：" + PdfReport.orDash(c.theme()));
    pdf.text("学习材料：" + PdfReport.orDash(c.materials()));
    if (!c.typicalCases().isEmpty()) {
      pdf.text(
          "典型案例："
              + String.join(
                  "；", c.typicalCases().stream().map(TypicalCaseLibrary.View::title).toList()));
    }
    pdf.text("心得体会提交时限：会后 " + c.reflectionDays() + " 日内");

    pdf.section("二、活动数据");
    CampaignViews.Figures f = c.figures();
    pdf.table(
        new float[] {3, 2, 3, 2},
        List.of("开展场次", "应到人数", "实到人数", "参加率"),
        List.of(
            List.of(
                String.valueOf(f.sessionsHeld()),
                String.valueOf(f.present() + f.absent()),
                String.valueOf(f.present()),
                f.attendanceRate() + "%")));
    pdf.table(
        new float[] {3, 2, 3, 2},
        List.of("缺席（含补学）", "按时提交心得", "逾期提交心得", "整改事项"),
        List.of(
            List.of(
                f.absent() + "（补学 " + f.madeUp() + "）",
                String.valueOf(f.reflectionsOnTime()),
                String.valueOf(f.reflectionsLate()),
                String.valueOf(f.rectificationItems()))));

    pdf.section("三、各支部开展情况");
    pdf.table(
        new float[] {7, 3, 4, 2, 2, 2, 3, 2},
        List.of("党支部", "开展日期", "形式", "实到", "缺席", "补学", "心得（按时/逾期）", "总结"),
        c.branches().stream()
            .map(
                b ->
                    List.of(
                        b.name(),
                        b.sessionDate() == null ? "—" : b.sessionDate().toString(),
                        b.sessionForm() == null
                            ? "—"
                            : CampaignWorkbook.SESSION_FORMS.get(b.sessionForm()),
                        String.valueOf(b.present()),
                        String.valueOf(b.absent()),
                        String.valueOf(b.madeUp()),
                        b.reflectionsOnTime() + " / " + b.reflectionsLate(),
                        b.summaryFiled() ? "已提交" : "未提交"))
            .toList());

    pdf.section("四、整改事项");
    if (c.rectifications().isEmpty()) {
      pdf.text("本次活动未提出整改事项。");
    } else {
      pdf.table(
          new float[] {8, 2, 5, 2},
          List.of("问题", "责任人", "党支部", "状态"),
          c.rectifications().stream()
              .map(
                  r ->
                      List.of(
                          r.title(),
                          PdfReport.orDash(r.ownerName()),
                          PdfReport.orDash(r.branch().name()),
                          r.closed() ? "已销号" : "整改中"))
              .toList());
    }

    pdf.section("五、活动总结");
    pdf.text(c.summary() == null ? "（活动总结尚未提交）" : c.summary());

    return pdf.finish(now);
  }
}
