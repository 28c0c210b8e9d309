package cn.ronghe.membership;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.audit.AuditService;
import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.IntakeApplication;
import cn.ronghe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The intake list and detail: who sees which cases, the steps, the overdue filter. */
@ApplicationTest
class IntakeViewsApiTest {

  static final String DEMO = "Ronghe@2026";

  @LocalServerPort int port;
  @Autowired TestUsers users;
  @Autowired AuditService audit;

  @Test
  void thePartyCommitteeListsTheCaseAtItsCurrentStepAndSeesAllTwentyFiveSteps() {
    String applicant = applicant();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    long id = apply(applicant, today);

    JsonNode row = find(login("wangwei").get("/api/intakes?size=100"), id);
    assertThat(row).isNotNull();
    assertThat(row.path("stage").asText()).isEqualTo("applicant");
    assertThat(row.path("ruleSet").asText()).isEqualTo("2014");
    assertThat(row.path("branch").path("name").asText()).isEqualTo("第一党支部（审判业务）");
    assertThat(row.path("currentStep").path("key").asText()).isEqualTo("assignTalker");
    assertThat(row.path("currentStep").path("overdue").asBoolean()).isFalse();

    JsonNode detail = login("wangwei").get("/api/intakes/" + id).json();
    JsonNode steps = detail.path("steps");
    assertThat(steps).hasSize(25);
    assertThat(steps.get(0).path("state").asText()).isEqualTo("done");
    assertThat(steps.get(0).path("date").asText()).isEqualTo(today.toString());
    assertThat(steps.get(0).path("rule").asText()).contains("第五条");
    assertThat(steps.get(1).path("state").asText()).isEqualTo("current");
    assertThat(steps.get(1).path("due").asText()).isNotEmpty();
    assertThat(steps.get(2).path("state").asText()).isEqualTo("upcoming");
    assertThat(steps.get(24).path("stageNumber").asInt()).isEqualTo(5);
    assertThat(detail.path("registry").get(0).path("status").asText()).isEqualTo("applicant");
    assertThat(detail.path("registry").get(0).path("stepName").asText()).isEqualTo("递交入党申请书");
  }

  @Test
  void branchRolesSeeTheirOwnBranchOnlyAndTheApplicantTheirOwnCase() {
    String applicant = applicant();
    long id = apply(applicant, LocalDate.now(ZoneId.of("Asia/Shanghai")));

    assertThat(find(login("liqiang").get("/api/intakes?size=100"), id)).isNotNull();
    assertThat(find(login("sunli").get("/api/intakes?size=100&branch=branch-1"), id))
        .as("a branch-2 secretary asking for branch-1")
        .isNull();
    assertThat(login("sunli").get("/api/intakes/" + id).status()).isEqualTo(404);
    assertThat(login("lisi").get("/api/intakes").status()).isEqualTo(403);
    assertThat(
            ApiClient.loggedIn(port, applicant, TestUsers.PASSWORD)
                .get("/api/intakes/" + id)
                .status())
        .isEqualTo(200);
  }

  @Test
  void theOverdueFilterListsCasesWhoseTalkIsLate() {
    long late = apply(applicant(), LocalDate.of(2026, 1, 31));
    long fresh = apply(applicant(), LocalDate.now(ZoneId.of("Asia/Shanghai")));

    List<Long> overdue = ids(login("wangwei").get("/api/intakes?overdue=true&size=100"));

    assertThat(overdue).contains(late).doesNotContain(fresh);
    assertThat(ids(login("wangwei").get("/api/intakes?size=100")).indexOf(late))
        .as("overdue first")
        .isLessThan(ids(login("wangwei").get("/api/intakes?size=100")).indexOf(fresh));
  }

  @Test
  void theListExportsToAnExcelWorkbookWithTheSameFiltersAndTheExportIsAudited() throws Exception {
    String applicant = applicant();
    apply(applicant, LocalDate.now(ZoneId.of("Asia/Shanghai")));

    HttpResponse<byte[]> export = login("liqiang").download("/api/intakes/export?stage=applicant");

    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment", "filename*=UTF-8''%E5%8F%91%E5%B1%95%E5%85%9A%E5%91%98-");
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(export.body()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("申请人");
      Row ours =
          rows.stream().filter(r -> applicant.equals(r.getCellText(1))).findFirst().orElseThrow();
      assertThat(ours.getCellText(2)).isEqualTo("第一党支部（审判业务）");
      assertThat(ours.getCellText(3)).isEqualTo("入党申请人");
      assertThat(ours.getCellText(4)).isEqualTo("指派谈话人");
      assertThat(ours.getCellText(8)).isEqualTo("进行中");
      assertThat(rows.subList(1, rows.size()))
          .as("only the stage asked for")
          .extracting(r -> r.getCellText(3))
          .containsOnly("入党申请人");
    }
    assertThat(audit.ofObject("intake-list", "intakes"))
        .extracting(e -> e.actor() + " " + e.action())
        .contains("liqiang intake.export");
    assertThat(login("lisi").download("/api/intakes/export").statusCode()).isEqualTo(403);
  }

  @Test
  void anUnknownStageOrStateIsA400NamingTheParameter() {
    Response stage = login("wangwei").get("/api/intakes?stage=member");
    Response state = login("wangwei").get("/api/intakes?state=all");

    assertThat(stage.status()).isEqualTo(400);
    assertThat(stage.json().path("errors").get(0).path("field").asText()).isEqualTo("stage");
    assertThat(state.status()).isEqualTo(400);
    assertThat(state.json().path("errors").get(0).path("field").asText()).isEqualTo("state");
  }

  private String applicant() {
    return users.createPerson("branch-1-civil", LocalDate.of(1999, 5, 4), "none", "staff");
  }

  private long apply(String username, LocalDate applicationDate) {
    Response started =
        IntakeApplication.submit(
            ApiClient.loggedIn(port, username, TestUsers.PASSWORD), applicationDate);
    assertThat(started.status()).isEqualTo(201);
    String pid = started.json().path("processInstanceId").asText();
    for (JsonNode item : login("wangwei").get("/api/intakes?size=100").json().path("items")) {
      if (item.path("processInstanceId").asText().equals(pid)) {
        return item.path("id").asLong();
      }
    }
    throw new AssertionError("intake of " + pid + " not listed");
  }

  private static JsonNode find(Response list, long id) {
    assertThat(list.status()).isEqualTo(200);
    for (JsonNode item : list.json().path("items")) {
      if (item.path("id").asLong() == id) {
        return item;
      }
    }
    return null;
  }

  private static List<Long> ids(Response list) {
    List<Long> ids = new ArrayList<>();
    list.json().path("items").forEach(i -> ids.add(i.path("id").asLong()));
    return ids;
  }

  private ApiClient login(String username) {
    return ApiClient.loggedIn(port, username, DEMO);
  }
}
