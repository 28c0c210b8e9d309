package cn.ronghe.membership;

import cn.ronghe.org.MemberStatus;
import cn.ronghe.system.ClockConfig;
import cn.ronghe.system.Workbooks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The intake list as an Excel workbook: one sheet, a header row, one row per case. */
final class IntakeWorkbook {

  static final List<String> HEADER =
      List.of("申请人", "账号", "所在支部", "阶段", "当前步骤", "办理期限", "是否超期", "申请日期", "状态", "规则版本");

  private IntakeWorkbook() {}

  static byte[] of(List<IntakeViews.ListItem> items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Ronghe", "1.0");
      Worksheet sheet = workbook.newWorksheet("发展党员");
      Workbooks.header(sheet, HEADER, 10, 14, 24, 14, 18, 18, 10, 12, 22, 16);
      int r = 1;
      for (IntakeViews.ListItem item : items) {
        sheet.value(r, 0, item.applicantName());
        sheet.value(r, 1, item.applicant());
        sheet.value(r, 2, item.branch().name());
        sheet.value(r, 3, MemberStatus.of(item.stage()).label());
        if (item.currentStep() != null) {
          sheet.value(r, 4, item.currentStep().name());
          if (item.currentStep().due() != null) {
            sheet.value(r, 5, item.currentStep().due().atZone(ClockConfig.ZONE).toLocalDateTime());
            sheet.style(r, 5).format("yyyy-mm-dd hh:mm").set();
          }
          sheet.value(r, 6, item.currentStep().overdue() ? "已超期" : "");
        }
        sheet.value(r, 7, item.applicationDate());
        sheet.style(r, 7).format("yyyy-mm-dd").set();
        sheet.value(r, 8, state(item));
        sheet.value(r, 9, "《发展党员工作细则》" + item.ruleSet());
        r++;
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String state(IntakeViews.ListItem item) {
    if (IntakeCase.OPEN.equals(item.state())) {
      return "进行中";
    }
    String outcome = item.outcome() == null ? null : OUTCOMES.get(item.outcome());
    return outcome == null ? "已结束" : "已结束：" + outcome;
  }

  /** How a case ended, in words. */
  private static final Map<String, String> OUTCOMES =
      Map.of(
          IntakeService.OUTCOME_NOT_ACTIVIST, "暂不列为入党积极分子",
          IntakeService.OUTCOME_ACTIVIST_DROPPED, "取消入党积极分子资格",
          IntakeService.OUTCOME_POLITICAL_REVIEW_FAILED, "政治审查未通过",
          AdmissionService.OUTCOME_VOTE_LOST, "支部大会未通过",
          AdmissionService.OUTCOME_NOT_APPROVED, "上级党委未批准",
          AdmissionService.OUTCOME_CANCELLED, "取消预备党员资格",
          AdmissionService.OUTCOME_CONVERTED, "已转为正式党员");
}
