package cn.ronghe.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ronghe.system.ApiException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void acceptsTheDemoPassword() {
    assertThatCode(() -> policy.check("password", "liqiang", "Ronghe@2026"))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesShortPasswords() {
    assertThatThrownBy(() -> policy.check("password", "liqiang", "Ab@12345"))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("至少 10 位");
  }

  @Test
  void refusesPasswordsWithFewerThanThreeKindsOfCharacter() {
    assertThatThrownBy(() -> policy.check("password", "liqiang", "abcdefghij12"))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("至少三类");
  }

  @Test
  void refusesPasswordsContainingTheUsername() {
    assertThatThrownBy(() -> policy.check("newPassword", "liqiang", "LiQiang@2026"))
        .isInstanceOf(ApiException.class)
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(((ApiException) e).errors())
                    .extracting(ApiException.FieldProblem::field)
                    .containsExactly("newPassword"));
  }

  @Test
  void refusesPasswordsLongerThanTheSeventyTwoBytesBCryptReads() {
    String atLimit = "Aa1" + "密".repeat(23); // 26 characters, 72 bytes in UTF-8

    assertThatCode(() -> policy.check("newPassword", "liqiang", atLimit))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.check("newPassword", "liqiang", atLimit + "密"))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("72 字节");
  }
}
