package cn.ronghe.system;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The Chinese font PDF reports are written in: {@code ronghe.pdf.font} (a TrueType or OpenType
 * file, {@code file.ttc,index} for a collection), else the first of the usual system fonts found
 * (Debian's {@code fonts-noto-cjk}, which the Docker image installs). The font is embedded, subset,
 * so a report reads the same on every reader. Without one, a report is a 503 that says so.
 */
@Component
public class PdfFonts {

  private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

  /** Noto Sans CJK: index 2 of the collection is the Simplified Chinese face. */
  static final List<String> SYSTEM_FONTS =
      List.of(
          "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
          "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,2",
          "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc,2",
          "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
          "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0");

  private final String configured;
  private volatile BaseFont font;

  PdfFonts(@Value("${ronghe.pdf.font:}") String configured) {
    this.configured = configured.isBlank() ? null : configured.strip();
  }

  /** The font file to use, if there is one. */
  Optional<String> location() {
    List<String> candidates = configured != null ? List.of(configured) : SYSTEM_FONTS;
    return candidates.stream()
        .filter(c -> Files.isRegularFile(Path.of(c.replaceFirst(",\\d+$", ""))))
        .findFirst();
  }

  /** The embedded Chinese font, or a 503 naming what is missing. */
  public BaseFont chinese() {
    BaseFont loaded = font;
    if (loaded != null) {
      return loaded;
    }
    String location =
        location()
            .orElseThrow(
                () ->
                    new ApiException(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "pdf.font-missing",
                        configured != null
                            ? "找不到 ronghe.pdf.font 指定的字体文件：" + configured
                            : "服务器未安装中文字体（如 fonts-noto-cjk），无法生成 PDF，请联系系统管理员"));
    try {
      loaded = BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (Exception e) {
      log.error("PDF font {} cannot be read", location, e);
      throw new ApiException(
          HttpStatus.SERVICE_UNAVAILABLE, "pdf.font-missing", "中文字体文件无法读取：" + location);
    }
    font = loaded;
    return loaded;
  }
}
