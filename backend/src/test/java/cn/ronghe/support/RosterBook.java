package cn.ronghe.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** An Excel roster as a clerk fills in the template: rows of text under the template's headers. */
public final class RosterBook {

  static final List<String> PEOPLE_COLUMNS =
      List.of("姓名", "性别", "公民身份号码", "所在组织编码", "职务", "入职日期", "政治面貌", "政治面貌日期");
  static final List<String> ORG_COLUMNS = List.of("组织编码", "组织名称", "类型", "上级组织编码", "排序");

  private final List<List<Object>> orgs = new ArrayList<>();
  private final List<List<Object>> people = new ArrayList<>();

  /** 组织编码 · 组织名称 · 类型 · 上级组织编码 · 排序 */
  public RosterBook org(Object... cells) {
    orgs.add(java.util.Arrays.asList(cells));
    return this;
  }

  /** 姓名 · 性别 · 公民身份号码 · 所在组织编码 · 职务 · 入职日期 · 政治面貌 · 政治面貌日期 */
  public RosterBook person(Object... cells) {
    people.add(java.util.Arrays.asList(cells));
    return this;
  }

  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "test", "1.0");
      sheet(workbook.newWorksheet("人员"), PEOPLE_COLUMNS, people);
      sheet(workbook.newWorksheet("组织"), ORG_COLUMNS, orgs);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void sheet(Worksheet sheet, List<String> header, List<List<Object>> rows) {
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, header.get(c));
    }
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        Object value = row.get(c);
        if (value instanceof Number number) {
          sheet.value(r + 1, c, number);
        } else if (value instanceof java.time.LocalDate date) {
          sheet.value(r + 1, c, date);
          sheet.style(r + 1, c).format("yyyy-mm-dd").set();
        } else if (value != null) {
          sheet.value(r + 1, c, value.toString());
        }
      }
    }
  }
}
