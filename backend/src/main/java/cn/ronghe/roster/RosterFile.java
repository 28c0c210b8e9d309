package cn.ronghe.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of an Excel roster, read as text: its 组织 sheet (optional) and its 人员 sheet. Columns are
 * found by their header, in any order; empty rows are skipped. What cannot be read as the column
 * wants (a date that is no date, an ID number typed as a number) is a {@link RowError}.
 */
record RosterFile(List<OrgLine> orgs, List<PersonLine> people, List<RowError> errors) {

  static final String ORG_SHEET = "组织";
  static final String PEOPLE_SHEET = "人员";
  static final String GUIDE_SHEET = "填写说明";

  static final String ORG_CODE = "组织编码";
  static final String ORG_NAME = "组织名称";
  static final String ORG_TYPE = "类型";
  static final String ORG_PARENT = "上级组织编码";
  static final String ORG_SORT = "排序";
  static final List<String> ORG_COLUMNS =
      List.of(ORG_CODE, ORG_NAME, ORG_TYPE, ORG_PARENT, ORG_SORT);

  static final String NAME = "姓名";
  static final String GENDER = "性别";
  static final String ID_NUMBER = "公民身份号码";
  static final String ORG = "所在组织编码";
  static final String POST = "职务";
  static final String HIRED_ON = "入职日期";
  static final String STATUS = "政治面貌";
  static final String STATUS_SINCE = "政治面貌日期";
  static final List<String> PEOPLE_COLUMNS =
      List.of(NAME, GENDER, ID_NUMBER, ORG, POST, HIRED_ON, STATUS, STATUS_SINCE);

  static final int MAX_ORG_ROWS = 500;
  static final int MAX_PEOPLE_ROWS = 5000;

  /** An organisation row; {@code row} is the row's number in Excel (the header is row 1). */
  record OrgLine(int row, String code, String name, String type, String parentCode, Integer sort) {}

  /** A person row, its dates read (null when empty or unreadable, the error then recorded). */
  record PersonLine(
      int row,
      String name,
      String gender,
      String idNumber,
      String orgCode,
      String post,
      LocalDate hiredOn,
      String status,
      LocalDate statusSince) {}

