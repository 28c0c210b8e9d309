package cn.ronghe.talk;

import static cn.ronghe.system.Settings.requireBetween;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 谈心谈话 settings ({@code ronghe.talk.*}).
 *
 * @param yearlyPlan whether the plan runs by itself on 1 January
 * @param memberQuota talks a year of the branch with each full or probationary member (≥ 1 by the
 *     regulation)
 * @param cadreQuota talks a year of a leader with each of their cadres (≥ 2 by the court's rule)
 * @param eventDueDays working days within which a must-talk event's talk is due, when the one who
 *     registers it gives no date
 */
@ConfigurationProperties("ronghe.talk")
record TalkProperties(
    @DefaultValue("true") boolean yearlyPlan,
    @DefaultValue("1") int memberQuota,
    @DefaultValue("2") int cadreQuota,
    @DefaultValue("10") int eventDueDays) {

  static final int MAX_QUOTA = 12;

  TalkProperties {
    requireBetween("ronghe.talk.member-quota", memberQuota, 1, MAX_QUOTA);
    requireBetween("ronghe.talk.cadre-quota", cadreQuota, 1, MAX_QUOTA);
    requireBetween("ronghe.talk.event-due-days", eventDueDays, 1, 90);
  }
}
