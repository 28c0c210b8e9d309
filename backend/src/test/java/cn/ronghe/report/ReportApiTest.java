package cn.ronghe.report;

import static cn.ronghe.support.Workbench.claim;
import static cn.ronghe.support.Workbench.complete;
import static cn.ronghe.support.Workbench.post;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.EngineTime;
import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 主体责任年度报告 through the API: a round opens a report for every branch with the year's figures counted
 * from the records; a report is drafted, returned by the branch committee and by the Party
 * committee (comments per section), resubmitted and accepted with a score, its feedback becoming a
 * follow-up item; a report not submitted by its due date is overdue and, N working days later,
 * escalated; the matrix and the scores' export show each report as it stands. Each test reports on
 * a year of its own (a year has one round).
 */
@ApplicationTest
class ReportApiTest {

  static final String DEMO = "Ronghe@2026";
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final LocalDate TODAY = LocalDate.now(BEIJING);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;

  /** The figures the draft form showed, as counted. */
  private JsonNode counted;

  @Test
  void aRoundOpensAReportForEveryBranchWithTheYearsFiguresFromTheRecords() {
    int year = 2021;
    recordTheYear(year);
    ApiClient wangwei = login("wangwei");
    JsonNode startForm = wangwei.get("/api/processes/reportRound/start-form").json();
    JsonNode defaults = startForm.path("values");
    assertThat(defaults.path("reportYear").asInt()).isEqualTo(TODAY.getYear() - 1);
    assertThat(defaults.path("dueOn").asText()).isEqualTo(TODAY.getYear() + "-01-31");
    assertThat(defaults.path("templateCode").asText()).isEqualTo("standard");
    assertThat(defaults.path("reportingOrgs").findValuesAsText(""))
        .isEmpty(); // a plain list of codes
    List<String> allBranches = new ArrayList<>();
    defaults.path("reportingOrgs").forEach(c -> allBranches.add(c.asText()));
    assertThat(allBranches).containsExactly("branch-1", "branch-2", "branch-3");
    assertThat(login("liqiang").get("/api/processes/reportRound/start-form").status())
        .as("only the Party committee opens a round")
        .isEqualTo(404);

    String round = open(wangwei, year, allBranches);
    assertThat(
            jdbc.queryForList(
                "select org_code from responsibility_report where round_id = ? order by org_code",
                String.class,
                round))
        .containsExactly("branch-1", "branch-2", "branch-3");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from report_section s join responsibility_report r"
                    + " on r.process_instance_id = s.report_id where r.round_id = ?",
                Long.class,
                round))
        .as("seven sections of the standard template, each report")
        .isEqualTo(21);

    Response again = wangwei.post("/api/processes/reportRound/start", start(year, allBranches));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.fields()).containsExactly("reportYear");

    JsonNode matrix = wangwei.get("/api/reports?from=" + year + "&to=" + year).json();
    assertThat(matrix.path("years").findValuesAsText("")).isEmpty();
    assertThat(matrix.path("years").get(0).asInt()).isEqualTo(year);
    String branch1 = null;
    for (JsonNode row : matrix.path("rows")) {
      JsonNode cell = row.path("cells").get(0);
      assertThat(cell.path("status").asText()).as(row.toString()).isEqualTo("drafting");
      assertThat(cell.path("step").asText()).isEqualTo("起草报告");
      if (row.path("org").path("code").asText().equals("branch-1")) {
        branch1 = cell.path("reportId").asText();
      }
    }
    assertThat(branch1).isNotNull();

    JsonNode coverageView = wangwei.get("/api/talks/coverage?year=" + year).json();
    JsonNode coverage = coverageView.path("branches").get(0);
    assertThat(coverage.path("code").asText()).isEqualTo("branch-1");
    Map<String, Integer> figures = figures(wangwei.get("/api/reports/" + branch1).json());
    assertThat(figures)
        .containsEntry("intake.applications", 2)
        .containsEntry("intake.activists", 1)
        .containsEntry("intake.developmentTargets", 0)
        .containsEntry("intake.admitted", 0)
        .containsEntry("intake.converted", 1)
        .containsEntry("talks.members", coverage.path("members").asInt())
        .containsEntry("talks.covered", 1)
        .containsEntry("talks.coverage", Math.round(100f / coverage.path("members").asInt()))
        .containsEntry("talks.held", 2)
        .containsEntry("talks.events", 1)
        .containsEntry("campaigns.sessions", 1)
        .containsEntry("campaigns.attendance", 67)
        .containsEntry("campaigns.madeUp", 1)
        .containsEntry("campaigns.lateReflections", 1)
        .containsEntry("followUps.opened", 2)
        .containsEntry("followUps.closed", 1)
        .containsEntry("followUps.open", 2);
    assertThat(coverage.path("held").asInt()).isEqualTo(1);
  }

  @Test
  void aReportIsReturnedResubmittedAndAcceptedWithAScoreAndItsFeedbackIsFollowedUp()
      throws Exception {
    int year = 2022;
    ApiClient wangwei = login("wangwei");
    String round = open(wangwei, year, List.of("branch-1"));
    String title = "第一党支部（审判业务）" + year + "年度主体责任报告";
    ApiClient liqiang = login("liqiang");
    ApiClient chenjing = login("chenjing");
    ApiClient zhaomin = login("zhaomin");

    JsonNode draft = claim(liqiang, "draftReport", title);
    JsonNode form = liqiang.get("/api/tasks/" + draft.path("id").asText() + "/form").json();
    JsonNode shown = form.path("values");
    assertThat(shown.path("sections").size()).isEqualTo(7);
    assertThat(shown.path("sections").get(0).path("title").asText()).isEqualTo("一、政治建设");
    assertThat(shown.path("figures").size()).isEqualTo(17);
    counted = shown.path("figures");
    int applications = counted.get(0).path("computed").asInt();

    Map<String, Object> values = draftValues("初稿", applications + 1, "");
    Response noNote = post(liqiang, draft, values);
    assertThat(noNote.status()).as(noNote.body()).isEqualTo(400);
    assertThat(noNote.fields()).containsExactly("figures[0].note");
    complete(liqiang, draft, draftValues("初稿", applications + 1, "含年底前收到的两份补交申请"));

    complete(
        chenjing,
        claim(chenjing, "reviewReportInBranch", title),
        Map.of("branchReviewDecision", "return", "branchReviewOpinion", "问题查摆不够具体"));
    JsonNode redraft = claim(liqiang, "draftReport", title);
    assertThat(
            liqiang
                .get("/api/tasks/" + redraft.path("id").asText() + "/form")
                .json()
                .path("values")
                .path("returnNotes")
                .asText())
        .contains("问题查摆不够具体");
    submitToTheCommittee(liqiang, chenjing, redraft, title, "第二稿", applications);

    JsonNode opinion = claim(zhaomin, "giveDisciplineOpinion", title);
    complete(zhaomin, opinion, Map.of("disciplineOpinion", "廉政风险防控部分应结合执行工作写实"));
    JsonNode review = claim(wangwei, "reviewReport", title);
    Response bare = post(wangwei, review, Map.of("reviewDecision", "return"));
    assertThat(bare.status()).isEqualTo(400);
    assertThat(bare.fields()).containsExactly("reviewComment");
    List<Map<String, Object>> comments = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      comments.add(Map.of("comment", i == 4 ? "纪律建设部分缺少警示教育的具体情况" : ""));
    }
    complete(wangwei, review, Map.of("reviewDecision", "return", "sections", comments));

    String report = reportOf(round);
    JsonNode returned = liqiang.get("/api/reports/" + report).json();
    assertThat(returned.path("status").asText()).isEqualTo("returned");
    assertThat(returned.path("returnCount").asInt()).isEqualTo(1);
    assertThat(returned.path("sections").get(4).path("comment").asText())
        .isEqualTo("纪律建设部分缺少警示教育的具体情况");
    assertThat(returned.path("sections").get(0).path("comment").textValue()).isNull();
    assertThat(returned.path("dueOn").asText())
        .as("ten working days to revise")
        .isNotEqualTo(TODAY.plusDays(30).toString());
    JsonNode revision = claim(liqiang, "draftReport", title);
    JsonNode revisionForm =
        liqiang.get("/api/tasks/" + revision.path("id").asText() + "/form").json().path("values");
    assertThat(revisionForm.path("returnNotes").asText()).contains("五、纪律建设：纪律建设部分缺少警示教育的具体情况");
    assertThat(revisionForm.path("sections").get(1).path("content").asText())
        .as("the draft comes back as it was submitted")
        .isEqualTo("第二稿：二、思想建设");
    submitToTheCommittee(liqiang, chenjing, revision, title, "第三稿", applications);

    complete(
        zhaomin, claim(zhaomin, "giveDisciplineOpinion", title), Map.of("disciplineOpinion", "同意"));
    JsonNode finalReview = claim(wangwei, "reviewReport", title);
    Response noScore = post(wangwei, finalReview, Map.of("reviewDecision", "accept"));
    assertThat(noScore.status()).isEqualTo(400);
    assertThat(noScore.fields()).containsExactly("score");
    Map<String, Object> accept = new LinkedHashMap<>();
    accept.put("reviewDecision", "accept");
    accept.put("reviewComment", "报告全面，问题查摆具体");
    accept.put("score", 86.5);
    accept.put("grade", "good");
    accept.put(
        "feedbackItems",
        List.of(
            Map.of(
                "problem", "谈心谈话记录不规范",
                "owner", "zhangsan",
                "measure", "统一使用谈话记录模板",
                "deadline", TODAY.plusDays(60).toString())));
    complete(wangwei, finalReview, accept);

    JsonNode accepted = wangwei.get("/api/reports/" + report).json();
    assertThat(accepted.path("status").asText()).isEqualTo("accepted");
    assertThat(accepted.path("score").decimalValue()).isEqualByComparingTo("86.5");
    assertThat(accepted.path("grade").asText()).isEqualTo("good");
    assertThat(accepted.path("reviewedBy").asText()).isEqualTo("王伟");
    assertThat(accepted.path("submittedBy").asText()).isEqualTo("李强");
    assertThat(accepted.path("disciplineOpinion").asText()).isEqualTo("同意");
    assertThat(accepted.path("sections").get(0).path("content").asText()).isEqualTo("第三稿：一、政治建设");
    assertThat(accepted.path("figures").get(0).path("reported").asInt())
        .isEqualTo(applications + 1);
    assertThat(accepted.path("figures").get(0).path("note").asText()).isEqualTo("含年底前收到的两份补交申请");
    JsonNode item = accepted.path("feedbackItems").get(0);
    assertThat(item.path("title").asText()).isEqualTo("谈心谈话记录不规范");
    assertThat(item.path("ownerName").asText()).isEqualTo("张三");
    assertThat(item.path("closed").asBoolean()).isFalse();
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(item.path("processInstanceId").asText())
                .variableName("branchCode")
                .singleResult()
                .getValue())
        .as("the feedback is the branch's follow-up item")
        .isEqualTo("branch-1");
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(round)
                .singleResult()
                .getEndTime())
        .as("the round closes with its last report")
        .isNotNull();

    assertThat(liqiang.get("/api/reports/" + report).json().path("disciplineOpinion").asText())
        .as("the branch reads its whole report, as its case view shows every step")
        .isEqualTo("同意");
    assertThat(login("sunli").get("/api/reports/" + report).status()).isEqualTo(404);
    assertThat(login("zhangsan").get("/api/reports/" + report).status()).isEqualTo(404);
    assertThat(login("zhangsan").get("/api/reports").status()).isEqualTo(403);
    JsonNode own = liqiang.get("/api/reports?from=" + year + "&to=" + year).json();
    assertThat(own.path("rows").findValuesAsText("code")).containsExactly("branch-1");
    JsonNode cell = own.path("rows").get(0).path("cells").get(0);
    assertThat(cell.path("status").asText()).isEqualTo("accepted");
    assertThat(cell.path("score").decimalValue()).isEqualByComparingTo("86.5");
    assertThat(own.path("canExportScores").asBoolean()).isFalse();

    assertThat(liqiang.download("/api/reports/export?from=" + year + "&to=" + year).statusCode())
        .isEqualTo(403);
    HttpResponse<byte[]> export =
        zhaomin.download("/api/reports/export?from=" + year + "&to=" + year);
    assertThat(export.statusCode()).isEqualTo(200);
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(export.body()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      Row scored =
          rows.stream()
              .filter(r -> "第一党支部（审判业务）".equals(r.getCellText(1)))
              .findFirst()
              .orElseThrow();
      assertThat(scored.getCellText(0)).isEqualTo(String.valueOf(year));
      assertThat(scored.getCellText(2)).isEqualTo("已通过");
      assertThat(scored.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("86.5");
      assertThat(scored.getCellText(4)).isEqualTo("良好");
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where actor = 'zhaomin' and action = 'report.export'",
                Long.class))
        .isEqualTo(1);

    HttpResponse<byte[]> printed = liqiang.download("/api/reports/" + report + "/pdf");
    assertThat(printed.statusCode()).isEqualTo(200);
    assertThat(printed.headers().firstValue("Content-Type")).hasValue("application/pdf");
    PdfReader pdf = new PdfReader(printed.body());
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      text.append(new PdfTextExtractor(pdf).getTextFromPage(page).replaceAll("\\s+", ""));
    }
    assertThat(text.toString())
        .contains(
            "第一党支部（审判业务）" + year + "年度落实全面从严治党主体责任情况报告",
            "第三稿：一、政治建设",
            "含年底前收到的两份补交申请",
            "评分：86.5",
            "良好",
            "谈心谈话记录不规范",
            "机关纪委意见");
  }

  @Test
  void aReportNotSubmittedByItsDueDateIsOverdueAndEscalatedWorkingDaysLater() {
    int year = 2023;
    ApiClient wangwei = login("wangwei");
    String round = open(wangwei, year, List.of("branch-1"), TODAY.plusDays(1));
    String report = reportOf(round);
    assertThat(cellOf(wangwei, year).path("overdue").asBoolean()).isFalse();

    EngineTime.moveTo(TODAY.plusDays(2).atTime(10, 0).atZone(BEIJING).toInstant());
    try {
      JsonNode late = cellOf(wangwei, year);
      assertThat(late.path("overdue").asBoolean()).isTrue();
      assertThat(late.path("escalated").asBoolean()).isFalse();

      Job escalation =
          managementService.createJobQuery().processInstanceId(report).timers().singleResult();
      Instant escalateAt = escalation.getDuedate().toInstant();
      assertThat(escalateAt)
          .as("five working days after the due date")
          .isAfter(TODAY.plusDays(1 + 5).atStartOfDay(BEIJING).toInstant());
      EngineTime.moveTo(escalateAt.plus(Duration.ofHours(1)));
      try {
        managementService.executeJob(escalation.getId());
      } catch (ProcessEngineException ranMeanwhile) {
        // the job executor got there first
      }
      assertThat(cellOf(wangwei, year).path("escalated").asBoolean()).isTrue();
      assertThat(
              jdbc.queryForList(
                  "select recipient from notification where kind = 'report.escalated'"
                      + " and link = ? order by recipient",
                  String.class,
                  "/reports/" + report))
          .containsExactly("liqiang", "wangwei");
      assertThat(
              taskService
                  .createTaskQuery()
                  .processInstanceId(report)
                  .singleResult()
                  .getTaskDefinitionKey())
          .as("the report is still to be drafted")
          .isEqualTo("draftReport");
    } finally {
      EngineTime.reset();
    }
  }

  @Test
  void aRoundIsRefusedForAYearNotYetOverOrADueDateInsideTheYearAndTheTimerOpensNoneWhenOff() {
    ApiClient wangwei = login("wangwei");
    Response future =
        wangwei.post(
            "/api/processes/reportRound/start", start(TODAY.getYear() + 1, List.of("branch-1")));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.fields()).containsExactly("reportYear");
    Map<String, Object> values = new LinkedHashMap<>(values(2020, List.of("branch-1"), TODAY));
    values.put("dueOn", "2020-12-31");
    Response inside = wangwei.post("/api/processes/reportRound/start", Map.of("values", values));
    assertThat(inside.status()).isEqualTo(400);
    assertThat(inside.fields()).containsExactly("dueOn");
    values.put("dueOn", TODAY.plusDays(10).toString());
    values.put("reportingOrgs", List.of("branch-9"));
    Response nowhere = wangwei.post("/api/processes/reportRound/start", Map.of("values", values));
    assertThat(nowhere.status()).isEqualTo(400);
    assertThat(nowhere.fields()).containsExactly("reportingOrgs");

    Job yearly =
        managementService
            .createJobQuery()
            .processDefinitionKey("reportYear")
            .timers()
            .singleResult();
    assertThat(yearly).as("the yearly timer is scheduled").isNotNull();
    long rounds = jdbc.queryForObject("select count(*) from report_round", Long.class);
    managementService.executeJob(yearly.getId());
    assertThat(jdbc.queryForObject("select count(*) from report_round", Long.class))
        .as("ronghe.report.yearly-round=false: the timer opens no round")
        .isEqualTo(rounds);
    assertThat(
            historyService
                .createHistoricActivityInstanceQuery()
                .activityId("reportRoundSkipped")
                .count())
        .isPositive();
  }

  // ---- the records of a year ------------------------------------------------------------------

  /**
   * Branch 1's year: two applications (and one of the year before, converted this year), one
   * activist; a routine talk and a must-talk event held, a routine talk not held; a session with
   * two present and one absent who made it up, a late reflection; follow-up items: one opened and
   * closed, one opened and open, one of the year before closed the year after.
   */
  private void recordTheYear(int year) {
    long person =
        jdbc.queryForObject(
            "select p.id from person p join app_user u on u.person_id = p.id where u.username = 'zhangsan'",
            Long.class);
    String intake =
        "insert into intake_case (person_id, applicant, branch_code, rule_set, stage, state,"
            + " application_date, talk_due, activist_resolution_date, converted_on, opened_at)"
            + " values (?, 'zhangsan', 'branch-1', '2019', 'applicant', 'closed', ?, ?, ?, ?, ?)";
    Timestamp opened = Timestamp.from(Instant.now());
    jdbc.update(intake, person, day(year, 3, 1), day(year, 4, 1), null, null, opened);
    jdbc.update(intake, person, day(year, 9, 1), day(year, 10, 1), day(year, 11, 1), null, opened);
    jdbc.update(
        intake, person, day(year - 1, 12, 30), day(year, 1, 30), null, day(year, 7, 1), opened);

    String talk =
        "insert into talk (process_instance_id, talk_year, kind, talker, talkee, branch_code,"
            + " due_at, talked_on, created_at) values (?, ?, ?, 'liqiang', ?, 'branch-1', ?, ?, ?)";
    Timestamp due =
        Timestamp.from(day(year, 12, 31).toLocalDate().atStartOfDay(BEIJING).toInstant());
    jdbc.update(
        talk, "rpt-talk-1-" + year, year, "routine", "wangfang", due, day(year, 5, 1), opened);
    jdbc.update(talk, "rpt-talk-2-" + year, year, "event", "lisi", due, day(year, 8, 1), opened);
    jdbc.update(talk, "rpt-talk-3-" + year, year, "routine", "chenjing", due, null, opened);

    String campaign = "rpt-campaign-" + year;
    jdbc.update(
        "insert into campaign_branch (campaign_id, branch_code, process_instance_id, session_date,"
            + " held) values (?, 'branch-1', ?, ?, true)",
        campaign,
        campaign,
        day(year, 5, 10));
    String attendance =
        "insert into campaign_attendance (campaign_id, username, branch_code, present,"
            + " absence_reason, made_up_on) values (?, ?, 'branch-1', ?, ?, ?)";
    jdbc.update(attendance, campaign, "zhangsan", true, null, null);
    jdbc.update(attendance, campaign, "wangfang", true, null, null);
    jdbc.update(attendance, campaign, "chenjing", false, "出差", day(year, 5, 20));
    String reflection =
        "insert into campaign_reflection (campaign_id, username, branch_code, due_at, submitted_at,"
            + " late, submissions) values (?, ?, 'branch-1', ?, ?, ?, 1)";
    jdbc.update(reflection, campaign, "zhangsan", opened, opened, false);
    jdbc.update(reflection, campaign, "wangfang", opened, opened, true);

    try {
      String closedInTheYear = followUp(Instant.parse(year + "-03-01T02:00:00Z"));
      closeFollowUp(closedInTheYear, Instant.parse(year + "-06-01T02:00:00Z"));
      followUp(Instant.parse(year + "-11-01T02:00:00Z"));
      String fromTheYearBefore = followUp(Instant.parse((year - 1) + "-12-01T02:00:00Z"));
      closeFollowUp(fromTheYearBefore, Instant.parse((year + 1) + "-02-01T02:00:00Z"));
    } finally {
      EngineTime.reset();
    }
  }

  private String followUp(Instant at) {
    EngineTime.moveTo(at);
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("itemTitle", "整改事项 " + at);
    item.put("itemMeasure", "整改措施");
    item.put("itemOwner", "zhangsan");
    item.put("itemOwnerName", "张三");
    item.put("itemDeadline", java.util.Date.from(at.plus(Duration.ofDays(60))));
    item.put("branchCode", "branch-1");
    item.put("branchName", "第一党支部（审判业务）");
    item.put("sourceTitle", "测试");
    return runtimeService.startProcessInstanceByKey("followUp", item).getId();
  }

  /** The owner reports it done, the secretary verifies it: closed (销号). */
  private void closeFollowUp(String instance, Instant at) {
    EngineTime.moveTo(at);
    taskService.complete(
        taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        Map.of("progressReport", "已整改", "progressState", "done"));
    taskService.complete(
        taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        Map.of("verifyDecision", "closed", "verifyComment", "核实完成"));
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance)
                .singleResult()
                .getEndTime())
        .isNotNull();
  }

  private static Date day(int year, int month, int day) {
    return Date.valueOf(LocalDate.of(year, month, day));
  }

  // ---- helpers --------------------------------------------------------------------------------

  private void submitToTheCommittee(
      ApiClient secretary,
      ApiClient committee,
      JsonNode draft,
      String title,
      String version,
      int applications) {
    complete(secretary, draft, draftValues(version, applications + 1, "含年底前收到的两份补交申请"));
    complete(
        committee,
        claim(committee, "reviewReportInBranch", title),
        Map.of("branchReviewDecision", "agree", "branchReviewOpinion", "同意报送"));
    complete(secretary, claim(secretary, "signReport", title), Map.of("signConfirmed", true));
  }

  /**
   * Each section written, every figure reported as counted but the first, reported as {@code
   * applications} with the note.
   */
  private Map<String, Object> draftValues(String version, int applications, String note) {
    String[] titles = {"一、政治建设", "二、思想建设", "三、组织建设", "四、作风建设", "五、纪律建设", "六、存在的问题", "七、下一年度工作打算"};
    List<Map<String, Object>> sections = new ArrayList<>();
    for (String t : titles) {
      sections.add(Map.of("content", version + "：" + t));
    }
    List<Map<String, Object>> figures = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("reported", i == 0 ? applications : counted.get(i).path("computed").asInt());
      row.put("note", i == 0 ? note : "");
      figures.add(row);
    }
    return Map.of("sections", sections, "figures", figures);
  }

  private String open(ApiClient client, int year, List<String> orgs) {
    return open(client, year, orgs, TODAY.plusDays(30));
  }

  private String open(ApiClient client, int year, List<String> orgs, LocalDate dueOn) {
    Response started =
        client.post(
            "/api/processes/reportRound/start", Map.of("values", values(year, orgs, dueOn)));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return started.json().path("processInstanceId").asText();
  }

  private static Map<String, Object> start(int year, List<String> orgs) {
    return Map.of("values", values(year, orgs, TODAY.plusDays(30)));
  }

  private static Map<String, Object> values(int year, List<String> orgs, LocalDate dueOn) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("reportYear", year);
    values.put("dueOn", dueOn.toString());
    values.put("templateCode", "standard");
    values.put("reportingOrgs", orgs);
    values.put("requirements", "对照五个方面逐项报告，问题要具体");
    return values;
  }

  private String reportOf(String round) {
    return jdbc.queryForObject(
        "select process_instance_id from responsibility_report where round_id = ?",
        String.class,
        round);
  }

  private static JsonNode cellOf(ApiClient client, int year) {
    JsonNode matrix = client.get("/api/reports?from=" + year + "&to=" + year).json();
    for (JsonNode row : matrix.path("rows")) {
      if (row.path("org").path("code").asText().equals("branch-1")) {
        return row.path("cells").get(0);
      }
    }
    throw new AssertionError("no branch-1 in " + matrix);
  }

  private static Map<String, Integer> figures(JsonNode report) {
    Map<String, Integer> figures = new LinkedHashMap<>();
    report
        .path("figures")
        .forEach(f -> figures.put(f.path("code").asText(), f.path("computed").asInt()));
    return figures;
  }

  private ApiClient login(String user) {
    return ApiClient.loggedIn(port, user, DEMO);
  }
}
