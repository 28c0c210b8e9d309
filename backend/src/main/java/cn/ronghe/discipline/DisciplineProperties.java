package cn.ronghe.discipline;

import static cn.ronghe.system.Settings.requireBetween;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 问题线索处置 settings ({@code ronghe.discipline.*}).
 *
 * @param verificationMonths calendar months a verification team has for its report (a local
 *     practice, not a regulation: 2 by default)
 * @param reviewDays calendar days a case's review (立案审查) has from its opening (about 90 days by the
 *     rules; 90 by default)
 * @param maxExtensionDays the longest extension of the review the head may approve at once (90)
 * @param executionMonths calendar months to report a sanction's execution (6, by the rules)
 * @param appealWindowMonths calendar months after the decision in which an appeal is registered (1
 *     by default: a local practice; the regulation gives the appeal's decision 3 months)
 * @param appealMonths calendar months to decide an appeal from its receipt (3, by the rules)
 */
@ConfigurationProperties("ronghe.discipline")
record DisciplineProperties(
    @DefaultValue("2") int verificationMonths,
    @DefaultValue("90") int reviewDays,
    @DefaultValue("90") int maxExtensionDays,
    @DefaultValue("6") int executionMonths,
    @DefaultValue("1") int appealWindowMonths,
    @DefaultValue("3") int appealMonths) {

  DisciplineProperties {
    requireBetween("ronghe.discipline.verification-months", verificationMonths, 1, 12);
    requireBetween("ronghe.discipline.review-days", reviewDays, 1, 365);
    requireBetween("ronghe.discipline.max-extension-days", maxExtensionDays, 1, 365);
    requireBetween("ronghe.discipline.execution-months", executionMonths, 1, 24);
    requireBetween("ronghe.discipline.appeal-window-months", appealWindowMonths, 1, 12);
    requireBetween("ronghe.discipline.appeal-months", appealMonths, 1, 12);
  }
}
