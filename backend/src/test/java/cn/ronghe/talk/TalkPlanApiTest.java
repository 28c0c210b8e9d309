package cn.ronghe.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.EngineTime;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 年度谈心谈话计划 through the catalog: the Party committee opens a year; every member of a branch with a
 * secretary gets one routine talk with them (the secretary with a committee member), due on 31
 * December; opening the year again plans nobody twice.
 */
@ApplicationTest
class TalkPlanApiTest {

  static final String DEMO = "Ronghe@2026";
  static final int YEAR = 2031;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService historyService;

  @Test
  void aYearsPlanGivesEachBranchMemberOneTalkWithTheirSecretaryOnce() {
    ApiClient wangwei = ApiClient.loggedIn(port, "wangwei", DEMO);
    assertThat(wangwei.get("/api/processes").json().findValuesAsText("key")).contains("talkPlan");
    assertThat(
            ApiClient.loggedIn(port, "liqiang", DEMO)
                .get("/api/processes")
                .json()
                .findValuesAsText("key"))
        .doesNotContain("talkPlan");

    Map<String, Object> first = openYear(wangwei, YEAR);
    List<Item> items =
        jdbc.query(
            "select talkee, talker, branch_code from talk_plan_item where plan_year = ?",
            (r, i) -> new Item(r.getString(1), r.getString(2), r.getString(3)),
            YEAR);
    assertThat(((Number) first.get("planTalksStarted")).intValue()).isEqualTo(items.size());
    // branch 1: liqiang (secretary) talks with its members, chenjing (committee) with liqiang
    assertThat(items)
        .contains(
            new Item("wangfang", "liqiang", "branch-1"),
            new Item("chenjing", "liqiang", "branch-1"),
            new Item("liqiang", "chenjing", "branch-1"),
            new Item("lisi", "sunli", "branch-2"));
    assertThat(items).noneMatch(i -> i.branch().equals("branch-3"));
    assertThat(((Number) first.get("planTalksWithoutTalker")).intValue())
        .as("branch 3 has neither secretary nor committee member")
        .isPositive();

    // liqiang finds the talk with wangfang in his inbox, due on 31 December
    List<String> talk =
        jdbc.queryForObject(
            "select t.assignee, t.due_at, t.task_key from task_inbox t join talk_plan_item i"
                + " on i.process_instance_id = t.process_instance_id"
                + " where i.plan_year = ? and i.talkee = 'wangfang' and t.state = 'open'",
            (r, i) ->
                List.of(r.getString(1), r.getTimestamp(2).toInstant().toString(), r.getString(3)),
            YEAR);
    assertThat(talk.get(0)).isEqualTo("liqiang");
    assertThat(talk.get(2)).isEqualTo("recordTalk");
    // 23:59:59 of 31 December in Beijing
    assertThat(talk.get(1)).isEqualTo(YEAR + "-12-31T15:59:59Z");

    Map<String, Object> again = openYear(wangwei, YEAR);
    assertThat(again.get("planTalksStarted")).isEqualTo(0);
    assertThat(((Number) again.get("planTalksAlreadyPlanned")).intValue()).isEqualTo(items.size());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from talk_plan_item where plan_year = ?", Long.class, YEAR))
        .isEqualTo(items.size());
  }

