package cn.ronghe.report;

import static cn.ronghe.system.Workbooks.header;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The reports' scores as an Excel workbook, for the unit performance and staff assessment: one row
 * per report (year, organisation, status, score, grade), and the year × organisation table of
 * scores.
 */
final class ReportWorkbook {

  static final Map<ReportViews.Status, String> STATUS =
      Map.of(
          ReportViews.Status.drafting, "起草中",
          ReportViews.Status.returned, "退回修改",
          ReportViews.Status.submitted, "已报送",
          ReportViews.Status.accepted, "已通过");

  static final Map<String, String> GRADES =
      Map.of("excellent", "优秀", "good", "良好", "fair", "一般", "poor", "较差");

  private ReportWorkbook() {}

  static byte[] of(ReportViews.Matrix matrix) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Ronghe", "1.0");
      scores(workbook.newWorksheet("评分明细"), matrix);
      table(workbook.newWorksheet("年度×党组织"), matrix);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void scores(Worksheet sheet, ReportViews.Matrix matrix) {
    header(
        sheet,
        List.of("年度", "党组织", "状态", "评分", "等次", "截止日期", "逾期", "退回次数"),
        8,
        28,
        10,
        8,
        8,
        12,
        8,
        10);
    int r = 1;
    for (int y = matrix.years().size() - 1; y >= 0; y--) {
      for (ReportViews.Row row : matrix.rows()) {
        ReportViews.Cell cell = row.cells().get(y);
        if (cell == null) {
          continue;
        }
        sheet.value(r, 0, matrix.years().get(y));
        sheet.value(r, 1, row.org().name());
        sheet.value(r, 2, STATUS.get(cell.status()));
        if (cell.score() != null) {
          sheet.value(r, 3, cell.score());
        }
        sheet.value(r, 4, cell.grade() == null ? "" : GRADES.get(cell.grade()));
        sheet.value(r, 5, cell.dueOn());
        sheet.style(r, 5).format("yyyy-mm-dd").set();
        sheet.value(r, 6, cell.overdue() ? "是" : "否");
        sheet.value(r, 7, cell.returnCount());
        r++;
      }
    }
  }

  private static void table(Worksheet sheet, ReportViews.Matrix matrix) {
    List<String> columns = new ArrayList<>(List.of("党组织"));
    matrix.years().forEach(y -> columns.add(y + "年度"));
    int[] widths = new int[columns.size()];
    widths[0] = 28;
    for (int i = 1; i < widths.length; i++) {
      widths[i] = 14;
    }
    header(sheet, columns, widths);
    int r = 1;
    for (ReportViews.Row row : matrix.rows()) {
      sheet.value(r, 0, row.org().name());
      for (int y = 0; y < matrix.years().size(); y++) {
        ReportViews.Cell cell = row.cells().get(y);
        if (cell == null) {
          sheet.value(r, y + 1, "未开始");
        } else if (cell.score() != null) {
          sheet.value(r, y + 1, cell.score() + "（" + GRADES.get(cell.grade()) + "）");
        } else {
          sheet.value(r, y + 1, STATUS.get(cell.status()) + (cell.overdue() ? "（逾期）" : ""));
        }
      }
      r++;
    }
  }
}
