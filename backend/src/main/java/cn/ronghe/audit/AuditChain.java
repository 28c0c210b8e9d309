package cn.ronghe.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain over the audit trail: seal n holds {@code SHA-256(hash(n-1) ‖ event n)}, the first
 * seal's predecessor being {@link #GENESIS}. An event enters as its fields, each written as its
 * length and its text (null as {@code -1}), so that no two different events read the same.
 */
final class AuditChain {

  static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  static String next(String previous, AuditEvent event) {
    StringBuilder text = new StringBuilder(previous);
    field(text, String.valueOf(event.id()));
    field(text, event.occurredAt() == null ? null : event.occurredAt().toString());
    field(text, event.actor());
    field(text, event.action());
    field(text, event.objectType());
    field(text, event.objectId());
    field(text, event.detail());
    field(text, event.remoteAddr());
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(text.toString().getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void field(StringBuilder text, String value) {
    if (value == null) {
      text.append("-1:");
    } else {
      text.append(value.length()).append(':').append(value);
    }
  }
}
