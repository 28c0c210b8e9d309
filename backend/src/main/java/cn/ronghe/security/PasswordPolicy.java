package cn.ronghe.security;

import cn.ronghe.system.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The password rule: 10 to 64 characters and at most 72 bytes in UTF-8 (BCrypt's limit), at least
 * three of upper case, lower case, digits and symbols, and not containing the username.
 */
@Component
public class PasswordPolicy {

  static final int MIN_LENGTH = 10;
  static final int MAX_BYTES = 72;

  /** Refuses a password that breaks the rule, naming the field and the part of the rule. */
  public void check(String field, String username, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw ApiException.invalidField(field, "密码至少 " + MIN_LENGTH + " 位");
    }
    if (password.length() > 64) {
      throw ApiException.invalidField(field, "密码最多 64 位");
    }
    // BCrypt reads at most 72 bytes and refuses more: 24 Chinese characters are 72 bytes.
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw ApiException.invalidField(field, "密码最多 " + MAX_BYTES + " 字节（一个汉字占 3 字节）");
    }
    int classes = 0;
    if (password.chars().anyMatch(Character::isUpperCase)) classes++;
    if (password.chars().anyMatch(Character::isLowerCase)) classes++;
    if (password.chars().anyMatch(Character::isDigit)) classes++;
    if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) classes++;
    if (classes < 3) {
      throw ApiException.invalidField(field, "密码须包含大写字母、小写字母、数字、符号中的至少三类");
    }
    if (username != null
        && !username.isBlank()
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      throw ApiException.invalidField(field, "密码不能包含用户名");
    }
  }
}