  @Test
  void coverageShowsPerPersonAndBranchWhoWasTalkedWithAndWhoIsPlannedOrOverdue() {
    int year = 2033;
    openYear(ApiClient.loggedIn(port, "wangwei", DEMO), year);
    ApiClient liqiang = ApiClient.loggedIn(port, "liqiang", DEMO);
    String talk =
        jdbc.queryForObject(
            "select t.task_id from task_inbox t join talk_plan_item i"
                + " on i.process_instance_id = t.process_instance_id"
                + " where i.plan_year = ? and i.talkee = 'wangfang' and t.state = 'open'",
            String.class,
            year);
    Map<String, Object> record = new java.util.LinkedHashMap<>();
    record.put("talkedOn", year + "-03-02");
    record.put("place", "支部办公室");
    record.put("participants", "李强、王芳");
    record.put("topic", "年度谈心谈话");
    record.put("problems", List.of());
    assertThat(liqiang.post("/api/tasks/" + talk + "/complete", Map.of("values", record)).status())
        .isEqualTo(204);

    JsonNode mine = liqiang.get("/api/talks/coverage?year=" + year).json();
    assertThat(mine.path("people").findValuesAsText("code")).containsOnly("branch-1");
    assertThat(statusOf(mine, "wangfang")).isEqualTo("held");
    assertThat(statusOf(mine, "chenjing")).isEqualTo("planned");
    JsonNode branch1 = mine.path("branches").get(0);
    assertThat(branch1.path("code").asText()).isEqualTo("branch-1");
    assertThat(branch1.path("held").asInt()).isEqualTo(1);
    assertThat(branch1.path("members").asInt())
        .isEqualTo(branch1.path("held").asInt() + branch1.path("planned").asInt());

    JsonNode all =
        ApiClient.loggedIn(port, "wangwei", DEMO).get("/api/talks/coverage?year=" + year).json();
    assertThat(all.path("branches").findValuesAsText("code"))
        .contains("branch-1", "branch-2", "branch-3");
    assertThat(statusOf(all, "zhaomin")).as("branch 3 has nobody to talk").isEqualTo("none");
    assertThat(
            statusOf(
                ApiClient.loggedIn(port, "sunli", DEMO)
                    .get("/api/talks/coverage?year=" + year)
                    .json(),
                "lisi"))
        .isEqualTo("planned");
    assertThat(ApiClient.loggedIn(port, "zhangsan", DEMO).get("/api/talks/coverage").status())
        .isEqualTo(403);
    Response tooEarly = liqiang.get("/api/talks/coverage?year=1999");
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(tooEarly.json().path("errors").findValuesAsText("field")).containsExactly("year");

    EngineTime.moveTo(Instant.parse((year + 1) + "-01-02T02:00:00Z"));
    try {
      JsonNode later = liqiang.get("/api/talks/coverage?year=" + year).json();
      assertThat(statusOf(later, "chenjing")).isEqualTo("overdue");
      assertThat(statusOf(later, "wangfang")).isEqualTo("held");
    } finally {
      EngineTime.reset();
    }
  }

  private static String statusOf(JsonNode coverage, String username) {
    for (JsonNode person : coverage.path("people")) {
      if (person.path("username").asText().equals(username)) {
        return person.path("status").asText();
      }
    }
    throw new AssertionError(username + " not in the coverage");
  }

  @Test
  void theYearMustBeAPlausibleOne() {
    ApiClient wangwei = ApiClient.loggedIn(port, "wangwei", DEMO);
    for (Object year : List.of(1999, 2101, "2031年", 2031.5)) {
      Response refused =
          wangwei.post("/api/processes/talkPlan/start", Map.of("values", Map.of("planYear", year)));
      assertThat(refused.status()).as(String.valueOf(year)).isEqualTo(400);
      assertThat(refused.json().path("errors").findValuesAsText("field"))
          .containsExactly("planYear");
    }
  }

  /** A row of the plan: who is talked with, by whom, in which branch. */
  record Item(String talkee, String talker, String branch) {}

  /** Starts the plan for the year and waits for its background step; its variables. */
  private Map<String, Object> openYear(ApiClient partyCommittee, int year) {
    Response started =
        partyCommittee.post(
            "/api/processes/talkPlan/start", Map.of("values", Map.of("planYear", year)));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String instance = started.json().path("processInstanceId").asText();
    await("the plan's background step")
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(instance)
                        .singleResult()
                        .getEndTime()
                    != null);
    Map<String, Object> variables = new java.util.HashMap<>();
    historyService
        .createHistoricVariableInstanceQuery()
        .processInstanceId(instance)
        .list()
        .forEach(v -> variables.put(v.getName(), v.getValue()));
    return variables;
  }
}
