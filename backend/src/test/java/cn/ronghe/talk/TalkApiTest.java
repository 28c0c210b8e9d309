package cn.ronghe.talk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.calendar.Deadlines;
import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 谈心谈话 through the API: the Party committee schedules a talk from the catalog, records it with the
 * problems found, each problem becomes a follow-up item its owner reports on and the branch
 * secretary closes; the talk is seen by its branch's secretary and not by another branch's.
 */
@ApplicationTest
class TalkApiTest {

  static final String DEMO = "Ronghe@2026";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired Deadlines deadlines;
  @Autowired Clock clock;

  @Test
  void theCatalogOffersTalksToThePartyCommitteeWithEveryoneElseAsThePerson() {
    ApiClient wangwei = login("wangwei");
    assertThat(wangwei.get("/api/processes").json().findValuesAsText("key")).contains("talk");
    assertThat(login("liqiang").get("/api/processes").json().findValuesAsText("key"))
        .doesNotContain("talk");

    JsonNode options = wangwei.get("/api/processes/talk/start-form").json().path("values");
    List<String> people = options.path("talkeeOptions").findValuesAsText("value");
    assertThat(people).contains("zhangsan", "liqiang", "sunli").doesNotContain("wangwei");
    assertThat(options.path("talkeeOptions").findValuesAsText("label"))
        .anySatisfy(label -> assertThat(label).startsWith("张三（"));
  }

  @Test
  void aTalkIsRecordedAndEachProblemFollowedUpToVerifiedClosure() {
    ApiClient wangwei = login("wangwei");
    String talk = schedule(wangwei, "zhangsan", "event");
    JsonNode record = myTask(wangwei, talk, "recordTalk");
    assertThat(record.path("title").asText()).contains("王伟与张三谈心谈话");
    assertThat(record.path("branch").path("code").asText()).isEqualTo("branch-1");
    assertThat(record.path("due").asText()).startsWith(TODAY.plusDays(10).toString());

    assertThat(
            wangwei
                .get("/api/tasks/" + record.path("id").asText() + "/form")
                .json()
                .path("values")
                .path("ownerOptions")
                .findValuesAsText("value"))
        .as("the record form offers the court's people as owners")
        .contains("zhangsan", "wangwei", "sunli");
    Response unknownOwner =
        complete(wangwei, record, talkRecord(problem("说理不充分", "nobody-" + UUID.randomUUID())));
    assertThat(unknownOwner.status()).isEqualTo(400);
    assertThat(unknownOwner.fields()).containsExactly("problems[0].owner");
    Map<String, Object> badDate = problem("说理不充分", "zhangsan");
    badDate.put("deadline", "2026-02-30");
    Response wrongDate = complete(wangwei, record, talkRecord(badDate));
    assertThat(wrongDate.status()).isEqualTo(400);
    assertThat(wrongDate.fields()).containsExactly("problems[0].deadline");

    assertThat(complete(wangwei, record, talkRecord(problem("案件审理报告说理不充分", "zhangsan"))).status())
        .isEqualTo(204);

    ApiClient zhangsan = login("zhangsan");
    JsonNode report = task(zhangsan, "mine", "reportFollowUpProgress", "案件审理报告说理不充分");
    assertThat(report.path("title").asText()).contains("案件审理报告说理不充分");
    assertThat(
            complete(
                    zhangsan,
                    report,
                    Map.of("progressReport", "已重写两份审理报告", "progressState", "done"))
                .status())
        .isEqualTo(204);

    ApiClient liqiang = login("liqiang");
    JsonNode verify = task(liqiang, "claimable", "verifyFollowUp", "案件审理报告说理不充分");
    assertThat(liqiang.post("/api/tasks/" + verify.path("id").asText() + "/claim", "{}").status())
        .isEqualTo(200);
    assertThat(
            complete(liqiang, verify, Map.of("verifyDecision", "closed", "verifyComment", "已核实"))
                .status())
        .isEqualTo(204);

    assertThat(
            jdbc.queryForObject(
                "select count(*) from ACT_HI_PROCINST where ID_ = ? and END_TIME_ is not null",
                Long.class,
                talk))
        .as("the talk closes with its last item")
        .isEqualTo(1);
  }

