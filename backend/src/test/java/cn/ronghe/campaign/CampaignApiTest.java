package cn.ronghe.campaign;

import static cn.ronghe.support.Workbench.claim;
import static cn.ronghe.support.Workbench.claimOrNull;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 警示教育 through the API, a whole campaign: the discipline commission drafts it for the second
 * branch, the Party committee approves, the secretary schedules and signs in (李四 absent), 李四 makes
 * it up and writes his reflection late, the secretary returns one reflection, the commission
 * spot-checks, the branch self-checks with one rectification item and files its summary, and the
 * commission files the campaign's; every figure equals what was recorded.
 */
@ApplicationTest
class CampaignApiTest {

  static final String DEMO = "Ronghe@2026";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService historyService;

  @Test
  void aCampaignRunsFromPlanToSummaryAndItsFiguresAreTheRecordedFacts() throws Exception {
    String title = "节前警示教育 " + UUID.randomUUID().toString().substring(0, 6);
    ApiClient zhaomin = login("zhaomin");
    String typicalCase =
        zhaomin
            .post(
                "/api/typical-cases",
                Map.of(
                    "title",
                    "本院执行干警收受好处费案 " + title,
                    "summary",
                    "执行干警收受当事人好处费，受到开除党籍处分。",
                    "violationType",
                    "bribery",
                    "source",
                    "本院机关纪委通报",
                    "notifiedOn",
                    TODAY.minusDays(60).toString(),
                    "localCase",
                    true))
            .json()
            .path("id")
            .asText();
    JsonNode startForm = zhaomin.get("/api/processes/campaign/start-form").json();
    assertThat(startForm.path("values").path("branchOptions").findValuesAsText("value"))
        .contains("branch-1", "branch-2", "branch-3");
    assertThat(startForm.path("values").path("caseOptions").findValuesAsText("value"))
        .as("the library's cases are offered as material")
        .contains(typicalCase);
    assertThat(login("wangwei").get("/api/processes/campaign/start-form").status())
        .as("only the discipline commission drafts campaigns")
        .isEqualTo(404);

    Map<String, Object> plan = plan(title);
    plan.put("sessionTo", TODAY.minusDays(1).toString());
    plan.put("sessionFrom", TODAY.toString());
    Response backwards = zhaomin.post("/api/processes/campaign/start", Map.of("values", plan));
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.fields()).containsExactly("sessionTo");

    Map<String, Object> withCase = plan(title);
    withCase.put("typicalCases", List.of(typicalCase));
    Response started = zhaomin.post("/api/processes/campaign/start", Map.of("values", withCase));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String campaign = started.json().path("processInstanceId").asText();
    assertThat(listed(zhaomin, campaign).path("stage").asText()).isEqualTo("approval");

    ApiClient wangwei = login("wangwei");
    complete(
        wangwei, claim(wangwei, "approveCampaign", title), Map.of("approveDecision", "approve"));

