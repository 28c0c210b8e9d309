package cn.ronghe.talk;

import static cn.ronghe.system.Workbooks.header;

import cn.ronghe.followup.OpenFollowUps;
import cn.ronghe.system.ClockConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * 谈心谈话 as an Excel workbook, a sheet for each view the reader may see: coverage per person over the
 * years asked, coverage per branch in the last of them, leaders' talks with their cadres, and the
 * open follow-up items.
 */
final class TalkWorkbook {

  static final Map<TalkCoverage.Status, String> STATUS_LABELS =
      Map.of(
          TalkCoverage.Status.held, "已谈",
          TalkCoverage.Status.overdue, "逾期",
          TalkCoverage.Status.planned, "已计划",
          TalkCoverage.Status.none, "未安排");

  private TalkWorkbook() {}

  /** The views that exist for the reader; a null or empty one gets no sheet. */
  record Content(
      List<TalkCoverage.View> coverageByYear, TalkQuota.View quota, OpenFollowUps.View followUps) {}

  static byte[] of(Content content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Ronghe", "1.0");
      if (!content.coverageByYear().isEmpty()) {
        people(workbook.newWorksheet("谈话覆盖"), content.coverageByYear());
        branches(
            workbook.newWorksheet("支部统计"),
            content.coverageByYear().get(content.coverageByYear().size() - 1));
      }
      if (content.quota() != null) {
        quota(workbook.newWorksheet("领导干部谈话"), content.quota());
      }
      if (content.followUps() != null) {
        followUps(workbook.newWorksheet("整改事项"), content.followUps());
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void people(Worksheet sheet, List<TalkCoverage.View> years) {
    List<String> header = new ArrayList<>(List.of("姓名", "账号", "所在支部"));
    years.forEach(y -> header.add(y.year() + " 年"));
    header(sheet, header, 10, 14, 24);
    Map<String, TalkCoverage.Person> people = new LinkedHashMap<>();
    List<Map<String, TalkCoverage.Status>> statuses = new ArrayList<>();
    for (TalkCoverage.View year : years) {
      Map<String, TalkCoverage.Status> ofYear = new HashMap<>();
      year.people().forEach(p -> ofYear.put(p.username(), p.status()));
      year.people().forEach(p -> people.put(p.username(), p));
      statuses.add(ofYear);
    }
    int r = 1;
    for (TalkCoverage.Person person : people.values()) {
      sheet.value(r, 0, person.name());
      sheet.value(r, 1, person.username());
      sheet.value(r, 2, person.branch().name());
      for (int c = 0; c < statuses.size(); c++) {
        TalkCoverage.Status status = statuses.get(c).get(person.username());
        sheet.value(r, 3 + c, status == null ? "—" : STATUS_LABELS.get(status));
      }
      r++;
    }
  }

  private static void branches(Worksheet sheet, TalkCoverage.View year) {
    header(
        sheet,
        List.of("支部（" + year.year() + " 年）", "应谈人数", "已谈", "逾期", "已计划", "未安排", "覆盖率"),
        24,
        10,
        8,
        8,
        8,
        8,
        10);
    int r = 1;
    for (TalkCoverage.Branch b : year.branches()) {
      sheet.value(r, 0, b.name());
      sheet.value(r, 1, b.members());
      sheet.value(r, 2, b.held());
      sheet.value(r, 3, b.overdue());
      sheet.value(r, 4, b.planned());
      sheet.value(r, 5, b.none());
      sheet.value(r, 6, b.members() == 0 ? 0 : (double) b.held() / b.members());
      sheet.style(r, 6).format("0.0%").set();
      r++;
    }
  }

  private static void quota(Worksheet sheet, TalkQuota.View quota) {
    header(
        sheet,
        List.of("领导", "分管部门", "干部", "已谈（" + quota.year() + " 年）", "应谈", "逾期", "已计划", "达标"),
        10,
        24,
        10,
        12,
        8,
        8,
        8,
        8);
    int r = 1;
    for (TalkQuota.Leader leader : quota.leaders()) {
      for (TalkQuota.Cadre cadre : leader.people()) {
        sheet.value(r, 0, leader.name());
        sheet.value(r, 1, leader.org().name());
        sheet.value(r, 2, cadre.name());
        sheet.value(r, 3, cadre.held());
        sheet.value(r, 4, quota.quota());
        sheet.value(r, 5, cadre.overdue());
        sheet.value(r, 6, cadre.planned());
        sheet.value(r, 7, cadre.held() >= quota.quota() ? "是" : "否");
        r++;
      }
    }
  }

  private static void followUps(Worksheet sheet, OpenFollowUps.View view) {
    header(
        sheet,
        List.of("问题", "责任人", "所在支部", "来源", "提出日期", "完成时限", "已开天数", "是否逾期"),
        30,
        10,
        24,
        24,
        12,
        12,
        10,
        10);
    int r = 1;
    for (OpenFollowUps.Item item : view.items()) {
      sheet.value(r, 0, item.title());
      sheet.value(r, 1, item.ownerName());
      sheet.value(r, 2, item.branch().name());
      sheet.value(r, 3, item.source());
      sheet.value(r, 4, item.openedAt().atZone(ClockConfig.ZONE).toLocalDate());
      sheet.style(r, 4).format("yyyy-mm-dd").set();
      if (item.deadline() != null) {
        sheet.value(r, 5, item.deadline());
        sheet.style(r, 5).format("yyyy-mm-dd").set();
      }
      sheet.value(r, 6, item.ageDays());
      sheet.value(r, 7, item.overdue() ? "已逾期" : "");
      r++;
    }
  }
}
