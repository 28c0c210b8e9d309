package cn.ronghe.discipline;

import static cn.ronghe.discipline.ClueDesk.NAMED;
import static cn.ronghe.discipline.ClueDesk.TODAY;
import static cn.ronghe.discipline.ClueDesk.claimable;
import static cn.ronghe.discipline.ClueDesk.ids;
import static cn.ronghe.discipline.ClueDesk.mine;
import static cn.ronghe.discipline.ClueDesk.register;
import static cn.ronghe.support.Workbench.complete;
import static cn.ronghe.support.Workbench.post;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.calendar.Deadlines;
import cn.ronghe.calendar.WorkingDayCalendar;
import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.workflow.reminder.DeadlineSweep;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 问题线索处置 through the API: a clue is numbered and seen only by the people on its access list (the
 * registrar, the commission head, later the verification team), whatever else they are — another
 * discipline officer, the Party committee, the admin get 404s and no count; every read is audited;
 * the four ways of disposal run to their outcomes; a clue about the commission's head goes to the
 * higher level.
 */
@ApplicationTest
class DisciplineClueApiTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired WorkingDayCalendar calendar;
  @Autowired DeadlineSweep sweep;

  @Test
  void aClueIsSeenByItsAccessListOnlyAndEveryReadIsAudited() {
    ApiClient zhoujian = login("zhoujian");
    JsonNode startForm = zhoujian.get("/api/processes/disciplineClue/start-form").json();
    assertThat(startForm.path("values").path("subjectOptions").findValuesAsText("value"))
        .contains("lisi", "zhaomin")
        .doesNotContain("zhoujian");
    assertThat(login("wangwei").get("/api/processes/disciplineClue/start-form").status())
        .as("only discipline officers register clues")
        .isEqualTo(404);

    String clue = register(zhoujian, "lisi", NAMED);
    String number = number(clue);
    assertThat(number).matches("纪线〔" + TODAY.getYear() + "〕\\d+号");
    String second = register(zhoujian, "lisi", "anonymous");
    assertThat(seq(second)).as("numbered per year, one after the other").isEqualTo(seq(clue) + 1);

    JsonNode detail = zhoujian.get("/api/discipline-clues/" + clue).json();
    assertThat(detail.path("clue").path("caseNumber").asText()).isEqualTo(number);
    assertThat(detail.path("clue").path("subject").path("name").asText()).isEqualTo("李四");
    assertThat(detail.path("allegation").asText()).isEqualTo("利用职务便利为亲属案件打招呼");
    assertThat(detail.path("complainantName").asText()).isEqualTo("王某");
    assertThat(detail.path("access").findValuesAsText("duty"))
        .containsExactlyInAnyOrder("registrar", "head");
    assertThat(ids(login("zhaomin").get("/api/discipline-clues").json())).contains(clue, second);

    String task = taskOf(clue, "proposeDisposal");
    String caseView = "/api/instances/" + clue;
    for (String outsider : List.of("wuxiaoyan", "wangwei", "admin", "liqiang", "auditor")) {
      ApiClient client = login(outsider);
      assertThat(client.get("/api/discipline-clues/" + clue).status()).as(outsider).isEqualTo(404);
      assertThat(client.get(caseView).status()).as(outsider + " case view").isEqualTo(404);
      assertThat(client.get(caseView + "/attachments").status())
          .as(outsider + " attachments")
          .isEqualTo(404);
      assertThat(client.get("/api/tasks/" + task).status()).as(outsider + " task").isEqualTo(404);
      assertThat(client.get("/api/tasks/" + task + "/form").status()).isEqualTo(404);
      for (String scope : List.of("mine", "claimable", "involved")) {
        assertThat(
                client
                    .get("/api/tasks?scope=" + scope + "&size=100")
                    .json()
                    .path("items")
                    .findValuesAsText("processInstanceId"))
            .as(outsider + " " + scope)
            .doesNotContain(clue, second);
      }
    }
    Response officer = login("wuxiaoyan").get("/api/discipline-clues");
    assertThat(officer.status()).isEqualTo(200);
    assertThat(ids(officer.json()))
        .as("another officer learns nothing")
        .doesNotContain(clue, second);
    assertThat(login("wangwei").get("/api/discipline-clues").status()).isEqualTo(403);
    assertThat(login("admin").get("/api/discipline-clues").status()).isEqualTo(403);

    ApiClient zhaomin = login("zhaomin");
    assertThat(zhaomin.get(caseView).status()).isEqualTo(200);
    assertThat(
            jdbc.queryForList(
                "select action from audit_event where actor = 'zhaomin' and object_id = ?"
                    + " order by id",
                String.class,
                clue))
        .as("the head's read of the case view is audited")
        .contains("case.read");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where actor = 'zhoujian'"
                    + " and action = 'discipline-clue.read' and object_id = ?",
                Long.class,
                clue))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where actor = 'wuxiaoyan'"
                    + " and action = 'discipline-clue.list'",
                Long.class))
        .isPositive();
  }

  @Test
  void aVerifiedClueIsSeenByItsTeamOfTwoAndEndsWithTheComplainantTold() {
    ApiClient zhoujian = login("zhoujian");
    ApiClient zhaomin = login("zhaomin");
    ApiClient wuxiaoyan = login("wuxiaoyan");
    String clue = register(zhoujian, "lisi", NAMED);

    complete(
        zhoujian,
        mine(zhoujian, clue, "acknowledgeComplainant"),
        Map.of("acknowledgedOn", TODAY.toString(), "acknowledgedHow", "phone"));
    complete(
        zhoujian,
        mine(zhoujian, clue, "proposeDisposal"),
        Map.of("disposalWay", "verification", "proposalReason", "反映问题具体，有可查性"));
    complete(zhaomin, mine(zhaomin, clue, "approveDisposal"), Map.of("approveDecision", "approve"));

    JsonNode assign = mine(zhaomin, clue, "assignVerificationTeam");
    JsonNode form = zhaomin.get("/api/tasks/" + assign.path("id").asText() + "/form").json();
    assertThat(form.path("values").path("officerOptions").findValuesAsText("value"))
        .contains("zhoujian", "wuxiaoyan", "zhaomin");
    Response alone = post(zhaomin, assign, Map.of("verificationTeam", List.of("zhoujian")));
    assertThat(alone.status()).isEqualTo(400);
    assertThat(alone.fields()).containsExactly("verificationTeam");
    assertThat(wuxiaoyan.get("/api/discipline-clues/" + clue).status())
        .as("not on the list before she is on the team")
        .isEqualTo(404);
    complete(zhaomin, assign, Map.of("verificationTeam", List.of("zhoujian", "wuxiaoyan")));

    assertThat(wuxiaoyan.get("/api/discipline-clues/" + clue).status()).isEqualTo(200);
    JsonNode report = claimable(wuxiaoyan, clue, "reportVerification");
    assertThat(wuxiaoyan.post("/api/tasks/" + report.path("id").asText() + "/claim", "{}").status())
        .isEqualTo(200);
    complete(
        wuxiaoyan,
        report,
        Map.of("findings", "经核实，反映问题部分属实，情节轻微", "verificationOutcome", "remind"));
    complete(
        zhaomin,
        mine(zhaomin, clue, "approveVerification"),
        Map.of("verificationDecision", "approve"));
    complete(
        zhoujian,
        mine(zhoujian, clue, "informComplainant"),
        Map.of("informedOn", TODAY.toString(), "informedHow", "letter", "informNote", "已书面告知"));

    JsonNode closed = zhoujian.get("/api/discipline-clues/" + clue).json().path("clue");
    assertThat(closed.path("disposalWay").asText()).isEqualTo("verification");
    assertThat(closed.path("outcome").asText()).isEqualTo("remind");
    assertThat(closed.path("closedAt").isMissingNode()).isFalse();
    assertThat(closed.path("steps").size()).isZero();
  }

  @Test
  void anInquirysReplyIsDueFifteenWorkingDaysLaterAndAClueAboutTheHeadGoesToTheHigherLevel() {
    ApiClient zhoujian = login("zhoujian");
    ApiClient zhaomin = login("zhaomin");
    String clue = register(zhoujian, "lisi", "anonymous");
    complete(
        zhoujian,
        mine(zhoujian, clue, "proposeDisposal"),
        Map.of("disposalWay", "inquiry", "proposalReason", "问题较轻，先行函询"));
    complete(zhaomin, mine(zhaomin, clue, "approveDisposal"), Map.of("approveDecision", "approve"));
    LocalDate sent = TODAY.minusDays(1);
    complete(
        zhoujian,
        mine(zhoujian, clue, "sendInquiry"),
        Map.of(
            "inquiryForm",
            "letter",
            "inquiryDate",
            sent.toString(),
            "inquiryContent",
            "请就反映问题作出书面说明"));
    JsonNode reply = mine(zhoujian, clue, "recordInquiryReply");
    assertThat(
            taskService
                .createTaskQuery()
                .taskId(reply.path("id").asText())
                .singleResult()
                .getDueDate())
        .isEqualTo(java.util.Date.from(Deadlines.endOf(calendar.plusWorkingDays(sent, 15))));
    complete(
        zhoujian,
        reply,
        Map.of(
            "replyReceivedOn",
            TODAY.toString(),
            "replySummary",
            "说明属实，已纠正",
            "inquiryOutcome",
            "close"));
    JsonNode closed = zhoujian.get("/api/discipline-clues/" + clue).json().path("clue");
    assertThat(closed.path("outcome").asText()).as("anonymous: nobody to tell").isEqualTo("close");

    String aboutTheHead = register(zhoujian, "zhaomin", "anonymous");
    JsonNode referral = mine(zhaomin, aboutTheHead, "referToHigherLevel");
    assertThat(taskService.createTaskQuery().processInstanceId(aboutTheHead).count())
        .as("nothing else is done here")
        .isEqualTo(1);
    complete(zhaomin, referral, Map.of("referredTo", "市中级人民法院纪检监察组", "referralNote", "涉及本委负责人"));
    JsonNode referred = zhoujian.get("/api/discipline-clues/" + aboutTheHead).json().path("clue");
    assertThat(referred.path("higherLevel").asBoolean()).isTrue();
    assertThat(referred.path("outcome").asText()).isEqualTo("referred");
  }

  @Test
  void theStatisticsAndTheExportCountOnlyTheCallersOwnClues() throws Exception {
    ApiClient zhoujian = login("zhoujian");
    ApiClient zhaomin = login("zhaomin");
    ApiClient wuxiaoyan = login("wuxiaoyan");
    int year = 2019;
    JsonNode headBefore = statistics(zhaomin, year);
    JsonNode officerBefore = statistics(wuxiaoyan, year);

    String march = register(zhoujian, "lisi", "anonymous", "letter", LocalDate.of(year, 3, 5));
    register(zhoujian, "lisi", "anonymous", "phone", LocalDate.of(year, 3, 28));
    register(zhoujian, "zhangsan", "anonymous", "online", LocalDate.of(year, 11, 20));
    complete(
        zhoujian,
        mine(zhoujian, march, "proposeDisposal"),
        Map.of("disposalWay", "inquiry", "proposalReason", "问题较轻，先行函询"));
    complete(
        zhaomin, mine(zhaomin, march, "approveDisposal"), Map.of("approveDecision", "approve"));
    complete(
        zhoujian,
        mine(zhoujian, march, "sendInquiry"),
        Map.of("inquiryForm", "talk", "inquiryDate", TODAY.toString(), "inquiryContent", "谈话"));
    complete(
        zhoujian,
        mine(zhoujian, march, "recordInquiryReply"),
        Map.of(
            "replyReceivedOn",
            TODAY.toString(),
            "replySummary",
            "如实说明",
            "inquiryOutcome",
            "remind"));

    JsonNode head = statistics(zhaomin, year);
    assertThat(head.path("total").asLong() - headBefore.path("total").asLong()).isEqualTo(3);
    assertThat(delta(head, headBefore, "bySource", "letter")).isEqualTo(1);
    assertThat(delta(head, headBefore, "bySource", "phone")).isEqualTo(1);
    assertThat(delta(head, headBefore, "bySource", "online")).isEqualTo(1);
    assertThat(delta(head, headBefore, "byWay", "inquiry")).isEqualTo(1);
    assertThat(delta(head, headBefore, "byWay", "pending")).isEqualTo(2);
    assertThat(delta(head, headBefore, "byFourForm", "1")).as("谈话提醒").isEqualTo(1);
    assertThat(head.path("byMonth").get(2).asLong() - headBefore.path("byMonth").get(2).asLong())
        .isEqualTo(2);
    assertThat(head.path("byMonth").get(10).asLong() - headBefore.path("byMonth").get(10).asLong())
        .isEqualTo(1);
    assertThat(statistics(wuxiaoyan, year))
        .as("another officer's counts do not move")
        .isEqualTo(officerBefore);

    assertThat(login("wangwei").get("/api/discipline-clues/statistics").status()).isEqualTo(403);
    Response tooEarly = zhaomin.get("/api/discipline-clues/statistics?year=1999");
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(tooEarly.fields()).containsExactly("year");

    HttpResponse<byte[]> export = zhoujian.download("/api/discipline-clues/export?year=" + year);
    assertThat(export.statusCode()).isEqualTo(200);
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(export.body()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      Row reminded =
          rows.stream()
              .filter(r -> number(march).equals(r.getCellText(0)))
              .findFirst()
              .orElseThrow();
      assertThat(reminded.getCellText(2)).isEqualTo("来信");
      assertThat(reminded.getCellText(6)).isEqualTo("谈话函询");
      assertThat(reminded.getCellText(7)).isEqualTo("谈话提醒");
      assertThat(reminded.getCellText(8)).isEqualTo("第一种形态");
      assertThat(rows.stream().map(r -> r.getCellText(0)))
          .as("no complainant, no allegation")
          .noneMatch(t -> t.contains("打招呼"));
    }
    HttpResponse<byte[]> empty = wuxiaoyan.download("/api/discipline-clues/export?year=" + year);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(empty.body()))) {
      assertThat(workbook.getFirstSheet().read().stream().map(r -> r.getCellText(0)))
          .doesNotContain(number(march));
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where actor = 'zhoujian'"
                    + " and action = 'discipline-clue.export' and object_id = ?",
                Long.class,
                String.valueOf(year)))
        .isPositive();
  }

  @Test
  void anOverdueStepEscalatesToTheHeadAndToNobodyOffTheList() {
    ApiClient zhoujian = login("zhoujian");
    ApiClient zhaomin = login("zhaomin");
    String clue = register(zhoujian, "lisi", "anonymous");
    JsonNode proposal = mine(zhoujian, clue, "proposeDisposal");
    Date yesterday =
        Date.from(TODAY.minusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
    taskService.setDueDate(proposal.path("id").asText(), yesterday);
    sweep.sweep();
    assertThat(notified(proposal))
        .as("the registrar's step: up to the head, not to the branch or the Party committee")
        .containsExactly("zhaomin task.escalation");

    complete(zhoujian, proposal, Map.of("disposalWay", "close", "proposalReason", "反映不实，予以了结"));
    JsonNode approval = mine(zhaomin, clue, "approveDisposal");
    taskService.setDueDate(approval.path("id").asText(), yesterday);
    sweep.sweep();
    assertThat(notified(approval))
        .as("the head's own step: nobody above her here")
        .containsExactly("zhaomin task.overdue");
  }

  // ---- helpers --------------------------------------------------------------------------------

  private List<String> notified(JsonNode task) {
    return jdbc.queryForList(
        "select concat(recipient, ' ', kind) from notification where task_id = ? order by id",
        String.class,
        task.path("id").asText());
  }

  private static JsonNode statistics(ApiClient client, int year) {
    Response response = client.get("/api/discipline-clues/statistics?year=" + year);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static long delta(JsonNode after, JsonNode before, String group, String key) {
    return count(after, group, key) - count(before, group, key);
  }

  private static long count(JsonNode statistics, String group, String key) {
    for (JsonNode c : statistics.path(group)) {
      if (c.path("key").asText().equals(key)) {
        return c.path("count").asLong();
      }
    }
    throw new AssertionError("no " + key + " in " + group);
  }

  private String number(String clue) {
    return jdbc.queryForObject(
        "select case_number from discipline_case where process_instance_id = ?",
        String.class,
        clue);
  }

  private int seq(String clue) {
    return jdbc.queryForObject(
        "select case_seq from discipline_case where process_instance_id = ?", Integer.class, clue);
  }

  private String taskOf(String clue, String taskKey) {
    return taskService
        .createTaskQuery()
        .processInstanceId(clue)
        .taskDefinitionKey(taskKey)
        .singleResult()
        .getId();
  }

  private ApiClient login(String user) {
    return new ClueDesk(port).login(user);
  }
}
