package cn.ronghe.campaign;

import static cn.ronghe.system.Workbooks.header;

import cn.ronghe.system.ClockConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A campaign's summary as an Excel workbook: its figures, each branch, its rectification items. */
final class CampaignWorkbook {

  static final Map<String, String> SESSION_FORMS =
      Map.of("meeting", "专题会议", "trial", "旁听职务犯罪庭审", "visit", "参观警示教育基地", "video", "观看警示教育片");

  private CampaignWorkbook() {}

  static byte[] of(CampaignViews.Detail campaign) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Ronghe", "1.0");
      figures(workbook.newWorksheet("活动概况"), campaign);
      branches(workbook.newWorksheet("各支部情况"), campaign.branches());
      rectifications(workbook.newWorksheet("整改事项"), campaign.rectifications());
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void figures(Worksheet sheet, CampaignViews.Detail c) {
    header(sheet, List.of("项目", "内容"), 16, 60);
    CampaignViews.Figures f = c.figures();
    Object[][] rows = {
      {"活动名称", c.title()},
      {"活动时间", c.sessionFrom() + " 至 " + c.sessionTo()},
      {"主题", c.theme()},
      {
        "典型案例",
        String.join("；", c.typicalCases().stream().map(TypicalCaseLibrary.View::title).toList())
      },
      {"开展场次", f.sessionsHeld()},
      {"应到人数", f.present() + f.absent()},
      {"实到人数", f.present()},
      {"缺席人数", f.absent()},
      {"补学人数", f.madeUp()},
      {"参加率（%）", f.attendanceRate()},
      {"按时提交心得", f.reflectionsOnTime()},
      {"逾期提交心得", f.reflectionsLate()},
      {"整改事项", f.rectificationItems()}
    };
    for (int r = 0; r < rows.length; r++) {
      sheet.value(r + 1, 0, (String) rows[r][0]);
      if (rows[r][1] instanceof Number n) {
        sheet.value(r + 1, 1, n);
      } else {
        sheet.value(r + 1, 1, rows[r][1] == null ? "" : rows[r][1].toString());
      }
    }
  }

  private static void branches(Worksheet sheet, List<CampaignViews.BranchProgress> branches) {
    header(
        sheet,
        List.of("党支部", "开展日期", "形式", "地点", "实到", "缺席", "补学", "按时心得", "逾期心得", "整改事项", "支部总结"),
        24,
        12,
        16,
        20,
        8,
        8,
        8,
        10,
        10,
        10,
        10);
    int r = 1;
    for (CampaignViews.BranchProgress b : branches) {
      sheet.value(r, 0, b.name());
      if (b.sessionDate() != null) {
        sheet.value(r, 1, b.sessionDate());
        sheet.style(r, 1).format("yyyy-mm-dd").set();
      }
      sheet.value(r, 2, b.sessionForm() == null ? "" : SESSION_FORMS.get(b.sessionForm()));
      sheet.value(r, 3, b.sessionPlace());
      sheet.value(r, 4, b.present());
      sheet.value(r, 5, b.absent());
      sheet.value(r, 6, b.madeUp());
      sheet.value(r, 7, b.reflectionsOnTime());
      sheet.value(r, 8, b.reflectionsLate());
      sheet.value(r, 9, b.rectificationItems());
      sheet.value(r, 10, b.summaryFiled() ? "已提交" : "未提交");
      r++;
    }
  }

  private static void rectifications(Worksheet sheet, List<CampaignViews.RectificationItem> items) {
    header(sheet, List.of("问题", "责任人", "党支部", "提出日期", "状态"), 36, 10, 24, 12, 10);
    int r = 1;
    for (CampaignViews.RectificationItem item : items) {
      sheet.value(r, 0, item.title());
      sheet.value(r, 1, item.ownerName());
      sheet.value(r, 2, item.branch().name());
      sheet.value(r, 3, item.createdAt().atZone(ClockConfig.ZONE).toLocalDate());
      sheet.style(r, 3).format("yyyy-mm-dd").set();
      sheet.value(r, 4, item.closed() ? "已销号" : "整改中");
      r++;
    }
  }
}
