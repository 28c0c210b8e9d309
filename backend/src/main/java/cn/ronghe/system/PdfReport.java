package cn.ronghe.system;

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

/**
 * An A4 report for filing and printing, written in the embedded Chinese font ({@link PdfFonts}): a
 * centred title and subtitle, numbered sections of text and tables, and the time Ronghe made it.
 * Write it top to bottom, then {@link #finish}.
 */
public final class PdfReport {

  private static final Color HEADER = new Color(0xF2, 0xDC, 0xDB);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Font titleFont;
  private final Font headingFont;
  private final Font bodyFont;
  private final Font smallFont;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Document document = new Document(PageSize.A4, 56, 56, 56, 56);

  /** A report with this title (shown centred, and the PDF's title) and subtitle (may be null). */
  public PdfReport(BaseFont font, String title, String subtitle) {
    titleFont = new Font(font, 18, Font.BOLD);
    headingFont = new Font(font, 13, Font.BOLD);
    bodyFont = new Font(font, 10.5f);
    smallFont = new Font(font, 8.5f, Font.NORMAL, Color.GRAY);
    PdfWriter.getInstance(document, out);
    document.addTitle(title);
    document.addCreator("Ronghe");
    document.open();
    Paragraph head = new Paragraph(title, titleFont);
    head.setAlignment(Element.ALIGN_CENTER);
    head.setSpacingAfter(subtitle == null ? 12 : 4);
    document.add(head);
    if (subtitle != null) {
      Paragraph sub = new Paragraph(subtitle, smallFont);
      sub.setAlignment(Element.ALIGN_CENTER);
      sub.setSpacingAfter(12);
      document.add(sub);
    }
  }

  public PdfReport section(String name) {
    Paragraph p = new Paragraph(name, headingFont);
    p.setSpacingBefore(10);
    p.setSpacingAfter(6);
    document.add(p);
    return this;
  }

  public PdfReport text(String text) {
    Paragraph p = new Paragraph(text, bodyFont);
    p.setLeading(17);
    p.setSpacingAfter(3);
    document.add(p);
    return this;
  }

  /** A table with a shaded header row (repeated on each page); widths are relative. */
  public PdfReport table(float[] widths, List<String> header, List<List<String>> rows) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingAfter(6);
    table.setHeaderRows(1);
    for (String h : header) {
      PdfPCell cell = new PdfPCell(new Phrase(h, bodyFont));
      cell.setBackgroundColor(HEADER);
      cell.setPadding(4);
      table.addCell(cell);
    }
    for (List<String> row : rows) {
      for (String value : row) {
        PdfPCell cell = new PdfPCell(new Phrase(value, bodyFont));
        cell.setPadding(4);
        table.addCell(cell);
      }
    }
    document.add(table);
    return this;
  }

  /** Ends the report with the time it was made; its bytes. */
  public byte[] finish(Instant now) {
    Paragraph stamp =
        new Paragraph("融合平台生成于 " + STAMP.format(now.atZone(ClockConfig.ZONE)), smallFont);
    stamp.setAlignment(Element.ALIGN_RIGHT);
    stamp.setSpacingBefore(18);
    document.add(stamp);
    document.close();
    return out.toByteArray();
  }

  /** The text, or a dash for nothing. */
  public static String orDash(String text) {
    return text == null || text.isBlank() ? "—" : text;
  }
}
