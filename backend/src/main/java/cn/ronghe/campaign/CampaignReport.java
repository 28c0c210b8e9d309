package cn.ronghe.campaign;

import cn.ronghe.system.ClockConfig;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
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

  private static final Color HEADER = new Color(0xF2, 0xDC, 0xDB);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Font title;
  private final Font heading;
  private final Font body;
  private final Font small;

  private CampaignReport(BaseFont font) {
    title = new Font(font, 18, Font.BOLD);
    heading = new Font(font, 13, Font.BOLD);
    body = new Font(font, 10.5f);
    small = new Font(font, 8.5f, Font.NORMAL, Color.GRAY);
  }

  static byte[] of(CampaignViews.Detail c, BaseFont font, Instant now) {
    return new CampaignReport(font).write(c, now);
  }

  private byte[] write(CampaignViews.Detail c, Instant now) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    PdfWriter.getInstance(document, out);
    document.addTitle(c.title() + " 活动总结");
    document.addCreator("Ronghe");
    document.open();
    Paragraph head = new Paragraph(c.title(), title);
    head.setAlignment(Element.ALIGN_CENTER);
    head.setSpacingAfter(4);
    document.add(head);
    String kind =
        KINDS.getOrDefault(c.kind(), c.kind())
            + (c.specialTarget() == null ? "" : "（" + TARGETS.get(c.specialTarget()) + "）");
    Paragraph sub = new Paragraph(kind + "　活动时间：" + c.sessionFrom() + " 至 " + c.sessionTo(), small);
    sub.setAlignment(Element.ALIGN_CENTER);
    sub.setSpacingAfter(12);
    document.add(sub);

    section(document, "一、活动方案");
    text(document, "主题：" + nullToDash(c.theme()));
    text(document, "学习材料：" + nullToDash(c.materials()));
    if (!c.typicalCases().isEmpty()) {
      text(
          document,
          "典型案例："
              + String.join(
                  "；", c.typicalCases().stream().map(TypicalCaseLibrary.View::title).toList()));
    }
    text(document, "心得体会提交时限：会后 " + c.reflectionDays() + " 日内");

    section(document, "二、活动数据");
    CampaignViews.Figures f = c.figures();
    table(
        document,
        new float[] {3, 2, 3, 2},
        List.of("开展场次", "应到人数", "实到人数", "参加率"),
        List.of(
            List.of(
                String.valueOf(f.sessionsHeld()),
                String.valueOf(f.present() + f.absent()),
                String.valueOf(f.present()),
                f.attendanceRate() + "%")));
    table(
        document,
        new float[] {3, 2, 3, 2},
        List.of("缺席（含补学）", "按时提交心得", "逾期提交心得", "整改事项"),
        List.of(
            List.of(
                f.absent() + "（补学 " + f.madeUp() + "）",
                String.valueOf(f.reflectionsOnTime()),
                String.valueOf(f.reflectionsLate()),
                String.valueOf(f.rectificationItems()))));

    section(document, "三、各支部开展情况");
    table(
        document,
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

    section(document, "四、整改事项");
    if (c.rectifications().isEmpty()) {
      text(document, "本次活动未提出整改事项。");
    } else {
      table(
          document,
          new float[] {8, 2, 5, 2},
          List.of("问题", "责任人", "党支部", "状态"),
          c.rectifications().stream()
              .map(
                  r ->
                      List.of(
                          r.title(),
                          nullToDash(r.ownerName()),
                          nullToDash(r.branch().name()),
                          r.closed() ? "已销号" : "整改中"))
              .toList());
    }

    section(document, "五、活动总结");
    text(document, c.summary() == null ? "（活动总结尚未提交）" : c.summary());

    Paragraph stamp = new Paragraph("融合平台生成于 " + STAMP.format(now.atZone(ClockConfig.ZONE)), small);
    stamp.setAlignment(Element.ALIGN_RIGHT);
    stamp.setSpacingBefore(18);
    document.add(stamp);
    document.close();
    return out.toByteArray();
  }

  private void section(Document document, String name) {
    Paragraph p = new Paragraph(name, heading);
    p.setSpacingBefore(10);
    p.setSpacingAfter(6);
    document.add(p);
  }

  private void text(Document document, String text) {
    Paragraph p = new Paragraph(text, body);
    p.setLeading(17);
    p.setSpacingAfter(3);
    document.add(p);
  }

  private void table(
      Document document, float[] widths, List<String> header, List<List<String>> rows) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingAfter(6);
    table.setHeaderRows(1);
    for (String h : header) {
      PdfPCell cell = new PdfPCell(new Phrase(h, body));
      cell.setBackgroundColor(HEADER);
      cell.setPadding(4);
      table.addCell(cell);
    }
    for (List<String> row : rows) {
      for (String value : row) {
        PdfPCell cell = new PdfPCell(new Phrase(value, body));
        cell.setPadding(4);
        table.addCell(cell);
      }
    }
    document.add(table);
  }

  private static String nullToDash(String text) {
    return text == null || text.isBlank() ? "—" : text;
  }
}
