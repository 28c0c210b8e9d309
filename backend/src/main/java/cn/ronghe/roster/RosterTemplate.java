package cn.ronghe.roster;

import static cn.ronghe.system.Workbooks.header;

import cn.ronghe.org.MemberStatus;
import cn.ronghe.org.OrgMapper;
import cn.ronghe.org.OrgMapper.OrgState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * The roster template (人员名册模板.xlsx): an empty 人员 sheet whose ID number column is text, the 组织 sheet
 * filled with the organisations as they are, and a sheet that explains every column.
 */
@Component
class RosterTemplate {

  static final String FILE_NAME = "人员名册模板.xlsx";

  /** Rows of the 人员 sheet formatted as text in the ID number column, ready to be filled. */
  private static final int TEXT_ROWS = 2000;

  private final OrgMapper orgs;

  RosterTemplate(OrgMapper orgs) {
    this.orgs = orgs;
  }

  byte[] workbook() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Ronghe", "1.0");
      people(workbook.newWorksheet(RosterFile.PEOPLE_SHEET));
      organisations(workbook.newWorksheet(RosterFile.ORG_SHEET));
      guide(workbook.newWorksheet(RosterFile.GUIDE_SHEET));
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void people(Worksheet sheet) {
    header(sheet, RosterFile.PEOPLE_COLUMNS, 10, 6, 22, 20, 20, 12, 14, 14);
    int idColumn = RosterFile.PEOPLE_COLUMNS.indexOf(RosterFile.ID_NUMBER);
    sheet.range(1, idColumn, TEXT_ROWS, idColumn).style().format("@").set();
  }

  private void organisations(Worksheet sheet) {
    header(sheet, RosterFile.ORG_COLUMNS, 20, 28, 10, 20, 8);
    List<OrgState> all = orgs.selectAllStates().stream().filter(OrgState::active).toList();
    Map<Long, String> codes = all.stream().collect(Collectors.toMap(OrgState::id, OrgState::code));
    Map<String, String> labels =
        RosterPlanner.ORG_TYPES.entrySet().stream()
            .collect(Collectors.toMap(e -> e.getValue().name(), Map.Entry::getKey));
    int row = 1;
    for (OrgState org : all) {
      sheet.value(row, 0, org.code());
      sheet.value(row, 1, org.name());
      sheet.value(row, 2, labels.getOrDefault(org.type(), org.type()));
      if (org.parentId() != null) {
        sheet.value(row, 3, codes.get(org.parentId()));
      }
      sheet.value(row, 4, org.sortOrder());
      row++;
    }
  }

  private static void guide(Worksheet sheet) {
    header(sheet, List.of("工作表", "列", "填写要求"), 10, 16, 90);
    String statuses =
        RosterPlanner.ROSTER_STATUSES.stream()
            .map(MemberStatus::label)
            .collect(Collectors.joining("、"));
    String types = String.join("、", RosterPlanner.ORG_TYPES.keySet().stream().sorted().toList());
    List<List<String>> lines =
        List.of(
            List.of("全部", "", "组织按“组织编码”、人员按“公民身份号码”对应：同一名册再次导入不会重复。留空的单元格不修改已有信息。"),
            List.of("全部", "", "先检查全部行，有任何错误时不导入任何数据，并列出每行的问题；导入在一个事务中完成，失败时不留下任何部分数据。"),
            List.of("人员", RosterFile.NAME, "必填，最多 50 个字。"),
            List.of("人员", RosterFile.GENDER, "必填：男 或 女，须与公民身份号码一致。"),
            List.of("人员", RosterFile.ID_NUMBER, "必填，18 位，末位可为 X；本列已设为文本格式，请勿改为数字（数字会丢失末几位）。"),
            List.of("人员", RosterFile.ORG, "必填：“组织”表或系统中已有组织的编码，通常为党支部或党小组。"),
            List.of("人员", RosterFile.POST, "选填，最多 100 个字。"),
            List.of("人员", RosterFile.HIRED_ON, "选填，日期，如 2024-03-01，不晚于今天。"),
            List.of(
                "人员", RosterFile.STATUS, "选填：" + statuses + "。新人员留空为群众；发展党员流程进行中的人员请留空（由流程变更）。"),
            List.of("人员", RosterFile.STATUS_SINCE, "政治面貌变化时必填：取得该面貌的日期（如入党日期、转正日期）。"),
            List.of("组织", RosterFile.ORG_CODE, "必填，字母、数字、下划线或连字符，最多 64 位；已撤销组织的编码不能再用。"),
            List.of("组织", RosterFile.ORG_NAME, "必填，最多 100 个字。"),
            List.of("组织", RosterFile.ORG_TYPE, "必填：" + types + "。"),
            List.of("组织", RosterFile.ORG_PARENT, "机关党委不填；机关纪委、党支部填机关党委的编码；党小组填所属党支部的编码。"),
            List.of("组织", RosterFile.ORG_SORT, "选填，整数，同级组织按此排序。"));
    int row = 1;
    for (List<String> line : lines) {
      for (int c = 0; c < line.size(); c++) {
        sheet.value(row, c, line.get(c));
      }
      sheet.style(row, 2).wrapText(true).set();
      row++;
    }
  }
}
