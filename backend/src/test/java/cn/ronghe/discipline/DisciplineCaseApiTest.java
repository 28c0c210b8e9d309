package cn.ronghe.discipline;

import static cn.ronghe.discipline.ClueDesk.ANONYMOUS;
import static cn.ronghe.discipline.ClueDesk.TODAY;
import static cn.ronghe.discipline.ClueDesk.claimable;
import static cn.ronghe.discipline.ClueDesk.inScope;
import static cn.ronghe.discipline.ClueDesk.instancesIn;
import static cn.ronghe.discipline.ClueDesk.mine;
import static cn.ronghe.discipline.ClueDesk.register;
import static cn.ronghe.support.Workbench.complete;
import static cn.ronghe.support.Workbench.post;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.calendar.Deadlines;
import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 立案审查 through the API: a verified clue becomes a case; its review is due in 90 days and moves by
 * an approved extension; nobody who handled or investigated it may hear it or review its appeal;
 * the sanction is recorded with its form (四种形态) and changed on appeal; and an officer who declares
 * a conflict (回避) leaves the list, the tasks and the inbox at once.
 */
@ApplicationTest
class DisciplineCaseApiTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;

  @Test
  void aCaseIsHeardAndItsAppealReviewedByPeopleWhoDidNotInvestigateIt() {
    ApiClient zhoujian = login("zhoujian");
    ApiClient zhaomin = login("zhaomin");
    ApiClient tangjun = login("tangjun");
    ApiClient gaoyan = login("gaoyan");
    String clue = register(zhoujian, "lisi", ANONYMOUS);
    verifyAndOpenCase(zhoujian, zhaomin, clue);

    String caseId = caseOf(clue);
    JsonNode opened = zhoujian.get("/api/discipline-clues/" + clue).json().path("clue");
    assertThat(opened.path("caseFile").path("openedAt").isMissingNode()).isFalse();
    assertThat(opened.path("steps").get(0).path("name").asText()).isEqualTo("组成审查组");
    assertThat(opened.path("steps").size()).isOne();
    for (String outsider : List.of("wangwei", "admin", "liqiang", "tangjun")) {
      ApiClient client = login(outsider);
      assertThat(client.get("/api/instances/" + caseId).status()).as(outsider).isEqualTo(404);
      assertThat(client.get("/api/tasks/" + taskOf(caseId, "assignReviewTeam")).status())
          .as(outsider)
          .isEqualTo(404);
    }

    complete(
        zhaomin,
        mine(zhaomin, caseId, "assignReviewTeam"),
        Map.of("reviewTeam", List.of("zhoujian", "wuxiaoyan")));
    JsonNode review = claim(zhoujian, caseId, "conductReview");
    assertThat(dueOf(review)).as("90 days").isEqualTo(endOf(TODAY.plusDays(90)));
    complete(
        zhoujian,
        review,
        Map.of(
            "reviewFindings",
            "需调取执行案卷",
            "reviewResult",
            "extend",
            "extensionDays",
            30,
            "extensionReason",
            "案卷调取需时"));
    complete(
        zhaomin,
        mine(zhaomin, caseId, "approveExtension"),
        Map.of("extensionDecision", "approve", "extensionComment", "同意延长 30 天"));
    review = claim(zhoujian, caseId, "conductReview");
    assertThat(dueOf(review)).as("moved by the extension").isEqualTo(endOf(TODAY.plusDays(120)));
    complete(zhoujian, review, Map.of("reviewFindings", "违反廉洁纪律属实", "reviewResult", "toHearing"));

    JsonNode panel = mine(zhaomin, caseId, "assignHearingPanel");
    for (List<String> investigators :
        List.of(List.of("wuxiaoyan", "tangjun"), List.of("zhoujian", "gaoyan"))) {
      Response refused = post(zhaomin, panel, Map.of("hearingPanel", investigators));
      assertThat(refused.status()).as(investigators.toString()).isEqualTo(400);
      assertThat(refused.fields()).containsExactly("hearingPanel");
    }
    assertThat(tangjun.get("/api/discipline-clues/" + clue).status()).isEqualTo(404);
    complete(zhaomin, panel, Map.of("hearingPanel", List.of("tangjun", "gaoyan")));
    assertThat(tangjun.get("/api/discipline-clues/" + clue).status()).isEqualTo(200);

    complete(
        tangjun,
        claim(tangjun, caseId, "holdHearing"),
        Map.of("hearingOpinion", "情节较轻", "proposedSanction", "warning"));
    complete(zhaomin, mine(zhaomin, caseId, "decideCase"), Map.of("caseDecision", "return"));
    complete(
        gaoyan,
        claim(gaoyan, caseId, "holdHearing"),
        Map.of("hearingOpinion", "造成不良影响", "proposedSanction", "seriousWarning"));
    complete(
        zhaomin,
        mine(zhaomin, caseId, "decideCase"),
        Map.of(
            "caseDecision",
            "decide",
            "sanction",
            "seriousWarning",
            "decisionDate",
            TODAY.toString(),
            "decisionNumber",
            "纪决〔" + TODAY.getYear() + "〕1号"));
    assertThat(row(clue)).containsEntry("SANCTION", "seriousWarning").containsEntry("FOUR_FORM", 2);
    JsonNode execution = mine(zhoujian, caseId, "reportExecution");
    assertThat(dueOf(execution)).isEqualTo(endOf(TODAY.plusMonths(6)));
    JsonNode appeal = mine(zhoujian, caseId, "recordAppeal");
    assertThat(dueOf(appeal)).isEqualTo(endOf(TODAY.plusMonths(1)));
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(caseId)
                .taskDefinitionKey("informCaseResult")
                .count())
        .as("anonymous: nobody to tell")
        .isZero();

    complete(
        zhoujian, appeal, Map.of("appealReceivedOn", TODAY.toString(), "appealGrounds", "处分过重"));
    JsonNode reviewers = mine(zhaomin, caseId, "assignAppealReviewers");
    Response refused =
        post(zhaomin, reviewers, Map.of("appealReviewers", List.of("zhoujian", "tangjun")));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.fields()).containsExactly("appealReviewers");
    complete(zhaomin, reviewers, Map.of("appealReviewers", List.of("tangjun", "gaoyan")));
    JsonNode appealReview = claim(tangjun, caseId, "reviewAppeal");
    assertThat(dueOf(appealReview)).isEqualTo(endOf(TODAY.plusMonths(3)));
    complete(tangjun, appealReview, Map.of("appealFindings", "处分偏重"));
    complete(
        zhaomin,
        mine(zhaomin, caseId, "decideAppeal"),
        Map.of("appealResult", "change", "appealSanction", "warning", "appealNote", "改为警告"));
    assertThat(row(clue))
        .containsEntry("SANCTION", "warning")
        .containsEntry("FOUR_FORM", 2)
        .containsEntry("APPEAL_RESULT", "change");

    complete(
        zhoujian,
        mine(zhoujian, caseId, "reportExecution"),
        Map.of("executedOn", TODAY.toString(), "executionNote", "已宣布处分决定并存入档案"));
    JsonNode closed = zhoujian.get("/api/discipline-clues/" + clue).json().path("clue");
    assertThat(closed.path("outcome").asText()).isEqualTo("openCase");
    assertThat(closed.path("caseFile").path("sanction").asText()).isEqualTo("warning");
    assertThat(closed.path("caseFile").path("decisionNumber").asText()).endsWith("1号");
    assertThat(closed.path("caseFile").path("closedAt").isMissingNode()).isFalse();
    assertThat(closed.path("fourForm").asInt()).isEqualTo(2);
    assertThat(closed.path("steps").size()).isZero();
  }

  @Test
  void aRecusedOfficerLeavesTheListTheTasksAndTheInbox() {
    ApiClient zhoujian = login("zhoujian");
    ApiClient zhaomin = login("zhaomin");
    ApiClient wuxiaoyan = login("wuxiaoyan");
    String clue = register(zhoujian, "lisi", ANONYMOUS);
    JsonNode proposal = mine(zhoujian, clue, "proposeDisposal");
    Response copied =
        zhoujian.post(
            "/api/tasks/" + proposal.path("id").asText() + "/cc",
            Map.of("users", List.of("wangwei")));
    assertThat(copied.status()).as("no copy off the list").isEqualTo(400);
    assertThat(copied.fields()).containsExactly("users[0]");
    Response transferred =
        zhoujian.post(
            "/api/tasks/" + proposal.path("id").asText() + "/transfer",
            Map.of("to", "wuxiaoyan", "reason", "工作调整"));
    assertThat(transferred.status()).as("no transfer off the list").isEqualTo(400);
    assertThat(transferred.fields()).containsExactly("to");

    complete(zhoujian, proposal, Map.of("disposalWay", "verification", "proposalReason", "有可查性"));
    complete(zhaomin, mine(zhaomin, clue, "approveDisposal"), Map.of("approveDecision", "approve"));
    complete(
        zhaomin,
        mine(zhaomin, clue, "assignVerificationTeam"),
        Map.of("verificationTeam", List.of("zhoujian", "wuxiaoyan")));
    complete(
        wuxiaoyan,
        claim(wuxiaoyan, clue, "reportVerification"),
        Map.of("findings", "反映问题基本属实", "verificationOutcome", "openCase"));
    assertThat(instancesIn(wuxiaoyan, "involved"))
        .as("she acted on it: the head's approval shows under involved")
        .contains(clue);

    String recusals = "/api/discipline-clues/" + clue + "/recusals";
    assertThat(login("wangwei").post(recusals, recusal("wangwei", "亲属关系")).status())
        .as("off the list: no such clue")
        .isEqualTo(404);
    assertThat(wuxiaoyan.post(recusals, recusal("wuxiaoyan", " ")).fields())
        .containsExactly("reason");
    assertThat(wuxiaoyan.post(recusals, recusal("zhoujian", "亲属关系")).status())
        .as("only the head orders another's recusal")
        .isEqualTo(403);
    assertThat(zhaomin.post(recusals, recusal("zhaomin", "同学关系")).status())
        .as("the head's own conflict goes to the higher level")
        .isEqualTo(409);
    assertThat(wuxiaoyan.post(recusals, recusal("wuxiaoyan", "与被反映人系近亲属")).status()).isEqualTo(204);

    assertThat(wuxiaoyan.get("/api/discipline-clues/" + clue).status()).isEqualTo(404);
    assertThat(wuxiaoyan.get("/api/instances/" + clue).status()).isEqualTo(404);
    for (String scope : List.of("mine", "claimable", "involved")) {
      assertThat(instancesIn(wuxiaoyan, scope)).as(scope).doesNotContain(clue);
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from instance_participant where username = 'wuxiaoyan'"
                    + " and process_instance_id = ?",
                Integer.class,
                clue))
        .isZero();
    JsonNode detail = zhoujian.get("/api/discipline-clues/" + clue).json();
    assertThat(detail.path("access").findValuesAsText("username")).doesNotContain("wuxiaoyan");
    assertThat(detail.path("recusals").findValuesAsText("reason")).containsExactly("与被反映人系近亲属");
    assertThat(
            jdbc.queryForList(
                "select recipient from notification where kind = 'discipline.recusal' and link = ?",
                String.class,
                "/discipline-clues/" + clue))
        .as("the head is told")
        .containsExactly("zhaomin");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where actor = 'wuxiaoyan'"
                    + " and action = 'discipline-clue.recusal' and object_id = ?",
                Integer.class,
                clue))
        .isEqualTo(1);

    complete(
        zhaomin,
        mine(zhaomin, clue, "approveVerification"),
        Map.of("verificationDecision", "return", "verificationComment", "补充核实"));
    String report = taskOf(clue, "reportVerification");
    assertThat(
            taskService.getIdentityLinksForTask(report).stream()
                .map(IdentityLink::getUserId)
                .toList())
        .as("the returned report goes to the rest of the team")
        .containsExactly("zhoujian");
    complete(
        zhoujian,
        claim(zhoujian, clue, "reportVerification"),
        Map.of("findings", "补充核实后属实", "verificationOutcome", "openCase"));
    complete(
        zhaomin,
        mine(zhaomin, clue, "approveVerification"),
        Map.of("verificationDecision", "approve"));
    Response renamed =
        post(
            zhaomin,
            mine(zhaomin, caseOf(clue), "assignReviewTeam"),
            Map.of("reviewTeam", List.of("zhoujian", "wuxiaoyan")));
    assertThat(renamed.status()).as("a recused officer is never named again").isEqualTo(400);
    assertThat(renamed.fields()).containsExactly("reviewTeam");

    assertThat(zhaomin.post(recusals, recusal("zhoujian", "工作回避")).status()).isEqualTo(204);
    JsonNode team = mine(zhaomin, caseOf(clue), "assignReviewTeam");
    assertThat(team.path("assignee").asText()).isEqualTo("zhaomin");
    assertThat(taskService.getVariable(team.path("id").asText(), "registrar"))
        .as("the head is the case officer in place of a recused registrar")
        .isEqualTo("zhaomin");
    assertThat(zhoujian.get("/api/discipline-clues/" + clue).status()).isEqualTo(404);
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** The registrar proposes verification; the team reports, and the head approves, a case. */
  private void verifyAndOpenCase(ApiClient registrar, ApiClient head, String clue) {
    complete(
        registrar,
        mine(registrar, clue, "proposeDisposal"),
        Map.of("disposalWay", "verification", "proposalReason", "反映问题具体，有可查性"));
    complete(head, mine(head, clue, "approveDisposal"), Map.of("approveDecision", "approve"));
    complete(
        head,
        mine(head, clue, "assignVerificationTeam"),
        Map.of("verificationTeam", List.of("zhoujian", "wuxiaoyan")));
    complete(
        registrar,
        claim(registrar, clue, "reportVerification"),
        Map.of("findings", "反映问题基本属实", "verificationOutcome", "openCase"));
    complete(
        head, mine(head, clue, "approveVerification"), Map.of("verificationDecision", "approve"));
  }

  /** Claims the caller's claimable task of this step; the task as the inbox lists it. */
  private static JsonNode claim(ApiClient client, String instance, String taskKey) {
    JsonNode task = claimable(client, instance, taskKey);
    assertThat(client.post("/api/tasks/" + task.path("id").asText() + "/claim", "{}").status())
        .isEqualTo(200);
    return inScope(client, "mine", instance, taskKey);
  }

  private static Map<String, Object> recusal(String username, String reason) {
    return Map.of("username", username, "reason", reason);
  }

  private String caseOf(String clue) {
    return jdbc.queryForObject(
        "select case_instance_id from discipline_case where process_instance_id = ?",
        String.class,
        clue);
  }

  private Map<String, Object> row(String clue) {
    return jdbc.queryForMap(
        "select sanction, four_form, appeal_result from discipline_case"
            + " where process_instance_id = ?",
        clue);
  }

  private String taskOf(String instance, String taskKey) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance)
        .taskDefinitionKey(taskKey)
        .singleResult()
        .getId();
  }

  private Date dueOf(JsonNode task) {
    return taskService
        .createTaskQuery()
        .taskId(task.path("id").asText())
        .singleResult()
        .getDueDate();
  }

  private static Date endOf(LocalDate day) {
    return Date.from(Deadlines.endOf(day));
  }

  private ApiClient login(String user) {
    return new ClueDesk(port).login(user);
  }
}
