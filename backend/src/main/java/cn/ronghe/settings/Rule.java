package cn.ronghe.settings;

/**
 * The rules an administrator may change while Ronghe runs: quotas, time limits, notice periods.
 * Each is named by the property that sets its default ({@code ronghe.talk.member-quota} in
 * application.yml or the environment), holds a whole number of its unit, and stays within its
 * bounds.
 */
public enum Rule {
  TALK_MEMBER_QUOTA("ronghe.talk.member-quota", "谈心谈话", "每名党员每年至少谈话", RuleUnit.TIMES, 1, 12, 1),
  TALK_CADRE_QUOTA(
      "ronghe.talk.cadre-quota", "谈心谈话", "领导干部每年与分管干部谈话，每人至少", RuleUnit.TIMES, 1, 12, 2),
  TALK_EVENT_DUE_DAYS(
      "ronghe.talk.event-due-days", "谈心谈话", "必谈事项发生后谈话期限", RuleUnit.WORKING_DAYS, 1, 90, 10),
  CAMPAIGN_NEW_STAFF_MONTHS(
      "ronghe.campaign.new-staff-months", "警示教育", "新入职干警：入职不满", RuleUnit.MONTHS, 1, 60, 12),
  DISCIPLINE_VERIFICATION_MONTHS(
      "ronghe.discipline.verification-months", "问题线索", "初步核实期限", RuleUnit.MONTHS, 1, 12, 2),
  DISCIPLINE_REVIEW_DAYS(
      "ronghe.discipline.review-days", "问题线索", "审查期限", RuleUnit.DAYS, 1, 365, 90),
  DISCIPLINE_MAX_EXTENSION_DAYS(
      "ronghe.discipline.max-extension-days", "问题线索", "审查期限最多延长", RuleUnit.DAYS, 1, 365, 90),
  DISCIPLINE_EXECUTION_MONTHS(
      "ronghe.discipline.execution-months", "问题线索", "处分执行情况报告期限", RuleUnit.MONTHS, 1, 24, 6),
  DISCIPLINE_APPEAL_WINDOW_MONTHS(
      "ronghe.discipline.appeal-window-months", "问题线索", "申诉期", RuleUnit.MONTHS, 1, 12, 1),
  DISCIPLINE_APPEAL_MONTHS(
      "ronghe.discipline.appeal-months", "问题线索", "申诉复查期限", RuleUnit.MONTHS, 1, 12, 3),
  REPORT_ESCALATE_AFTER_WORKING_DAYS(
      "ronghe.report.escalate-after-working-days",
      "主体责任报告",
      "逾期未报送，到期后上报机关党委",
      RuleUnit.WORKING_DAYS,
      0,
      60,
      5),
  REPORT_REVISION_WORKING_DAYS(
      "ronghe.report.revision-working-days", "主体责任报告", "退回修改期限", RuleUnit.WORKING_DAYS, 1, 60, 10),
  SECURITY_MAX_FAILED_LOGINS(
      "ronghe.security.max-failed-logins", "账号安全", "连续密码错误锁定账号", RuleUnit.TIMES, 3, 20, 5),
  SECURITY_LOCKOUT("ronghe.security.lockout", "账号安全", "锁定时长", RuleUnit.MINUTES, 1, 1440, 15),
  NOTIFY_REMIND_BEFORE("ronghe.notify.remind-before", "提醒", "到期前提醒", RuleUnit.HOURS, 1, 168, 24);

  private final String property;
  private final String group;
  private final String label;
  private final RuleUnit unit;
  private final int min;
  private final int max;
  private final int fallback;

  Rule(String property, String group, String label, RuleUnit unit, int min, int max, int fallback) {
    this.property = property;
    this.group = group;
    this.label = label;
    this.unit = unit;
    this.min = min;
    this.max = max;
    this.fallback = fallback;
  }

  /** The property that sets the default, and the rule's name in the API. */
  public String property() {
    return property;
  }

  public String group() {
    return group;
  }

  public String label() {
    return label;
  }

  public RuleUnit unit() {
    return unit;
  }

  public int min() {
    return min;
  }

  public int max() {
    return max;
  }

  /** The default when the property is not set either. */
  int fallback() {
    return fallback;
  }

  public static java.util.Optional<Rule> of(String property) {
    for (Rule rule : values()) {
      if (rule.property.equals(property)) {
        return java.util.Optional.of(rule);
      }
    }
    return java.util.Optional.empty();
  }
}
