package cn.ronghe.org;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Resident ID numbers (公民身份号码, GB 11643): six digits of region, the birth date as yyyymmdd, a
 * three-digit sequence whose last digit is odd for men and even for women, and the ISO 7064 MOD
 * 11-2 check character (a digit or X).
 */
public final class IdNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  private IdNumbers() {}

  /** What is wrong with the number, in words a clerk understands; empty when it is well-formed. */
  public static Optional<String> problem(String number) {
    if (number == null || number.isBlank()) {
      return Optional.of("请填写公民身份号码");
    }
    if (!number.matches("\\d{17}[\\dX]")) {
      return Optional.of("公民身份号码应为 18 位（前 17 位为数字，最后一位为数字或 X）");
    }
    if (birthDate(number).isEmpty()) {
      return Optional.of("公民身份号码中的出生日期不存在");
    }
    if (number.charAt(17) != checkCharacter(number)) {
      return Optional.of("公民身份号码校验位错误，请核对");
    }
    return Optional.empty();
  }

  /** The number as stored: trimmed, a lower-case check x in upper case. */
  public static String normalized(String number) {
    return number == null ? null : number.strip().toUpperCase(java.util.Locale.ROOT);
  }

  /** The birth date the number holds, if it is a real date. */
  public static Optional<LocalDate> birthDate(String number) {
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(number.substring(6, 10)),
              Integer.parseInt(number.substring(10, 12)),
              Integer.parseInt(number.substring(12, 14))));
    } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** M or F, from the parity of the sequence's last digit. */
  public static String gender(String number) {
    return (number.charAt(16) - '0') % 2 == 1 ? "M" : "F";
  }

  /** A well-formed number for the region, birth date, sequence (0–499) and gender. */
  public static String of(String region, LocalDate birth, int sequence, String gender) {
    int seq = sequence * 2 + ("M".equals(gender) ? 1 : 0);
    String body = region + birth.toString().replace("-", "") + String.format("%03d", seq % 1000);
    return body + checkCharacter(body);
  }

  private static char checkCharacter(String number) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }
}
