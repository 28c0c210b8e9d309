package cn.ronghe.membership;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ronghe.support.ApplicationTest;
import cn.ronghe.system.ApiException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The development target's public notice lasts at least 5 working days, counted with the
 * working-day calendar as seeded for 2025: National Day 1–8 October off, Sunday 28 September and
 * Saturday 11 October make-up workdays.
 */
@ApplicationTest
class IntakeNoticeTest {

  @Autowired IntakeService intakes;

  @Test
  void fourWorkingDaysAcrossNationalDayAreRefused() {
    // Sun 28 Sep (make-up), Mon 29, Tue 30, [1–8 Oct off], Thu 9 Oct: 4
    assertRefused(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 9), "只有 4 个工作日");
  }

  @Test
  void fiveWorkingDaysAcrossNationalDayAreAccepted() {
    // ... and Fri 10 Oct: 5
    assertAccepted(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 10));
    // Fri 26 Sep, [Sat 27 off], Sun 28 (make-up), Mon 29, Tue 30, [1–8 Oct off], Thu 9 Oct: 5
    assertAccepted(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 9));
  }

  @Test
  void aMakeUpSaturdayCountsAndTheHolidaysDoNot() {
    // Thu 9, Fri 10, Sat 11 (make-up), [Sun 12 off], Mon 13: 4
    assertRefused(LocalDate.of(2025, 10, 9), LocalDate.of(2025, 10, 13), "只有 4 个工作日");
    // ... and Tue 14: 5
    assertAccepted(LocalDate.of(2025, 10, 9), LocalDate.of(2025, 10, 14));
    // the whole holiday plus Thu 9: 1
    assertRefused(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 9), "只有 1 个工作日");
  }

  @Test
  void anOrdinaryWeekIsFiveWorkingDaysAndAWeekendDoesNotCount() {
    assertAccepted(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 7));
    // Sat 1 Nov to Thu 6 Nov: Mon–Thu, 4
    assertRefused(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 6), "只有 4 个工作日");
  }

  private void assertAccepted(LocalDate start, LocalDate end) {
    assertThatCode(() -> intakes.checkNotice(start, end)).doesNotThrowAnyException();
  }

  private void assertRefused(LocalDate start, LocalDate end, String message) {
    assertThatThrownBy(() -> intakes.checkNotice(start, end))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.code())
                  .isEqualTo("rule.notice-five-working-days");
              org.assertj.core.api.Assertions.assertThat(e.errors().get(0).field())
                  .isEqualTo("noticeEndDate");
            })
        .hasMessageContaining(message);
  }
}
