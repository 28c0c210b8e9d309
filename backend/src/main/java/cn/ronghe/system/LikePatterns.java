package cn.ronghe.system;

/**
 * LIKE patterns from what a user typed: their {@code %}, {@code _} and {@code \} are literal
 * characters (escaped with a backslash, the default escape of H2 and MySQL, so queries need no
 * ESCAPE clause).
 */
public final class LikePatterns {

  private LikePatterns() {}

  /** Matches any text containing the typed text. */
  public static String containing(String typed) {
    return "%" + literal(typed) + "%";
  }

  /** Matches any text starting with the typed text. */
  public static String startingWith(String typed) {
    return literal(typed) + "%";
  }

  private static String literal(String typed) {
    return typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
