package cn.ronghe.attachment;

import cn.ronghe.system.ApiException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A file as uploaded and checked: its name without any path, the type it is served as (by an
 * allowed extension whose content it matches), its SHA-256. A file that fails is a 400 naming
 * {@code file}. Every upload of Ronghe goes through here: case attachments, typical cases' files.
 */
public record UploadedFile(String name, String contentType, byte[] content, String sha256) {

  public static final long MAX_BYTES = 20L * 1024 * 1024;

  /** Allowed extensions, with the content type they are served as. */
  static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("pdf", "application/pdf"),
          Map.entry("ofd", "application/ofd"),
          Map.entry("doc", "application/msword"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("xls", "application/vnd.ms-excel"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry("ppt", "application/vnd.ms-powerpoint"),
          Map.entry(
              "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
          Map.entry("wps", "application/vnd.ms-works"),
          Map.entry("txt", "text/plain"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("png", "image/png"),
          Map.entry("zip", "application/zip"));

  /** The file checked: allowed type, not empty, at most 20 MB, content matching its extension. */
  public static UploadedFile check(String fileName, byte[] content) {
    String name = cleanName(fileName);
    String extension = extension(name);
    String type = TYPES.get(extension);
    if (type == null) {
      throw ApiException.invalidField(
          "file",
          "不支持的文件类型: ."
              + extension
              + "（允许: "
              + String.join("、", TYPES.keySet().stream().sorted().toList())
              + "）");
    }
    if (content == null || content.length == 0) {
      throw ApiException.invalidField("file", "文件是空的");
    }
    if (content.length > MAX_BYTES) {
      throw ApiException.invalidField("file", "文件不能超过 20 MB");
    }
    if (!FileSignatures.matches(extension, content)) {
      throw ApiException.invalidField("file", "文件内容与扩展名 ." + extension + " 不符");
    }
    return new UploadedFile(name, type, content, sha256(content));
  }

  /** The name without any path a browser may send, and without control characters. */
  static String cleanName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      throw ApiException.invalidField("file", "缺少文件名");
    }
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty() || name.length() > 200) {
      throw ApiException.invalidField("file", "文件名为空或超过 200 个字符");
    }
    return name;
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
