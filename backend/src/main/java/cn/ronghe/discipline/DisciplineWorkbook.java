package cn.ronghe.discipline;

import static cn.ronghe.system.Workbooks.header;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A year's clue register as an Excel workbook (问题线索台账): one row per clue on the reader's list,
 * without the complainant's identity or the allegation, and the year's counts by source, way, form
 * of the four forms and month.
 */
final class DisciplineWorkbook {

  static final Map<String, String> SOURCES =
      Map.of(
          "letter", "来信",
          "visit", "来访",
          "phone", "来电",
          "online", "网络举报",
          "referral", "上级交办转办",
          "audit", "审计移送",
          "inspection", "巡视巡察移送");

  static final Map<String, String> WAYS =
      Map.of(
          "inquiry",
          "谈话函询",
          "verification",
          "初步核实",
          "hold",
          "暂存待查",
          "close",
          "予以了结",
          DisciplineStatistics.REFERRED,
          "报送上级",
          DisciplineStatistics.PENDING,
          "待审批");

  static final Map<String, String> OUTCOMES =
      Map.of(
          "close", "予以了结",
          "remind", "谈话提醒",
          "hold", "暂存待查",
          "transfer", "移送处理",
          "openCase", "立案审查",
          "referred", "报送上级");

  static final Map<String, String> SANCTIONS =
      Map.of(
          "none", "撤销案件",
          "admonition", "批评教育、诫勉",
          "warning", "警告",
          "seriousWarning", "严重警告",
          "removal", "撤销党内职务",
          "probation", "留党察看",
          "expulsion", "开除党籍");

  static final Map<String, String> APPEAL_RESULTS =
      Map.of("uphold", "维持原处分", "change", "变更处分", "revoke", "撤销处分");

  static final Map<String, String> FOUR_FORMS =
      Map.of("1", "第一种形态", "2", "第二种形态", "3", "第三种形态", "4", "第四种形态");

  private DisciplineWorkbook() {}

  static byte[] of(
      List<DisciplineViews.RegisterItem> items, DisciplineStatistics.Statistics statistics) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Ronghe", "1.0");
      register(workbook.newWorksheet("线索台账"), items);
      counts(workbook.newWorksheet("统计"), statistics);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void register(Worksheet sheet, List<DisciplineViews.RegisterItem> items) {
    header(
        sheet,
        List.of(
            "线索编号", "收到日期", "来源", "实名", "被反映人", "承办人", "处置方式", "处置结果", "四种形态", "立案日期", "处理决定",
            "申诉复查", "办结日期", "在办环节"),
        18,
        12,
        12,
        6,
        10,
        10,
        10,
        10,
        12,
        12,
        14,
        10,
        12,
        30);
    int r = 1;
    for (DisciplineViews.RegisterItem item : items) {
      DisciplineViews.CaseView caseFile = item.caseFile();
      sheet.value(r, 0, item.caseNumber());
      date(sheet, r, 1, item.receivedOn());
      sheet.value(r, 2, SOURCES.getOrDefault(item.source(), item.source()));
      sheet.value(r, 3, item.complainantNamed() ? "是" : "否");
      sheet.value(r, 4, item.subject().name());
      sheet.value(r, 5, item.registrar().name());
      sheet.value(r, 6, label(WAYS, item.higherLevel() ? "referred" : item.disposalWay()));
      sheet.value(r, 7, label(OUTCOMES, item.outcome()));
      sheet.value(r, 8, label(FOUR_FORMS, item.fourForm() == null ? null : "" + item.fourForm()));
      if (caseFile != null) {
        date(sheet, r, 9, day(caseFile.openedAt()));
        sheet.value(r, 10, label(SANCTIONS, caseFile.sanction()));
        sheet.value(r, 11, label(APPEAL_RESULTS, caseFile.appealResult()));
      }
      date(sheet, r, 12, day(item.closedAt()));
      sheet.value(
          r, 13, String.join("、", item.steps().stream().map(DisciplineViews.Step::name).toList()));
      r++;
    }
  }

  private static void counts(Worksheet sheet, DisciplineStatistics.Statistics statistics) {
    header(sheet, List.of(statistics.year() + "年度", "件数"), 16, 8);
    int r = 1;
    r = row(sheet, r, "受理线索", statistics.total());
    r = row(sheet, r, "其中立案审查", statistics.cases());
    r = row(sheet, r, "尚未办结", statistics.open());
    r = section(sheet, r + 1, "按来源", statistics.bySource(), SOURCES);
    r = section(sheet, r + 1, "按处置方式", statistics.byWay(), WAYS);
    r = section(sheet, r + 1, "按四种形态", statistics.byFourForm(), FOUR_FORMS);
    sheet.value(++r, 0, "按月份（收到日期）");
    sheet.style(r, 0).bold().set();
    r++;
    for (int m = 0; m < 12; m++) {
      r = row(sheet, r, (m + 1) + "月", statistics.byMonth().get(m));
    }
  }

  private static int section(
      Worksheet sheet,
      int r,
      String title,
      List<DisciplineStatistics.Count> counts,
      Map<String, String> labels) {
    sheet.value(r, 0, title);
    sheet.style(r, 0).bold().set();
    r++;
    for (DisciplineStatistics.Count c : counts) {
      r = row(sheet, r, labels.getOrDefault(c.key(), c.key()), c.count());
    }
    return r;
  }

  private static int row(Worksheet sheet, int r, String label, long count) {
    sheet.value(r, 0, label);
    sheet.value(r, 1, count);
    return r + 1;
  }

  private static String label(Map<String, String> labels, String code) {
    return code == null ? "" : labels.getOrDefault(code, code);
  }

  private static LocalDate day(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, cn.ronghe.system.ClockConfig.ZONE);
  }

  private static void date(Worksheet sheet, int r, int c, LocalDate date) {
    if (date != null) {
      sheet.value(r, c, date);
      sheet.style(r, c).format("yyyy-mm-dd").set();
    }
  }
}
