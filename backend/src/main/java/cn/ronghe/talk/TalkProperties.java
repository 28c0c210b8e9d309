package cn.ronghe.talk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 谈心谈话 settings ({@code ronghe.talk.*}); the quotas and the time limit of a must-talk event are
 * rules the administrator may change ({@link cn.ronghe.settings.Rule}).
 *
 * @param yearlyPlan whether the plan runs by itself on 1 January
 */
@ConfigurationProperties("ronghe.talk")
record TalkProperties(@DefaultValue("true") boolean yearlyPlan) {}
