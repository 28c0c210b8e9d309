package cn.ronghe.report;

import cn.ronghe.org.OrgRef;
import cn.ronghe.org.OrgService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.Role;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.ClockConfig;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 主体责任报告 views: the year × organisation matrix of the reports' status and scores, and one report as
 * a readable page. The Party committee and the discipline commission see every organisation; a
 * branch's secretary and committee members their own branch's, whole (its case view shows every
 * step's opinion to the people involved); anyone else is refused the matrix and does not find a
 * report (404).
 */
@Service
public class ReportViews {

  /** How many years the matrix shows at most. */
  static final int MAX_YEARS = 20;

  private static final int IDS_PER_QUERY = 500;

  /**
   * Where a report stands; {@code overdue} is separate: drafting or returned after its due date.
   */
  enum Status {
    drafting,
    returned,
    submitted,
    accepted
  }

  private final ReportMapper reports;
  private final ReportProperties settings;
  private final OrgService orgs;
  private final UserDirectory directory;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final Clock clock;

  ReportViews(
      ReportMapper reports,
      ReportProperties settings,
      OrgService orgs,
      UserDirectory directory,
      TaskService taskService,
      HistoryService historyService,
      Clock clock) {
    this.reports = reports;
    this.settings = settings;
    this.orgs = orgs;
    this.directory = directory;
    this.taskService = taskService;
    this.historyService = historyService;
    this.clock = clock;
  }

  /** A report in the matrix: its status, the step it is at, its due date and score. */
  public record Cell(
      String reportId,
      Status status,
      String step,
      LocalDate dueOn,
      boolean overdue,
      boolean escalated,
      int returnCount,
      BigDecimal score,
      String grade) {}

  /** An organisation's reports, one cell per year of the matrix (null: it did not report). */
  public record Row(OrgRef org, List<Cell> cells) {}

  /** A year's round and how far its reports have come. */
  public record Round(
      String id,
      int year,
      LocalDate dueOn,
      String template,
      Instant openedAt,
      Instant closedAt,
      int reports,
      int submitted,
      int accepted,
      int overdue) {}

  /**
   * The matrix: its years (oldest first), the rounds, a row per organisation; whether the caller
   * may open a round and export the scores.
   */
  public record Matrix(
      List<Integer> years,
      List<Round> rounds,
      List<Row> rows,
      boolean canOpenRound,
      boolean canExportScores) {}

  public record SectionView(
      String code, String title, String guidance, String content, String comment) {}

  public record FigureView(
      String code, String label, int computed, Integer reported, String note) {}

  public record FeedbackView(
      String processInstanceId, String title, String owner, String ownerName, boolean closed) {}

  /** One report as it reads. */
  public record Detail(
      String id,
      String title,
      int year,
      OrgRef org,
      Status status,
      String step,
      LocalDate dueOn,
      boolean overdue,
      Instant escalatedAt,
      String requirements,
      String template,
      List<SectionView> sections,
      List<FigureView> figures,
      Instant submittedAt,
      String submittedBy,
      int returnCount,
      String branchReviewOpinion,
      String disciplineOpinion,
      String reviewComment,
      BigDecimal score,
      String grade,
      String reviewedBy,
      Instant acceptedAt,
      List<FeedbackView> feedbackItems) {}

  /** The matrix of the years from…to (both optional: the last five years with reports). */
  @Transactional(readOnly = true)
  public Matrix matrix(CurrentUser user, Integer from, Integer to) {
    Set<String> scope = scopeOf(user);
    if (scope != null && scope.isEmpty()) {
      throw ApiException.forbidden("只有机关党委、机关纪委和党支部书记、委员可以查看主体责任报告");
    }
    int lastYear = to != null ? to : defaultLastYear();
    int firstYear = from != null ? from : lastYear - 4;
    if (firstYear < ReportDelegates.FIRST_YEAR) {
      if (from != null) {
        throw ApiException.invalidField("from", "起始年度不能早于 " + ReportDelegates.FIRST_YEAR);
      }
      firstYear = ReportDelegates.FIRST_YEAR;
    }
    if (lastYear < firstYear || lastYear - firstYear >= MAX_YEARS) {
      throw ApiException.invalidField("to", "结束年度应不早于起始年度，且最多显示 " + MAX_YEARS + " 年");
    }
    List<ReportMapper.Report> all = reports.selectReports(firstYear, lastYear, scope);
    Map<String, String> steps = steps(all);
    LocalDate today = today();
    List<Integer> years = new ArrayList<>();
    for (int y = firstYear; y <= lastYear; y++) {
      years.add(y);
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    for (OrgRef branch : orgs.branches()) {
      if (scope == null || scope.contains(branch.code())) {
        rows.put(branch.code(), new Row(branch, emptyCells(years.size())));
      }
    }
    Map<String, int[]> roundCounts = new HashMap<>();
    for (ReportMapper.Report r : all) {
      Row row =
          rows.computeIfAbsent(
              r.orgCode(),
              code ->
                  new Row(
                      orgs.org(code).orElse(new OrgRef(0, code, code)), emptyCells(years.size())));
      Cell cell = cell(r, steps.get(r.id()), today);
      row.cells().set(r.year() - firstYear, cell);
      int[] n = roundCounts.computeIfAbsent(r.roundId(), k -> new int[4]);
      n[0]++;
      n[1] += cell.status() == Status.submitted || cell.status() == Status.accepted ? 1 : 0;
      n[2] += cell.status() == Status.accepted ? 1 : 0;
      n[3] += cell.overdue() ? 1 : 0;
    }
    List<Round> rounds = new ArrayList<>();
    for (ReportMapper.Round r : reports.selectRounds(firstYear, lastYear)) {
      int[] n = roundCounts.getOrDefault(r.id(), new int[4]);
      rounds.add(
          new Round(
              r.id(),
              r.year(),
              r.dueOn(),
              templateName(r.templateCode()),
              r.openedAt(),
              r.closedAt(),
              n[0],
              n[1],
              n[2],
              n[3]));
    }
    boolean overseer = scope == null;
    return new Matrix(
        years,
        rounds,
        new ArrayList<>(rows.values()),
        user.hasRole(Role.PARTY_COMMITTEE),
        overseer);
  }

  /** One report, as far as the caller may read it; 404 for a report they may not see. */
  @Transactional(readOnly = true)
  public Detail detail(CurrentUser user, String id) {
    ReportMapper.Report r = reports.selectReport(id);
    Set<String> scope = scopeOf(user);
    if (r == null || (scope != null && !scope.contains(r.orgCode()))) {
      throw ApiException.notFound("没有这份报告");
    }
    ReportMapper.Round round = reports.selectRound(r.roundId());
    Cell cell = cell(r, steps(List.of(r)).get(id), today());
    boolean returned = cell.status() == Status.returned;
    List<SectionView> sections =
        reports.selectSections(id).stream()
            .map(
                s ->
                    new SectionView(
                        s.code(),
                        s.title(),
                        s.guidance(),
                        s.content(),
                        returned ? s.comment() : null))
            .toList();
    List<FigureView> figures =
        reports.selectFigures(id).stream()
            .map(f -> new FigureView(f.code(), f.label(), f.computed(), f.reported(), f.note()))
            .toList();
    OrgRef org = orgs.org(r.orgCode()).orElse(new OrgRef(0, r.orgCode(), r.orgCode()));
    return new Detail(
        id,
        org.name() + r.year() + "年度落实全面从严治党主体责任情况报告",
        r.year(),
        org,
        cell.status(),
        cell.step(),
        r.dueOn(),
        cell.overdue(),
        r.escalatedAt(),
        round.requirements(),
        templateName(round.templateCode()),
        sections,
        figures,
        r.submittedAt(),
        name(r.submittedBy()),
        r.returnCount(),
        r.branchReviewOpinion(),
        r.disciplineOpinion(),
        r.reviewComment(),
        r.score(),
        r.grade(),
        name(r.reviewedBy()),
        r.acceptedAt(),
        feedback(id));
  }

  /**
   * The scores of the years, for the performance assessment: the Party committee's and the
   * commission's.
   */
  @Transactional(readOnly = true)
  public Matrix scores(CurrentUser user, Integer from, Integer to) {
    if (scopeOf(user) != null) {
      throw ApiException.forbidden("只有机关党委和机关纪委可以导出主体责任报告评分");
    }
    return matrix(user, from, to);
  }

  private Cell cell(ReportMapper.Report r, String step, LocalDate today) {
    Status status = Status.valueOf(r.status());
    boolean preparing = status == Status.drafting || status == Status.returned;
    return new Cell(
        r.id(),
        status,
        step,
        r.dueOn(),
        preparing && today.isAfter(r.dueOn()),
        preparing && r.escalatedAt() != null,
        r.returnCount(),
        r.score(),
        r.grade());
  }

  /** The name of the step each unfinished report is at (its open task). */
  private Map<String, String> steps(List<ReportMapper.Report> list) {
    List<String> ids =
        list.stream()
            .filter(r -> !Status.accepted.name().equals(r.status()))
            .map(ReportMapper.Report::id)
            .toList();
    Map<String, String> steps = new HashMap<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
      for (Task t :
          taskService.createTaskQuery().processInstanceIdIn(chunk.toArray(String[]::new)).list()) {
        steps.putIfAbsent(t.getProcessInstanceId(), t.getName());
      }
    }
    return steps;
  }

  private List<FeedbackView> feedback(String reportId) {
    List<ReportMapper.FeedbackItem> items = reports.selectFeedbackItems(reportId);
    if (items.isEmpty()) {
      return List.of();
    }
    Set<String> finished = new java.util.HashSet<>();
    historyService
        .createHistoricProcessInstanceQuery()
        .processInstanceIds(
            new java.util.HashSet<>(
                items.stream().map(ReportMapper.FeedbackItem::followUpInstanceId).toList()))
        .finished()
        .list()
        .forEach(p -> finished.add(p.getId()));
    return items.stream()
        .map(
            i ->
                new FeedbackView(
                    i.followUpInstanceId(),
                    i.title(),
                    i.owner(),
                    name(i.owner()),
                    finished.contains(i.followUpInstanceId())))
        .toList();
  }

  /**
   * Every organisation (null) for the Party committee and the commission, else the branches
   * overseen.
   */
  private static Set<String> scopeOf(CurrentUser user) {
    if (user.hasRole(Role.PARTY_COMMITTEE) || user.hasRole(Role.DISCIPLINE)) {
      return null;
    }
    return user.branchesOverseen();
  }

  /** Last year, or the latest year with a round when that is later. */
  private int defaultLastYear() {
    int lastYear = today().getYear() - 1;
    for (ReportMapper.Round r : reports.selectRounds(lastYear + 1, lastYear + 1)) {
      lastYear = Math.max(lastYear, r.year());
    }
    return lastYear;
  }

  private String templateName(String code) {
    ReportProperties.Template t = settings.templates().get(code);
    return t == null ? code : t.name();
  }

  private String name(String username) {
    return username == null
        ? null
        : directory.user(username).map(UserDirectory.DirectoryUser::displayName).orElse(username);
  }

  private static List<Cell> emptyCells(int n) {
    List<Cell> cells = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      cells.add(null);
    }
    return cells;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ClockConfig.ZONE);
  }
}