  @Test
  void openFollowUpsAreListedByBranchAndAgeForThePartyCommitteeAndTheBranchSecretary() {
    ApiClient wangwei = login("wangwei");
    String talk = schedule(wangwei, "zhangsan", "routine");
    String problem = "卷宗归档不及时-" + UUID.randomUUID().toString().substring(0, 6);
    assertThat(
            complete(
                    wangwei,
                    myTask(wangwei, talk, "recordTalk"),
                    talkRecord(problem(problem, "zhangsan")))
                .status())
        .isEqualTo(204);

    JsonNode mine = login("liqiang").get("/api/follow-ups").json();
    JsonNode item = itemOf(mine, problem);
    assertThat(item.path("owner").asText()).isEqualTo("zhangsan");
    assertThat(item.path("ownerName").asText()).isEqualTo("张三");
    assertThat(item.path("branch").path("code").asText()).isEqualTo("branch-1");
    assertThat(item.path("source").asText()).contains("王伟与张三谈心谈话");
    assertThat(item.path("deadline").asText()).isEqualTo(TODAY.plusMonths(1).toString());
    assertThat(item.path("ageDays").asInt()).isZero();
    assertThat(item.path("overdue").asBoolean()).isFalse();
    assertThat(mine.path("branches").findValuesAsText("code")).containsExactly("branch-1");
    JsonNode branch = mine.path("branches").get(0);
    assertThat(branch.path("open").asInt())
        .isEqualTo(mine.path("items").size())
        .isEqualTo(
            branch.path("upTo30").asInt()
                + branch.path("upTo90").asInt()
                + branch.path("over90").asInt());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where actor = 'liqiang'"
                    + " and action = 'follow-up.list'",
                Long.class))
        .isPositive();

    assertThat(
            itemOf(wangwei.get("/api/follow-ups").json(), problem)
                .path("processInstanceId")
                .asText())
        .isEqualTo(item.path("processInstanceId").asText());
    assertThat(login("sunli").get("/api/follow-ups").json().path("items").findValuesAsText("title"))
        .doesNotContain(problem);
    assertThat(login("zhangsan").get("/api/follow-ups").status()).isEqualTo(403);
    assertThat(login("chenjing").get("/api/follow-ups").status())
        .as("a committee member sees coverage, not the problems found")
        .isEqualTo(403);
  }

  @Test
  void aMustTalkEventWithoutADateIsDueInTheConfiguredWorkingDays() {
    ApiClient wangwei = login("wangwei");
    Response started = start(wangwei, "zhangsan", "event", null);
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonNode record =
        myTask(wangwei, started.json().path("processInstanceId").asText(), "recordTalk");
    assertThat(Instant.parse(record.path("due").asText()))
        .isEqualTo(deadlines.workingDays(clock.instant(), 10));
  }

  private static JsonNode itemOf(JsonNode followUps, String title) {
    for (JsonNode item : followUps.path("items")) {
      if (item.path("title").asText().equals(title)) {
        return item;
      }
    }
    throw new AssertionError("no open follow-up " + title);
  }

  @Test
  void aTalkIsSeenByThePersonsBranchSecretaryButNotByAnotherBranchs() {
    String talk = schedule(login("wangwei"), "zhangsan", "leadership");

    assertThat(login("liqiang").get("/api/instances/" + talk).status()).isEqualTo(200);
    ApiClient sunli = login("sunli");
    assertThat(sunli.get("/api/instances/" + talk).status()).isEqualTo(404);
    String record =
        jdbc.queryForObject(
            "select task_id from task_inbox where process_instance_id = ? and state = 'open'",
            String.class,
            talk);
    assertThat(sunli.get("/api/tasks/" + record).status()).isEqualTo(404);
    assertThat(sunli.get("/api/tasks/" + record + "/form").status()).isEqualTo(404);
    assertThat(login("zhaomin").get("/api/instances/" + talk).status())
        .as("the discipline commission is told of reminder and admonishment talks only")
        .isEqualTo(404);
  }

  @Test
  void anAdmonishmentTalkIsExplainedSignedAndReportedToTheDisciplineCommission() {
    ApiClient wangwei = login("wangwei");
    String talk = schedule(wangwei, "zhangsan", "admonishment");
    assertThat(complete(wangwei, myTask(wangwei, talk, "recordTalk"), talkRecord()).status())
        .isEqualTo(204);

    ApiClient zhangsan = login("zhangsan");
    JsonNode explain = myTask(zhangsan, talk, "explainTalk");
    assertThat(complete(zhangsan, explain, Map.of("explanation", "已认识到问题，立即整改")).status())
        .isEqualTo(204);
    JsonNode signOff = myTask(wangwei, talk, "signOffTalk");
    assertThat(complete(wangwei, signOff, Map.of("signOffComment", "已阅")).status()).isEqualTo(204);

    assertThat(
            jdbc.queryForObject(
                "select count(*) from notification where recipient = 'zhaomin'"
                    + " and kind = 'talk.admonition' and link = ?",
                Long.class,
                "/cases/" + talk))
        .isEqualTo(1);
    assertThat(login("zhaomin").get("/api/instances/" + talk).status())
        .as("the discipline commission opens the talk it was told of")
        .isEqualTo(200);
  }

  @Test
  void thePersonMustBeOneOfThoseOffered() {
    ApiClient wangwei = login("wangwei");
    for (String person :
        List.of("wangwei", "nobody-" + UUID.randomUUID().toString().substring(0, 6))) {
      Response refused = start(wangwei, person, "leadership");
      assertThat(refused.status()).as(person).isEqualTo(400);
      assertThat(refused.fields()).containsExactly("talkee");
    }
    Response passed = start(wangwei, "zhangsan", "leadership", TODAY.minusDays(1));
    assertThat(passed.status()).isEqualTo(400);
    assertThat(passed.fields()).containsExactly("talkDueOn");
  }

  // ---- helpers --------------------------------------------------------------------------------

  private ApiClient login(String user) {
    return ApiClient.loggedIn(port, user, DEMO);
  }

  private String schedule(ApiClient talker, String person, String kind) {
    Response started = start(talker, person, kind);
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return started.json().path("processInstanceId").asText();
  }

  private Response start(ApiClient talker, String person, String kind) {
    return start(talker, person, kind, TODAY.plusDays(10));
  }

  private Response start(ApiClient talker, String person, String kind, LocalDate due) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("talkee", person);
    values.put("talkKind", kind);
    if (kind.equals("event")) {
      values.put("eventKind", "complaint");
    }
    values.put("talkReason", "当事人反映其庭审态度生硬");
    if (due != null) {
      values.put("talkDueOn", due.toString());
    }
    return talker.post("/api/processes/talk/start", Map.of("values", values));
  }

  private static Map<String, Object> talkRecord(Map<String, Object>... problems) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("talkedOn", TODAY.toString());
    record.put("place", "机关党委办公室");
    record.put("participants", "王伟、张三");
    record.put("topic", "听取对庭审作风投诉的说明");
    record.put("strengths", "结案率高");
    record.put("problems", List.of(problems));
    record.put("requests", "希望加强庭审礼仪培训");
    return record;
  }

  private static Map<String, Object> problem(String problem, String owner) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("problem", problem);
    row.put("owner", owner);
    row.put("measure", "重写审理报告并请庭长审阅");
    row.put("deadline", TODAY.plusMonths(1).toString());
    return row;
  }

  private static Response complete(ApiClient client, JsonNode task, Map<String, Object> values) {
    return client.post(
        "/api/tasks/" + task.path("id").asText() + "/complete", Map.of("values", values));
  }

  /** The user's own open task of this step of the instance. */
  private static JsonNode myTask(ApiClient client, String instance, String taskKey) {
    for (JsonNode item : client.get("/api/tasks?scope=mine&size=100").json().path("items")) {
      if (item.path("taskKey").asText().equals(taskKey)
          && item.path("processInstanceId").asText().equals(instance)) {
        return item;
      }
    }
    throw new AssertionError("no " + taskKey + " task of " + instance);
  }

  /** An open task of this step in the inbox's scope whose title names the subject. */
  private static JsonNode task(ApiClient client, String scope, String taskKey, String title) {
    for (JsonNode item :
        client.get("/api/tasks?scope=" + scope + "&size=100").json().path("items")) {
      if (item.path("taskKey").asText().equals(taskKey)
          && item.path("title").asText().contains(title)) {
        return item;
      }
    }
    throw new AssertionError("no " + scope + " " + taskKey + " " + title);
  }
}
