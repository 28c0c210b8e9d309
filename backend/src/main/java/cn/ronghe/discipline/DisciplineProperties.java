package cn.ronghe.discipline;

import static cn.ronghe.system.Settings.requireBetween;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 问题线索处置 settings ({@code ronghe.discipline.*}).
 *
 * @param verificationMonths calendar months a verification team has for its report (a local
 *     practice, not a regulation: 2 by default)
 */
@ConfigurationProperties("ronghe.discipline")
record DisciplineProperties(@DefaultValue("2") int verificationMonths) {

  DisciplineProperties {
    requireBetween("ronghe.discipline.verification-months", verificationMonths, 1, 12);
  }
}
