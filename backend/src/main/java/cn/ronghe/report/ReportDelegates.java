package cn.ronghe.report;

import static cn.ronghe.processes.report.ReportVariables.*;

import cn.ronghe.calendar.Deadlines;
import cn.ronghe.calendar.WorkingDayCalendar;
import cn.ronghe.followup.FollowUpItems;
import cn.ronghe.notify.NotificationService;
import cn.ronghe.org.OrgRef;
import cn.ronghe.org.OrgService;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.settings.Rule;
import cn.ronghe.settings.Rules;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.ClockConfig;
import cn.ronghe.workflow.FormValues;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates of the annual responsibility report ({@code reportRound}, {@code
 * responsibilityReport}), named in {@code ReportVariables}: they check what the forms cannot (a
 * round per year, a changed figure's note, a return's comments, an acceptance's score) and record
 * the facts the matrix, the report page and the scores are read from. The report's sections and
 * figures live in our tables; after each step the {@code sections} and {@code figures} variables
 * are written again from them, so a form never shows what a browser made up. A refused step throws
 * an {@link ApiException} naming the field: nothing starts, or the task stays open.
 */
@Configuration
class ReportDelegates {

  private static final Logger log = LoggerFactory.getLogger(ReportDelegates.class);

  static final int FIRST_YEAR = 2020;

  private static final Set<String> GRADES =
      Set.of(GRADE_EXCELLENT, GRADE_GOOD, GRADE_FAIR, GRADE_POOR);

  private final ReportMapper reports;
  private final ReportFigures figures;
  private final ReportProperties settings;
  private final Rules rules;
  private final OrgService orgs;
  private final UserDirectory directory;
  private final Deadlines deadlines;
  private final WorkingDayCalendar calendar;
  private final NotificationService notifications;
  private final FollowUpItems followUps;
  private final Clock clock;

  ReportDelegates(
      ReportMapper reports,
      ReportFigures figures,
      ReportProperties settings,
      Rules rules,
      OrgService orgs,
      UserDirectory directory,
      Deadlines deadlines,
      WorkingDayCalendar calendar,
      NotificationService notifications,
      FollowUpItems followUps,
      Clock clock) {
    this.reports = reports;
    this.figures = figures;
    this.settings = settings;
    this.rules = rules;
    this.orgs = orgs;
    this.directory = directory;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.notifications = notifications;
    this.followUps = followUps;
    this.clock = clock;
  }

  // ---- the round ------------------------------------------------------------------------------

  /**
   * 部署: a round the yearly timer opened (no year) reports on last year with the defaults, unless
   * that year has a round or {@code ronghe.report.yearly-round} is off; then it is skipped. A round
   * the Party committee opens is checked field by field; a year has one round.
   */
  @Bean(ROUND_OPENED_DELEGATE)
  ExecutionListener reportRoundOpenedDelegate() {
    return execution -> {
      LocalDate today = today();
      if (execution.getVariable(REPORT_YEAR) == null) {
        int year = today.getYear() - 1;
        if (!settings.yearlyRound() || reports.countRounds(year) > 0) {
          log.info(
              "The yearly report round of {} is not opened: {}",
              year,
              settings.yearlyRound() ? "it has one" : "ronghe.report.yearly-round=false");
          execution.setVariable(ROUND_SKIPPED, true);
          return;
        }
        execution.setVariable(REPORT_YEAR, year);
        execution.setVariable(DUE_ON, settings.dueDateFor(year).toString());
        execution.setVariable(TEMPLATE_CODE, settings.defaultTemplate());
        execution.setVariable(
            REPORTING_ORGS, new ArrayList<>(orgs.branches().stream().map(OrgRef::code).toList()));
      }
      int year = ((Number) execution.getVariable(REPORT_YEAR)).intValue();
      if (year < FIRST_YEAR || year > today.getYear()) {
        throw ApiException.invalidField(
            REPORT_YEAR, "报告年度应在 " + FIRST_YEAR + " 至 " + today.getYear() + " 之间");
      }
      if (reports.countRounds(year) > 0) {
        throw ApiException.invalidField(REPORT_YEAR, year + " 年度的报告已经部署，不能重复部署");
      }
      LocalDate due = FormValues.date(execution.getVariable(DUE_ON), DUE_ON);
      if (!due.isAfter(LocalDate.of(year, 12, 31))) {
        throw ApiException.invalidField(DUE_ON, "报告截止日期应在所报告的年度结束之后");
      }
      if (due.isBefore(today)) {
        throw ApiException.invalidField(DUE_ON, "报告截止日期不能早于今天");
      }
      String template = (String) execution.getVariable(TEMPLATE_CODE);
      if (template == null || !settings.templates().containsKey(template)) {
        throw ApiException.invalidField(TEMPLATE_CODE, "请选择报告模板");
      }
      Set<String> branches =
          new LinkedHashSet<>(orgs.branches().stream().map(OrgRef::code).toList());
      List<String> chosen =
          new ArrayList<>(
              new LinkedHashSet<>(FormValues.strings(execution.getVariable(REPORTING_ORGS))));
      if (chosen.isEmpty() || !branches.containsAll(chosen)) {
        throw ApiException.invalidField(REPORTING_ORGS, "请选择报告的党组织");
      }
      reports.insertRound(
          execution.getProcessInstanceId(),
          year,
          due,
          template,
          (String) execution.getVariable(REQUIREMENTS),
          (String) execution.getVariable(INITIATOR),
          clock.instant());
      execution.setVariable(REPORTING_ORGS, chosen);
      execution.setVariable(ROUND_SKIPPED, false);
      execution.setVariable(BUSINESS_TITLE, year + "年度落实全面从严治党主体责任情况报告");
    };
  }

  /** 全部报告通过: the round is closed. */
  @Bean(ROUND_CLOSED_DELEGATE)
  ExecutionListener reportRoundClosedDelegate() {
    return execution -> reports.closeRound(execution.getProcessInstanceId(), clock.instant());
  }

  // ---- one organisation's report --------------------------------------------------------------

  /**
   * 报告开始: the report, its sections from the round's template and its figures of the year, counted
   * now from the records; its due date and when it is escalated.
   */
  @Bean(REPORT_OPENED_DELEGATE)
  ExecutionListener reportOpenedDelegate() {
    return execution -> {
      String id = execution.getProcessInstanceId();
      String code = (String) execution.getVariable(ORG_CODE);
      OrgRef org = orgs.org(code).orElseThrow(() -> ApiException.invalidField(ORG_CODE, "没有这个党组织"));
      ReportMapper.Round round =
          reports.selectRound((String) execution.getVariable(ROUND_INSTANCE_ID));
      reports.insertReport(id, round.id(), round.year(), code, round.dueOn(), clock.instant());
      ReportProperties.Template template =
          settings
              .templates()
              .getOrDefault(
                  round.templateCode(), settings.templates().get(settings.defaultTemplate()));
      int order = 0;
      for (ReportProperties.Section s : template.sections()) {
        reports.insertSection(id, ++order, s.code(), s.title(), s.guidance());
      }
      order = 0;
      for (ReportFigures.Figure f : figures.of(code, round.year())) {
        reports.insertFigure(id, ++order, f.code(), f.label(), f.value());
      }
      execution.setVariable(ORG_NAME, org.name());
      execution.setVariable(BUSINESS_TITLE, org.name() + round.year() + "年度主体责任报告");
      due(execution, round.dueOn());
      show(execution, id, true);
    };
  }

  /** 起草: each section's text and each figure as reported; a changed figure needs a note. */
  @Bean(REPORT_DRAFTED_DELEGATE)
  TaskListener reportDraftedDelegate() {
    return task -> {
      String id = task.getProcessInstanceId();
      List<ReportMapper.Section> sections = reports.selectSections(id);
      List<Map<?, ?>> rows = rows(task.getVariable(SECTIONS), sections.size(), SECTIONS);
      for (int i = 0; i < rows.size(); i++) {
        String content = text(rows.get(i).get(SECTION_CONTENT));
        if (content == null || content.isBlank()) {
          throw ApiException.invalidField(cell(SECTIONS, i, SECTION_CONTENT), "请填写本部分内容");
        }
        reports.updateSectionContent(id, sections.get(i).sortOrder(), content);
      }
      List<ReportMapper.Figure> recorded = reports.selectFigures(id);
      List<Map<?, ?>> reported = rows(task.getVariable(FIGURES), recorded.size(), FIGURES);
      for (int i = 0; i < reported.size(); i++) {
        ReportMapper.Figure figure = recorded.get(i);
        if (!(reported.get(i).get(FIGURE_REPORTED) instanceof Number n)
            || n.doubleValue() != Math.floor(n.doubleValue())
            || n.intValue() < 0) {
          throw ApiException.invalidField(cell(FIGURES, i, FIGURE_REPORTED), "请填写不小于 0 的整数");
        }
        String note = text(reported.get(i).get(FIGURE_NOTE));
        if (n.intValue() != figure.computed() && (note == null || note.isBlank())) {
          throw ApiException.invalidField(
              cell(FIGURES, i, FIGURE_NOTE),
              figure.label() + "与系统统计（" + figure.computed() + "）不一致，请说明原因");
        }
        reports.updateFigureReported(id, figure.sortOrder(), n.intValue(), blankToNull(note));
      }
      show(task, id, true);
    };
  }

  /** 支委会审议: the opinion kept; a return shows it on the draft. */
  @Bean(BRANCH_REVIEWED_DELEGATE)
  TaskListener reportBranchReviewedDelegate() {
    return task -> {
      String opinion = text(task.getVariable(BRANCH_REVIEW_OPINION));
      reports.updateBranchReview(task.getProcessInstanceId(), opinion);
      if (RETURN.equals(task.getVariable(BRANCH_REVIEW_DECISION))) {
        task.setVariable(RETURN_NOTES, "支委会审议意见：" + opinion);
      }
    };
  }

  /** 签发报送: submitted to the Party committee; the last return's comments are done with. */
  @Bean(REPORT_SIGNED_DELEGATE)
  TaskListener reportSignedDelegate() {
    return task -> {
      String id = task.getProcessInstanceId();
      if (!Boolean.TRUE.equals(task.getVariable(SIGN_CONFIRMED))) {
        throw ApiException.invalidField(SIGN_CONFIRMED, "请确认报告内容后签发");
      }
      reports.updateSubmitted(id, task.getAssignee(), clock.instant());
      task.setVariable(RETURN_NOTES, null);
      show(task, id, false);
    };
  }

  /** 机关纪委意见. */
  @Bean(DISCIPLINE_OPINION_DELEGATE)
  TaskListener reportDisciplineOpinionDelegate() {
    return task ->
        reports.updateDisciplineOpinion(
            task.getProcessInstanceId(), text(task.getVariable(DISCIPLINE_OPINION)));
  }

  /**
   * 审核评定: a return needs a comment, on the whole or on a section, and gives the organisation {@code
   * ronghe.report.revision-working-days} to revise; an acceptance needs a score of 0–100 and a
   * grade.
   */
  @Bean(REPORT_REVIEWED_DELEGATE)
  TaskListener reportReviewedDelegate() {
    return task -> {
      String id = task.getProcessInstanceId();
      String comment = blankToNull(text(task.getVariable(REVIEW_COMMENT)));
      if (RETURN.equals(task.getVariable(REVIEW_DECISION))) {
        returned(task, id, comment);
        return;
      }
      if (!(task.getVariable(SCORE) instanceof Number score)
          || score.doubleValue() < 0
          || score.doubleValue() > 100) {
        throw ApiException.invalidField(SCORE, "评定通过时请填写 0 至 100 的评分");
      }
      Object grade = task.getVariable(GRADE);
      if (!GRADES.contains(grade)) {
        throw ApiException.invalidField(GRADE, "评定通过时请选择等次");
      }
      reports.updateAccepted(
          id,
          comment,
          BigDecimal.valueOf(score.doubleValue()).setScale(1, java.math.RoundingMode.HALF_UP),
          (String) grade,
          task.getAssignee(),
          clock.instant());
    };
  }

  private void returned(DelegateTask task, String id, String comment) {
    List<ReportMapper.Section> sections = reports.selectSections(id);
    List<Map<?, ?>> rows = rows(task.getVariable(SECTIONS), sections.size(), SECTIONS);
    StringBuilder notes = new StringBuilder();
    if (comment != null) {
      notes.append("总体意见：").append(comment);
    }
    for (int i = 0; i < rows.size(); i++) {
      String sectionComment = blankToNull(text(rows.get(i).get(SECTION_COMMENT)));
      reports.updateSectionComment(id, sections.get(i).sortOrder(), sectionComment);
      if (sectionComment != null) {
        notes
            .append(notes.isEmpty() ? "" : "\n")
            .append(sections.get(i).title())
            .append("：")
            .append(sectionComment);
      }
    }
    if (notes.isEmpty()) {
      throw ApiException.invalidField(REVIEW_COMMENT, "退回修改时请填写修改意见（总体意见或对各部分的意见）");
    }
    LocalDate due =
        calendar.plusWorkingDays(today(), rules.value(Rule.REPORT_REVISION_WORKING_DAYS));
    reports.updateReturned(id, comment, task.getAssignee(), due);
    due(task, due);
    task.setVariable(RETURN_NOTES, "机关党委退回修改，请于 " + due + " 前重新报送。\n" + notes);
    show(task, id, true);
  }

  /**
   * 逾期督办: the report is still being prepared N working days after its due date; the Party committee
   * and the organisation's secretaries are told.
   */
  @Bean(REPORT_ESCALATION_DELEGATE)
  JavaDelegate reportEscalationDelegate() {
    return execution -> {
      String id = execution.getProcessInstanceId();
      ReportMapper.Report report = reports.selectReport(id);
      reports.updateEscalated(id, clock.instant());
      Set<String> recipients = new TreeSet<>(directory.members(GROUP_PARTY_COMMITTEE));
      recipients.addAll(directory.members(GROUP_BRANCH_SECRETARY_PREFIX + report.orgCode()));
      String title = execution.getVariable(BUSINESS_TITLE) + "逾期未报送";
      String body =
          "应于 "
              + report.dueOn()
              + " 前报送，截至 "
              + today()
              + " 仍未报送（逾期 "
              + calendar.workingDaysBetween(report.dueOn(), today())
              + " 个工作日），请督促办理。";
      for (String user : recipients) {
        notifications.notify(
            user,
            "report.escalated",
            title,
            body,
            "/reports/" + id,
            null,
            "report-escalated:" + id + ":" + report.dueOn() + ":" + user);
      }
    };
  }

  /** 反馈问题: each becomes a follow-up item of the organisation, not waited for. */
  @Bean(FEEDBACK_ITEMS_DELEGATE)
  JavaDelegate reportFeedbackItemsDelegate() {
    return execution -> {
      if (!(execution.getVariable(FEEDBACK_ITEMS) instanceof List<?> rows)) {
        return;
      }
      String id = execution.getProcessInstanceId();
      String org = (String) execution.getVariable(ORG_CODE);
      for (int i = 0; i < rows.size(); i++) {
        Map<?, ?> row = (Map<?, ?>) rows.get(i);
        String owner = String.valueOf(row.get(FEEDBACK_OWNER));
        String problem = String.valueOf(row.get(FEEDBACK_PROBLEM));
        String instance =
            followUps.open(
                new FollowUpItems.Item(
                    problem,
                    row.get(FEEDBACK_MEASURE),
                    owner,
                    FormValues.date(
                        row.get(FEEDBACK_DEADLINE), cell(FEEDBACK_ITEMS, i, FEEDBACK_DEADLINE)),
                    org,
                    execution.getVariable(ORG_NAME),
                    execution.getVariable(BUSINESS_TITLE)));
        reports.insertFeedbackItem(instance, id, org, problem, owner, clock.instant());
      }
    };
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** The report is due at the end of the day, and escalated N working days later. */
  private void due(VariableScope scope, LocalDate dueOn) {
    Instant due = Deadlines.endOf(dueOn);
    scope.setVariable(REPORT_DUE, Date.from(due));
    scope.setVariable(
        REPORT_ESCALATE_AT,
        Date.from(
            deadlines.workingDays(due, rules.value(Rule.REPORT_ESCALATE_AFTER_WORKING_DAYS))));
  }

  /**
   * Writes the {@code sections} and {@code figures} variables from the tables: what the next form
   * shows. {@code withComments}: the sections carry the last return's comments.
   */
  private void show(VariableScope scope, String id, boolean withComments) {
    List<Map<String, Object>> sections = new ArrayList<>();
    for (ReportMapper.Section s : reports.selectSections(id)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(SECTION_TITLE, s.title());
      row.put(SECTION_GUIDANCE, s.guidance() == null ? "" : s.guidance());
      row.put(SECTION_CONTENT, s.content() == null ? "" : s.content());
      row.put(SECTION_COMMENT, withComments && s.comment() != null ? s.comment() : "");
      sections.add(row);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ReportMapper.Figure f : reports.selectFigures(id)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(FIGURE_LABEL, f.label());
      row.put(FIGURE_COMPUTED, f.computed());
      row.put(FIGURE_REPORTED, f.reported() == null ? f.computed() : f.reported());
      row.put(FIGURE_NOTE, f.note() == null ? "" : f.note());
      rows.add(row);
    }
    scope.setVariable(SECTIONS, sections);
    scope.setVariable(FIGURES, rows);
  }

  /** The rows of a dynamic list, exactly as many as the report has. */
  private static List<Map<?, ?>> rows(Object value, int expected, String field) {
    List<Map<?, ?>> rows = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          rows.add(m);
        }
      }
    }
    if (rows.size() != expected) {
      throw ApiException.invalidField(field, "报告的内容与模板不一致（应为 " + expected + " 项），请刷新后重新填写");
    }
    return rows;
  }

  private static String cell(String list, int row, String field) {
    return list + "[" + row + "]." + field;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ClockConfig.ZONE);
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
