package cn.ronghe.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.EngineTime;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
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
            "select talkee, talker, branch_code from talk_plan_item"
                + " where plan_year = ? and kind = 'routine'",
            (r, i) -> new Item(r.getString(1), r.getString(2), r.getString(3)),
            YEAR);
    long all =
        jdbc.queryForObject(
            "select count(*) from talk_plan_item where plan_year = ?", Long.class, YEAR);
    assertThat(((Number) first.get("planTalksStarted")).longValue()).isEqualTo(all);
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
                + " where i.plan_year = ? and i.talkee = 'wangfang' and i.kind = 'routine'"
                + " and t.state = 'open'",
            (r, i) ->
                List.of(r.getString(1), r.getTimestamp(2).toInstant().toString(), r.getString(3)),
            YEAR);
    assertThat(talk.get(0)).isEqualTo("liqiang");
    assertThat(talk.get(2)).isEqualTo("recordTalk");
    // 23:59:59 of 31 December in Beijing
    assertThat(talk.get(1)).isEqualTo(YEAR + "-12-31T15:59:59Z");

    Map<String, Object> again = openYear(wangwei, YEAR);
    assertThat(again.get("planTalksStarted")).isEqualTo(0);
    assertThat(((Number) again.get("planTalksAlreadyPlanned")).longValue()).isEqualTo(all);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from talk_plan_item where plan_year = ?", Long.class, YEAR))
        .isEqualTo(all);
  }

  @Test
  void coverageShowsPerPersonAndBranchWhoWasTalkedWithAndWhoIsPlannedOrOverdue() {
    int year = 2033;
    openYear(ApiClient.loggedIn(port, "wangwei", DEMO), year);
    ApiClient liqiang = ApiClient.loggedIn(port, "liqiang", DEMO);
    recordPlannedTalk(liqiang, year, "routine", "wangfang", 1);

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

  @Test
  void aLeaderTalksWithEachCadreTwiceAYearAndFollowsTheirProgress() {
    int year = 2035;
    openYear(ApiClient.loggedIn(port, "wangwei", DEMO), year);
    // 黄志明 leads the first branch: each of its people with a login is his cadre
    List<String> cadres =
        jdbc.queryForList(
            "select distinct u.username from app_user u join person p on p.id = u.person_id"
                + " join org_unit o on o.id = p.org_id left join org_unit b on b.id = o.parent_id"
                + " where 'branch-1' in (o.code, b.code) and u.enabled = true and p.active = true",
            String.class);
    assertThat(cadres).contains("liqiang", "zhangsan", "wangfang").hasSizeGreaterThan(3);
    List<String> dues =
        jdbc.query(
            "select i.talkee, t.due_at from talk_plan_item i join talk t"
                + " on t.process_instance_id = i.process_instance_id"
                + " where i.plan_year = ? and i.kind = 'leadership' and i.talker = 'huangzhiming'",
            (r, i) -> r.getString(1) + "@" + r.getTimestamp(2).toInstant(),
            year);
    assertThat(dues).hasSize(cadres.size() * 2);
    assertThat(dues)
        .contains("zhangsan@" + year + "-06-30T15:59:59Z", "zhangsan@" + year + "-12-31T15:59:59Z");

    ApiClient huang = ApiClient.loggedIn(port, "huangzhiming", DEMO);
    assertThat(huang.get("/api/processes").json().findValuesAsText("key"))
        .as("a leader grant naming an organisation is still the leader group")
        .contains("talk");
    recordPlannedTalk(huang, year, "leadership", "zhangsan", 1);

    JsonNode quota = huang.get("/api/talks/quota?year=" + year).json();
    assertThat(quota.path("quota").asInt()).isEqualTo(2);
    assertThat(quota.path("leaders")).hasSize(1);
    JsonNode leader = quota.path("leaders").get(0);
    assertThat(leader.path("org").path("code").asText()).isEqualTo("branch-1");
    assertThat(leader.path("cadres").asInt()).isEqualTo(cadres.size());
    assertThat(leader.path("due").asInt()).isEqualTo(cadres.size() * 2);
    assertThat(leader.path("held").asInt()).isEqualTo(1);
    assertThat(leader.path("complete").asInt()).isZero();
    JsonNode zhangsan = null;
    for (JsonNode cadre : leader.path("people")) {
      if (cadre.path("username").asText().equals("zhangsan")) {
        zhangsan = cadre;
      }
    }
    assertThat(zhangsan).isNotNull();
    assertThat(zhangsan.path("held").asInt()).isEqualTo(1);
    assertThat(zhangsan.path("planned").asInt()).isEqualTo(1);

    assertThat(
            ApiClient.loggedIn(port, "wangwei", DEMO)
                .get("/api/talks/quota?year=" + year)
                .json()
                .path("leaders")
                .findValuesAsText("username"))
        .contains("huangzhiming");
    assertThat(ApiClient.loggedIn(port, "liqiang", DEMO).get("/api/talks/quota").status())
        .isEqualTo(403);
    EngineTime.moveTo(Instant.parse(year + "-07-15T02:00:00Z"));
    try {
      JsonNode wangfang = null;
      for (JsonNode cadre :
          huang.get("/api/talks/quota?year=" + year).json().path("leaders").get(0).path("people")) {
        if (cadre.path("username").asText().equals("wangfang")) {
          wangfang = cadre;
        }
      }
      assertThat(wangfang).isNotNull();
      assertThat(wangfang.path("overdue").asInt()).as("the first round was due on 30 June").isOne();
      assertThat(
              statusOf(
                  ApiClient.loggedIn(port, "liqiang", DEMO)
                      .get("/api/talks/coverage?year=" + year)
                      .json(),
                  "wangfang"))
          .as("the branch's coverage counts its own talks, not the leader's")
          .isEqualTo("planned");
    } finally {
      EngineTime.reset();
    }
    assertThat(openYear(ApiClient.loggedIn(port, "wangwei", DEMO), year).get("planTalksStarted"))
        .as("nothing planned twice")
        .isEqualTo(0);
  }

  @Test
  void theWorkbookHoldsTheViewsTheReaderMaySee() throws Exception {
    int year = 2036;
    openYear(ApiClient.loggedIn(port, "wangwei", DEMO), year);
    assertThat(sheets("wangwei", year)).containsExactly("谈话覆盖", "支部统计", "领导干部谈话", "整改事项");
    assertThat(sheets("liqiang", year)).containsExactly("谈话覆盖", "支部统计", "整改事项");
    assertThat(sheets("chenjing", year)).containsExactly("谈话覆盖", "支部统计");
    assertThat(sheets("huangzhiming", year)).containsExactly("领导干部谈话");
    assertThat(ApiClient.loggedIn(port, "zhangsan", DEMO).get("/api/talks/export").status())
        .isEqualTo(403);

    HttpResponse<byte[]> export =
        ApiClient.loggedIn(port, "liqiang", DEMO).download("/api/talks/export?year=" + year);
    assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment", "-" + year + ".xlsx");
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(export.body()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows.get(0).getCell(5).asString()).isEqualTo(year + " 年");
      List<String> wangfang =
          rows.stream()
              .filter(r -> "wangfang".equals(r.getCellText(1)))
              .map(r -> r.getCellText(5))
              .toList();
      assertThat(wangfang).containsExactly("已计划");
      List<String> branchesShown =
          rows.subList(1, rows.size()).stream().map(r -> r.getCellText(2)).distinct().toList();
      assertThat(branchesShown)
          .as("a secretary's workbook shows their own branch's people only")
          .containsExactly("第一党支部（审判业务）");
    }
  }

  private List<String> sheets(String user, int year) throws Exception {
    HttpResponse<byte[]> export =
        ApiClient.loggedIn(port, user, DEMO).download("/api/talks/export?year=" + year);
    assertThat(export.statusCode()).as(user).isEqualTo(200);
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(export.body()))) {
      return workbook.getSheets().map(Sheet::getName).toList();
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

  /** The talker records the plan's talk of the kind and round with the person, held on 2 March. */
  private void recordPlannedTalk(
      ApiClient talker, int year, String kind, String talkee, int round) {
    String task =
        jdbc.queryForObject(
            "select t.task_id from task_inbox t join talk_plan_item i"
                + " on i.process_instance_id = t.process_instance_id"
                + " where i.plan_year = ? and i.kind = ? and i.talkee = ? and i.talk_round = ?"
                + " and t.state = 'open'",
            String.class,
            year,
            kind,
            talkee,
            round);
    Map<String, Object> record = new java.util.LinkedHashMap<>();
    record.put("talkedOn", year + "-03-02");
    record.put("place", "办公室");
    record.put("participants", "谈话双方");
    record.put("topic", year + " 年度谈心谈话");
    record.put("problems", List.of());
    assertThat(talker.post("/api/tasks/" + task + "/complete", Map.of("values", record)).status())
        .isEqualTo(204);
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
