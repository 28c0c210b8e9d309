package cn.ronghe.system;

import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What every Excel export shares: the header row's look and the download's headers. */
public final class Workbooks {

  public static final MediaType MEDIA_TYPE =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private Workbooks() {}

  /** A bold, shaded, frozen first row; widths in characters, 10 where none is given. */
  public static void header(Worksheet sheet, List<String> header, int... widths) {
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, header.get(c));
      sheet.width(c, c < widths.length ? widths[c] : 10);
    }
    sheet.range(0, 0, 0, header.size() - 1).style().bold().fillColor("F2DCDB").set();
    sheet.freezePane(0, 1);
  }

  /** The workbook as a download named {@code filename}. */
  public static ResponseEntity<byte[]> download(String filename, byte[] workbook) {
    return Downloads.attachment(filename, MEDIA_TYPE, workbook);
  }
}