    ApiClient sunli = login("sunli");
    JsonNode schedule = claim(sunli, "scheduleSession", title);
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("sessionDate", TODAY.plusDays(40).toString());
    session.put("sessionPlace", "执行局三楼会议室");
    session.put("sessionForm", "meeting");
    session.put("sessionHost", "孙丽");
    Response outside = post(sunli, schedule, session);
    assertThat(outside.status()).isEqualTo(400);
    assertThat(outside.fields()).containsExactly("sessionDate");
    session.put("sessionDate", TODAY.plusDays(1).toString());
    complete(sunli, schedule, session);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from notification where recipient = 'lisi'"
                    + " and kind = 'campaign.session' and title like ?",
                Long.class,
                "%" + title))
        .as("the branch's people are told of the session")
        .isEqualTo(1);

    JsonNode signIn = claim(sunli, "recordAttendance", title);
    Map<String, Object> attendance = new LinkedHashMap<>();
    attendance.put("attendees", List.of("sunli"));
    attendance.put("absences", List.of());
    Response noReason = post(sunli, signIn, attendance);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.fields()).containsExactly("absences");
    attendance.put("absences", List.of(Map.of("person", "lisi", "reason", "外出执行")));
    complete(sunli, signIn, attendance);

    ApiClient lisi = login("lisi");
    complete(
        lisi,
        mine(lisi, "attendMakeUp", title),
        Map.of("madeUpOn", TODAY.plusDays(2).toString(), "madeUpHow", "观看会议录像并自学通报案例"));
    complete(sunli, mine(sunli, "submitReflection", title), reflection("孙丽"));
    EngineTime.moveTo(Instant.now().plus(Duration.ofDays(9)));
    try {
      complete(lisi, mine(lisi, "submitReflection", title), reflection("李四"));
    } finally {
      EngineTime.reset();
    }

    JsonNode firstReview = claim(sunli, "reviewReflection", title);
    complete(sunli, firstReview, Map.of("reviewDecision", "return", "reviewComment", "联系实际不够"));
    OpenTask rewrite = onlyOpen("submitReflection", title);
    Response rewritten =
        (rewrite.assignee().equals("lisi") ? lisi : sunli)
            .post("/api/tasks/" + rewrite.id() + "/complete", Map.of("values", reflection("重写")));
    assertThat(rewritten.status()).isEqualTo(204);
    while (true) {
      JsonNode review = claimOrNull(sunli, "reviewReflection", title);
      if (review == null) {
        break;
      }
      complete(sunli, review, Map.of("reviewDecision", "accept"));
    }

    complete(
        zhaomin,
        claim(zhaomin, "spotCheckReflections", title),
        Map.of("spotCheckDecision", "pass"));
    assertThat(openTask("fileCampaignSummary", title))
        .as("the campaign's summary waits for every branch's")
        .isFalse();

    Map<String, Object> selfCheck = new LinkedHashMap<>();
    selfCheck.put("selfCheckSummary", "执行岗位廉政风险点已逐一排查");
    selfCheck.put(
        "rectifications",
        List.of(
            Map.of(
                "problem",
                "执行款发放登记不及时 " + title,
                "owner",
                "lisi",
                "measure",
                "每周核对执行款台账",
                "deadline",
                TODAY.plusMonths(1).toString())));
    complete(sunli, claim(sunli, "selfCheckBranch", title), selfCheck);

    JsonNode summary = claim(sunli, "fileBranchSummary", title);
    JsonNode figures = sunli.get("/api/tasks/" + summary.path("id").asText() + "/form").json();
    assertThat(figures.path("values").path("attendedCount").asInt()).isEqualTo(1);
    assertThat(figures.path("values").path("absentCount").asInt()).isEqualTo(1);
    assertThat(figures.path("values").path("madeUpCount").asInt()).isEqualTo(1);
    assertThat(figures.path("values").path("reflectionsOnTime").asInt()).isEqualTo(1);
    assertThat(figures.path("values").path("reflectionsLate").asInt()).isEqualTo(1);
    complete(sunli, summary, Map.of("branchSummary", "支部 2 人全部参加（含补学 1 人），心得均已审阅"));

    JsonNode final_ = claim(zhaomin, "fileCampaignSummary", title);
    JsonNode totals = zhaomin.get("/api/tasks/" + final_.path("id").asText() + "/form").json();
    assertThat(totals.path("values").path("sessionsHeld").asInt()).isEqualTo(1);
    assertThat(totals.path("values").path("attendanceRate").asInt()).isEqualTo(50);
    assertThat(totals.path("values").path("reflectionsOnTime").asInt()).isEqualTo(1);
    assertThat(totals.path("values").path("reflectionsLate").asInt()).isEqualTo(1);
    assertThat(totals.path("values").path("rectificationItems").asInt()).isEqualTo(1);
    complete(zhaomin, final_, Map.of("campaignSummary", "活动按计划完成"));

    assertThat(
            jdbc.queryForObject(
                "select count(*) from ACT_HI_PROCINST where ID_ = ? and END_TIME_ is not null",
                Long.class,
                campaign))
        .as("the campaign closes with its summary")
        .isEqualTo(1);
    assertThat(mineOrNull(lisi, "reportFollowUpProgress", "执行款发放登记不及时 " + title))
        .as("its rectification item goes on, tracked to closure on its own")
        .isNotNull();
    assertViews(campaign, title);
    assertThat(
            jdbc.queryForObject(
                "select submissions from campaign_reflection where campaign_id = ? and username = ?",
                Integer.class,
                campaign,
                rewrite.assignee()))
        .isEqualTo(2);
  }

  @Test
  void aSpecialCampaignIsForThoseOfItsTargetGroupOnly() {
    ApiClient zhaomin = login("zhaomin");
    Map<String, Object> caseFiling = plan("立案岗位专项警示教育");
    caseFiling.put("specialTarget", "highRiskPosts");
    caseFiling.put("keyPosts", List.of("caseFiling"));
    caseFiling.put("targetBranches", List.of("branch-1"));
    Response nobody = zhaomin.post("/api/processes/campaign/start", Map.of("values", caseFiling));
    assertThat(nobody.status()).isEqualTo(400);
    assertThat(nobody.fields()).containsExactly("targetBranches");

    String title = "新入职干警警示教育 " + UUID.randomUUID().toString().substring(0, 6);
    Map<String, Object> newStaff = plan(title);
    newStaff.put("specialTarget", "newStaff");
    newStaff.put("targetBranches", List.of("branch-1"));
    Response started = zhaomin.post("/api/processes/campaign/start", Map.of("values", newStaff));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    ApiClient wangwei = login("wangwei");
    complete(
        wangwei, claim(wangwei, "approveCampaign", title), Map.of("approveDecision", "approve"));

    String branchInstance =
        jdbc.queryForObject(
            "select process_instance_id from campaign_branch where campaign_id = ?",
            String.class,
            started.json().path("processInstanceId").asText());
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(branchInstance)
                .variableName("branchMemberIds")
                .singleResult()
                .getValue())
        .as("张三 joined this year; the branch's other people earlier")
        .isEqualTo("zhangsan");
  }

  /** The list, the detail, a person's record and the export, for those who may see them. */
  private void assertViews(String campaign, String title) throws Exception {
    ApiClient zhaomin = login("zhaomin");
    JsonNode item = listed(zhaomin, campaign);
    assertThat(item.path("stage").asText()).isEqualTo("closed");
    assertThat(item.path("branches").asInt()).isEqualTo(1);
    assertThat(item.path("sessionsHeld").asInt()).isEqualTo(1);
    assertThat(item.path("summariesFiled").asInt()).isEqualTo(1);

    JsonNode detail = login("sunli").get("/api/campaigns/" + campaign).json();
    assertThat(detail.path("title").asText()).isEqualTo(title);
    assertThat(detail.path("theme").asText()).isEqualTo("廉洁过节，严守纪律");
    assertThat(detail.path("typicalCases").findValuesAsText("title"))
        .containsExactly("本院执行干警收受好处费案 " + title);
    assertThat(detail.path("branches").findValuesAsText("code")).containsExactly("branch-2");
    JsonNode branch = detail.path("branches").get(0);
    assertThat(branch.path("sessionForm").asText()).isEqualTo("meeting");
    assertThat(branch.path("summaryFiled").asBoolean()).isTrue();
    JsonNode figures = detail.path("figures");
    assertThat(figures.path("present").asInt()).isEqualTo(1);
    assertThat(figures.path("absent").asInt()).isEqualTo(1);
    assertThat(figures.path("madeUp").asInt()).isEqualTo(1);
    assertThat(figures.path("attendanceRate").asInt()).isEqualTo(50);
    assertThat(figures.path("reflectionsLate").asInt()).isEqualTo(1);
    assertThat(detail.path("rectifications").get(0).path("ownerName").asText()).isEqualTo("李四");
    assertThat(detail.path("rectifications").get(0).path("closed").asBoolean()).isFalse();
    assertThat(login("liqiang").get("/api/campaigns/" + campaign).status())
        .as("another branch's secretary")
        .isEqualTo(404);
    assertThat(login("liqiang").get("/api/campaigns").json().path("items").findValuesAsText("id"))
        .doesNotContain(campaign);
    assertThat(login("lisi").get("/api/campaigns").status()).isEqualTo(403);

    JsonNode own = login("lisi").get("/api/campaigns/history").json();
    JsonNode record = null;
    for (JsonNode h : own.path("items")) {
      if (h.path("campaignId").asText().equals(campaign)) {
        record = h;
      }
    }
    assertThat(record).isNotNull();
    assertThat(record.path("present").asBoolean()).isFalse();
    assertThat(record.path("absenceReason").asText()).isEqualTo("外出执行");
    assertThat(record.path("madeUpOn").asText()).isEqualTo(TODAY.plusDays(2).toString());
    assertThat(record.path("reflectionLate").asBoolean()).isTrue();
    assertThat(login("sunli").get("/api/campaigns/history?username=lisi").status()).isEqualTo(200);
    assertThat(login("liqiang").get("/api/campaigns/history?username=lisi").status())
        .isEqualTo(403);

    HttpResponse<byte[]> export = zhaomin.download("/api/campaigns/" + campaign + "/export");
    assertThat(export.statusCode()).isEqualTo(200);
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(export.body()))) {
      assertThat(workbook.getSheets().map(Sheet::getName).toList())
          .containsExactly("活动概况", "各支部情况", "整改事项");
      List<Row> rows = workbook.getFirstSheet().read();
      Row rate =
          rows.stream().filter(r -> "参加率（%）".equals(r.getCellText(0))).findFirst().orElseThrow();
      assertThat(rate.getCellText(1)).isEqualTo("50");
    }

    HttpResponse<byte[]> report = zhaomin.download("/api/campaigns/" + campaign + "/report");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    PdfReader pdf = new PdfReader(report.body());
    String text = new PdfTextExtractor(pdf).getTextFromPage(1).replaceAll("\\s+", "");
    assertThat(text)
        .contains(title.replace(" ", ""), "参加率", "50%", "活动按计划完成", "执行款发放登记不及时", "本院执行干警收受好处费案");
  }

  private static JsonNode listed(ApiClient client, String campaign) {
    for (JsonNode item : client.get("/api/campaigns").json().path("items")) {
      if (item.path("id").asText().equals(campaign)) {
        return item;
      }
    }
    throw new AssertionError("campaign not listed: " + campaign);
  }

  // ---- helpers --------------------------------------------------------------------------------

  private ApiClient login(String user) {
    return ApiClient.loggedIn(port, user, DEMO);
  }

  private static Map<String, Object> plan(String title) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("campaignTitle", title);
    plan.put("campaignKind", "special");
    plan.put("specialTarget", "holiday");
    plan.put("theme", "廉洁过节，严守纪律");
    plan.put("targetBranches", List.of("branch-2"));
    plan.put("sessionFrom", TODAY.toString());
    plan.put("sessionTo", TODAY.plusDays(30).toString());
    plan.put("reflectionDays", 7);
    plan.put("materials", "本院执行干警违纪典型案例通报");
    plan.put("keyPosts", List.of("enforcement"));
    return plan;
  }

  private static Map<String, Object> reflection(String who) {
    return Map.of("reflectionText", who + "：通过典型案例深刻认识到执行工作中廉洁自律的重要性，今后坚决做到不越红线。");
  }

  private JsonNode mine(ApiClient client, String taskKey, String title) {
    JsonNode task = mineOrNull(client, taskKey, title);
    assertThat(task).as("own " + taskKey).isNotNull();
    return task;
  }

  private JsonNode mineOrNull(ApiClient client, String taskKey, String title) {
    for (JsonNode item : client.get("/api/tasks?scope=mine&size=100").json().path("items")) {
      if (item.path("taskKey").asText().equals(taskKey)
          && item.path("title").asText().contains(title)) {
        return item;
      }
    }
    return null;
  }

  /** An open task and whose it is. */
  record OpenTask(String id, String assignee) {}

  /** The one open task of this step (the returned reflection) and whose it is. */
  private OpenTask onlyOpen(String taskKey, String title) {
    List<OpenTask> open =
        jdbc.query(
            "select task_id, assignee from task_inbox where state = 'open' and task_key = ?"
                + " and title like ?",
            (r, i) -> new OpenTask(r.getString(1), r.getString(2)),
            taskKey,
            "%" + title + "%");
    assertThat(open).hasSize(1);
    return open.get(0);
  }

  private boolean openTask(String taskKey, String title) {
    return jdbc.queryForObject(
            "select count(*) from task_inbox where state = 'open' and task_key = ? and title like ?",
            Long.class,
            taskKey,
            "%" + title + "%")
        > 0;
  }
}
