package cn.ronghe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoDataLoaderTest {

  @Test
  void idNumbersCarryTheBirthDateAndAValidCheckCharacter() {
    String id = DemoDataLoader.idNumber(LocalDate.of(1975, 4, 12), 1, "M");

    assertThat(id).hasSize(18).startsWith("11010519750412");
    assertThat(checkCharacterIsValid(id)).isTrue();
  }

  @Test
  void theSequenceDigitIsOddForMenAndEvenForWomen() {
    char man = DemoDataLoader.idNumber(LocalDate.of(1990, 1, 1), 7, "M").charAt(16);
    char woman = DemoDataLoader.idNumber(LocalDate.of(1990, 1, 1), 7, "F").charAt(16);

    assertThat((man - '0') % 2).isEqualTo(1);
    assertThat((woman - '0') % 2).isZero();
  }

  @Test
  void theOfficialSampleNumberPassesTheSameCheck() {
    assertThat(checkCharacterIsValid("11010519491231002X")).isTrue();
    assertThat(checkCharacterIsValid("110105194912310021")).isFalse();
  }

  /** GB 11643: the weighted sum of all 18 characters (X = 10) is 1 modulo 11. */
  private static boolean checkCharacterIsValid(String id) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, 1};
    int sum = 0;
    for (int i = 0; i < 18; i++) {
      char c = id.charAt(i);
      sum += (c == 'X' ? 10 : c - '0') * weights[i];
    }
    return sum % 11 == 1;
  }
}
