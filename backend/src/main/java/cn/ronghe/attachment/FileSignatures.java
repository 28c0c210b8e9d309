package cn.ronghe.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Checks that a file's first bytes fit its extension, so an executable cannot be uploaded renamed
 * as a document. Formats without a fixed signature (txt, ofd is zip) are checked for what they must
 * not be.
 */
final class FileSignatures {

  private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  /** Old Office and WPS documents: the OLE2 compound file header. */
  private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private FileSignatures() {}

  static boolean matches(String extension, byte[] content) {
    return switch (extension) {
      case "pdf" -> startsWith(content, PDF);
      case "png" -> startsWith(content, PNG);
      case "jpg", "jpeg" -> startsWith(content, JPEG);
      case "docx", "xlsx", "pptx", "zip", "ofd" -> startsWith(content, ZIP);
      case "doc", "xls", "ppt", "wps" -> startsWith(content, OLE);
      case "txt" -> isText(content);
      default -> false;
    };
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length
        && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** No NUL bytes in the first 8 KiB: not a binary. */
  private static boolean isText(byte[] content) {
    int n = Math.min(content.length, 8192);
    for (int i = 0; i < n; i++) {
      if (content[i] == 0) {
        return false;
      }
    }
    return true;
  }
}
