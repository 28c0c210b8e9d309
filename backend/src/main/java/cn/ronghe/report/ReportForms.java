package cn.ronghe.report;

import static cn.ronghe.processes.report.ReportVariables.DUE_ON;
import static cn.ronghe.processes.report.ReportVariables.FORM_OPEN_REPORT_ROUND;
import static cn.ronghe.processes.report.ReportVariables.FORM_REVIEW_REPORT;
import static cn.ronghe.processes.report.ReportVariables.ORG_OPTIONS;
import static cn.ronghe.processes.report.ReportVariables.ORG_PEOPLE;
import static cn.ronghe.processes.report.ReportVariables.REPORTING_ORGS;
import static cn.ronghe.processes.report.ReportVariables.REPORT_YEAR;
import static cn.ronghe.processes.report.ReportVariables.TEMPLATE_CODE;
import static cn.ronghe.processes.report.ReportVariables.TEMPLATE_OPTIONS;

import cn.ronghe.org.OrgService;
import cn.ronghe.system.ClockConfig;
import cn.ronghe.workflow.FormVariables;
import cn.ronghe.workflow.PeopleOptions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the report's forms offer: the templates and the active branches when a round is opened (last
 * year, its default due date, every branch filled in), the court's people as owners of the problems
 * fed back when a report is reviewed.
 */
@Configuration
class ReportForms {

  private final ReportProperties settings;
  private final OrgService orgs;
  private final PeopleOptions people;
  private final Clock clock;

  ReportForms(ReportProperties settings, OrgService orgs, PeopleOptions people, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.orgs = orgs;
    this.people = people;
  }

  @Bean
  FormVariables openReportRoundOptions() {
    return FormVariables.of(
        FORM_OPEN_REPORT_ROUND,
        user -> {
          List<Map<String, Object>> templates =
              settings.templates().entrySet().stream()
                  .map(
                      t ->
                          Map.<String, Object>of("label", t.getValue().name(), "value", t.getKey()))
                  .toList();
          List<Map<String, Object>> branches =
              orgs.branches().stream()
                  .map(b -> Map.<String, Object>of("label", b.name(), "value", b.code()))
                  .toList();
          int lastYear = LocalDate.ofInstant(clock.instant(), ClockConfig.ZONE).getYear() - 1;
          return Map.of(
              TEMPLATE_OPTIONS,
              templates,
              ORG_OPTIONS,
              branches,
              REPORT_YEAR,
              lastYear,
              DUE_ON,
              settings.dueDateFor(lastYear).toString(),
              TEMPLATE_CODE,
              settings.defaultTemplate(),
              REPORTING_ORGS,
              branches.stream().map(b -> b.get("value")).toList());
        });
  }

  @Bean
  FormVariables reviewReportOptions() {
    return FormVariables.of(FORM_REVIEW_REPORT, user -> Map.of(ORG_PEOPLE, people.allBut(null)));
  }
}