  /**
   * Reads the workbook.
   *
   * @throws IllegalArgumentException when the bytes are not an Excel workbook (.xlsx)
   */
  static RosterFile read(byte[] bytes) {
    if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
      throw new IllegalArgumentException("不是 Excel 工作簿（.xlsx）");
    }
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      List<RowError> errors = new ArrayList<>();
      List<OrgLine> orgs = new ArrayList<>();
      List<PersonLine> people = new ArrayList<>();
      Optional<Sheet> orgSheet = workbook.findSheet(ORG_SHEET);
      if (orgSheet.isPresent()) {
        readSheet(
            orgSheet.get(), ORG_COLUMNS, MAX_ORG_ROWS, errors, (cells) -> orgs.add(org(cells)));
      }
      Optional<Sheet> peopleSheet = workbook.findSheet(PEOPLE_SHEET);
      if (peopleSheet.isEmpty()) {
        errors.add(new RowError(PEOPLE_SHEET, 1, null, "缺少工作表“人员”，请使用下载的模板"));
      } else {
        readSheet(
            peopleSheet.get(),
            PEOPLE_COLUMNS,
            MAX_PEOPLE_ROWS,
            errors,
            (cells) -> people.add(person(cells)));
      }
      return new RosterFile(orgs, people, errors);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("无法读取该 Excel 文件：" + e.getMessage(), e);
    }
  }

  /** One data row of a sheet: its cells by column header, and where to record what is wrong. */
  static final class Cells {
    private final String sheet;
    private final Row row;
    private final Map<String, Integer> columns;
    private final List<RowError> errors;

    Cells(String sheet, Row row, Map<String, Integer> columns, List<RowError> errors) {
      this.sheet = sheet;
      this.row = row;
      this.columns = columns;
      this.errors = errors;
    }

    int rowNum() {
      return row.getRowNum();
    }

    Optional<Cell> cell(String column) {
      Integer index = columns.get(column);
      return index == null ? Optional.empty() : row.getOptionalCell(index);
    }

    /** The text of the cell, trimmed; null when empty. A whole number is written without ".0". */
    String text(String column) {
      Optional<Cell> cell = cell(column);
      if (cell.isEmpty() || cell.get().getType() == CellType.EMPTY) {
        return null;
      }
      Cell c = cell.get();
      String text;
      if (c.getType() == CellType.NUMBER) {
        BigDecimal number = c.asNumber();
        text = number.stripTrailingZeros().toPlainString();
      } else {
        text = c.getText();
      }
      text = text == null ? null : text.strip();
      return text == null || text.isEmpty() ? null : text;
    }

    /** Text that must have been typed as text: a long number in Excel has lost its last digits. */
    String textOnly(String column, String whyText) {
      Optional<Cell> cell = cell(column);
      if (cell.isPresent() && cell.get().getType() == CellType.NUMBER) {
        error(column, whyText);
        return null;
      }
      return text(column);
    }

    /** A date: an Excel date, or text as 2024-03-01, 2024/3/1 or 2024.3.1. */
    LocalDate date(String column) {
      Optional<Cell> cell = cell(column);
      if (cell.isPresent() && cell.get().getType() == CellType.NUMBER) {
        try {
          return cell.get().asDate().toLocalDate();
        } catch (RuntimeException e) {
          error(column, "不是日期");
          return null;
        }
      }
      String text = text(column);
      if (text == null) {
        return null;
      }
      String[] parts = text.split("[-/.年月日]");
      try {
        if (parts.length == 3) {
          return LocalDate.of(
              Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        }
        return LocalDate.parse(text);
      } catch (NumberFormatException | java.time.DateTimeException e) {
        error(column, "日期“" + text + "”无法识别，请写作 2024-03-01");
        return null;
      }
    }

    void error(String column, String message) {
      errors.add(new RowError(sheet, row.getRowNum(), column, message));
    }
  }

  private static OrgLine org(Cells cells) {
    String sortText = cells.text(ORG_SORT);
    Integer sort = null;
    if (sortText != null) {
      try {
        sort = Integer.valueOf(sortText);
      } catch (NumberFormatException e) {
        cells.error(ORG_SORT, "排序应为整数");
      }
    }
    return new OrgLine(
        cells.rowNum(),
        cells.text(ORG_CODE),
        cells.text(ORG_NAME),
        cells.text(ORG_TYPE),
        cells.text(ORG_PARENT),
        sort);
  }

  private static PersonLine person(Cells cells) {
    return new PersonLine(
        cells.rowNum(),
        cells.text(NAME),
        cells.text(GENDER),
        cells.textOnly(ID_NUMBER, "公民身份号码须以文本填写（以数字输入会丢失末几位），请将该列设为“文本”后重新填写"),
        cells.text(ORG),
        cells.text(POST),
        cells.date(HIRED_ON),
        cells.text(STATUS),
        cells.date(STATUS_SINCE));
  }

  private static void readSheet(
      Sheet sheet,
      List<String> wanted,
      int maxRows,
      List<RowError> errors,
      java.util.function.Consumer<Cells> each)
      throws IOException {
    String name = sheet.getName();
    try (Stream<Row> rows = sheet.openStream()) {
      Map<String, Integer> columns = null;
      int count = 0;
      for (Row row : (Iterable<Row>) rows::iterator) {
        if (columns == null) {
          Map<String, Integer> found = header(row);
          columns = found;
          List<String> missing = wanted.stream().filter(c -> !found.containsKey(c)).toList();
          if (!missing.isEmpty()) {
            errors.add(
                new RowError(
                    name,
                    row.getRowNum(),
                    null,
                    "表头缺少列：" + String.join("、", missing) + "，请使用下载的模板"));
            return;
          }
          continue;
        }
        if (blank(row)) {
          continue;
        }
        if (++count > maxRows) {
          errors.add(new RowError(name, row.getRowNum(), null, "一次最多导入 " + maxRows + " 行"));
          return;
        }
        each.accept(new Cells(name, row, columns, errors));
      }
      if (columns == null) {
        errors.add(new RowError(name, 1, null, "工作表为空，请使用下载的模板"));
      }
    }
  }

  private static Map<String, Integer> header(Row row) {
    Map<String, Integer> columns = new HashMap<>();
    for (Cell cell : row) {
      if (cell != null && cell.getType() == CellType.STRING) {
        columns.putIfAbsent(cell.asString().strip(), cell.getColumnIndex());
      }
    }
    return columns;
  }

  private static boolean blank(Row row) {
    for (Cell cell : row) {
      if (cell != null
          && cell.getType() != CellType.EMPTY
          && cell.getText() != null
          && !cell.getText().isBlank()) {
        return false;
      }
    }
    return true;
  }
}
