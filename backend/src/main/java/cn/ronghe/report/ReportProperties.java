package cn.ronghe.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 主体责任报告 settings ({@code ronghe.report.*}).
 *
 * @param yearlyRound whether the round opens by itself on 2 January (for last year)
 * @param dueDate the reports' default due day in the year after the one reported on, {@code MM-dd}
 *     (31 January: a local practice, not a regulation; say so in the UI)
 * @param templates the report templates by code: each a name and its sections, in order; the
 *     built-in {@value #STANDARD} template when none is configured
 */
@ConfigurationProperties("ronghe.report")
record ReportProperties(
    @DefaultValue("true") boolean yearlyRound,
    @DefaultValue("01-31") String dueDate,
    Map<String, Template> templates) {

  static final String STANDARD = "standard";

  /** A report template: its name and its sections. */
  record Template(String name, List<Section> sections) {}

  /** A section of a report: a code, its title and what to write about. */
  record Section(String code, String title, String guidance) {}

  static final Template STANDARD_TEMPLATE =
      new Template(
          "标准模板（五个方面、问题、打算）",
          List.of(
              new Section(
                  "political", "一、政治建设", "学习贯彻党的创新理论、落实“第一议题”制度、执行重大事项请示报告制度、把党的领导贯穿审判执行工作全过程的情况。"),
              new Section("ideological", "二、思想建设", "理论学习中心组和“三会一课”学习、主题教育、意识形态工作责任制落实情况。"),
              new Section(
                  "organisational", "三、组织建设", "支部班子建设、发展党员、党员教育管理、谈心谈话、组织生活会和民主评议党员情况（可引用下方数据）。"),
              new Section("conduct", "四、作风建设", "落实中央八项规定精神、纠治“四风”、司法作风和为民办实事情况。"),
              new Section("discipline", "五、纪律建设", "警示教育、廉政风险防控、问题整改和执行“三个规定”情况（可引用下方数据）。"),
              new Section("problems", "六、存在的问题", "对照上述方面查找的主要问题及原因分析。"),
              new Section("plan", "七、下一年度工作打算", "针对存在问题的整改措施和下一年度的主要工作安排。")));

  ReportProperties {
    try {
      MonthDay.parse("--" + dueDate);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "ronghe.report.due-date must be a day of the year as MM-dd, not " + dueDate);
    }
    Map<String, Template> all = new LinkedHashMap<>();
    if (templates == null || templates.isEmpty()) {
      all.put(STANDARD, STANDARD_TEMPLATE);
    } else {
      templates.forEach(
          (code, t) -> {
            if (t.name() == null || t.sections() == null || t.sections().isEmpty()) {
              throw new IllegalArgumentException(
                  "ronghe.report.templates." + code + " needs a name and at least one section");
            }
            all.put(code, t);
          });
    }
    templates = Collections.unmodifiableMap(all);
  }

  /** The default due date of the reports on {@code year}: its day in the year after. */
  LocalDate dueDateFor(int year) {
    return MonthDay.parse("--" + dueDate).atYear(year + 1);
  }

  /** The first template: what a round the timer opens uses. */
  String defaultTemplate() {
    return templates.keySet().iterator().next();
  }
}
