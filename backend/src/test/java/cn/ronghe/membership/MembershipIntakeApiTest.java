package cn.ronghe.membership;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.org.MemberRegistry;
import cn.ronghe.org.MemberStatusChange;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.Concurrently;
import cn.ronghe.support.IntakeApplication;
import cn.ronghe.support.TestUsers;
import cn.ronghe.workflow.reminder.DeadlineSweep;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 发展党员 through the API, its first stage: application, talk, activist, filing; and the rules each
 * step is refused by, with the field and the rule named.
 */
@ApplicationTest
class MembershipIntakeApiTest {

  static final String DEMO = "Ronghe@2026";

  @LocalServerPort int port;
  @Autowired TestUsers users;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired MemberRegistry registry;
  @Autowired UserDirectory directory;
  @Autowired IntakeService intakes;
  @Autowired DeadlineSweep sweep;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anApplicantUnderEighteenOnTheApplicationDateIsRefusedNamingTheFieldAndTheRule() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String minor =
        users.createPerson("branch-1-civil", today.minusYears(18).plusDays(1), "none", "staff");

    Response refused = apply(minor, today);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("code").asText()).isEqualTo("rule.applicant-age");
    assertThat(refused.json().path("errors").get(0).path("field").asText())
        .isEqualTo("applicationDate");
    assertThat(refused.json().path("detail").asText()).contains("第五条", "十八");
    assertThat(statusOf(minor)).isEqualTo("none");
    assertThat(history(minor)).isEmpty();
  }

  @Test
  void anApplicantWhoTurnsEighteenOnTheApplicationDateMayApply() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String adult = users.createPerson("branch-1-civil", today.minusYears(18), "none", "staff");

    assertThat(apply(adult, today).status()).isEqualTo(201);
    assertThat(statusOf(adult)).isEqualTo("applicant");
  }

  @Test
  void aSecondOpenApplicationAndAFutureDateAreRefused() {
    String applicant = applicant();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    Response future = apply(applicant, today.plusDays(1));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().path("code").asText()).isEqualTo("rule.application-date");
    assertThat(future.json().path("errors").get(0).path("field").asText())
        .isEqualTo("applicationDate");

    assertThat(apply(applicant, today).status()).isEqualTo(201);
    Response second = apply(applicant, today);
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().path("code").asText()).isEqualTo("rule.one-open-intake");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("membershipIntake")
                .variableValueEquals("applicant", applicant)
                .count())
        .isEqualTo(1);
  }

  @Test
  void ofFiveSimultaneousApplicationsOfOnePersonExactlyOneIsAccepted() throws Exception {
    String applicant = applicant();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    List<Integer> statuses =
        Concurrently.run(List.of(1, 2, 3, 4, 5), attempt -> apply(applicant, today).status());

    assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
    assertThat(history(applicant)).hasSize(1);
  }

  @Test
  void aFullMemberCannotApply() {
    Response refused =
        IntakeApplication.submit(login("wangwei", DEMO), LocalDate.now(ZoneId.of("Asia/Shanghai")));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("code").asText()).isEqualTo("rule.already-in-intake");
    assertThat(refused.json().path("detail").asText()).contains("正式党员");
  }

  @Test
  void theFirstStageRunsFromApplicationToAnActivistFiledWithTheCommittee() {
    String applicant = applicant();
    LocalDate applied = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(10);
    String pid = apply(applicant, applied).json().path("processInstanceId").asText();
    long intakeId = ((Number) runtimeService.getVariable(pid, "intakeId")).longValue();
    assertThat(intakes.intake(intakeId).orElseThrow().ruleSet()).isEqualTo("2014");
    assertThat(statusOf(applicant)).isEqualTo("applicant");

    // liqiang names the talker: the applicant himself is refused, chenjing (a full member) is not
    ApiClient liqiang = login("liqiang", DEMO);
    String assign = claim(liqiang, pid, "assignTalker");
    Response self = complete(liqiang, assign, Map.of("talker", applicant));
    assertThat(self.status()).isEqualTo(400);
    assertThat(self.json().path("code").asText()).isEqualTo("rule.talker-full-member");
    assertThat(self.json().path("errors").get(0).path("field").asText()).isEqualTo("talker");
    assertThat(complete(liqiang, assign, Map.of("talker", "chenjing")).status()).isEqualTo(204);

    Task talk = task(pid);
    assertThat(talk.getTaskDefinitionKey()).isEqualTo("talkWithApplicant");
    assertThat(talk.getAssignee()).isEqualTo("chenjing");
    ApiClient chenjing = login("chenjing", DEMO);
    Response early =
        complete(
            chenjing,
            talk.getId(),
            Map.of("talkDate", applied.minusDays(1).toString(), "talkRecord", "了解入党动机"));
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.json().path("code").asText()).isEqualTo("rule.talk-date");
    assertThat(early.json().path("errors").get(0).path("field").asText()).isEqualTo("talkDate");
    LocalDate talked = applied.plusDays(3);
    assertThat(
            complete(
                    chenjing,
                    talk.getId(),
                    Map.of("talkDate", talked.toString(), "talkRecord", "入党动机端正，对党的认识较清楚"))
                .status())
        .isEqualTo(204);

    String decide = claim(liqiang, pid, "decideActivist");
    LocalDate resolved = talked.plusDays(2);
    assertThat(
            complete(
                    liqiang,
                    decide,
                    Map.of(
                        "activistDecision", "activist",
                        "recommendationType", "partyMember",
                        "resolutionDate", resolved.toString()))
                .status())
        .isEqualTo(204);
    assertThat(statusOf(applicant)).as("not yet filed").isEqualTo("applicant");

    ApiClient wangwei = login("wangwei", DEMO);
    String file = claim(wangwei, pid, "fileActivist");
    LocalDate filed = resolved.plusDays(1);
    assertThat(complete(wangwei, file, Map.of("filingDate", filed.toString())).status())
        .isEqualTo(204);

    assertThat(task(pid).getTaskDefinitionKey()).as("stage 2 begins").isEqualTo("assignMentors");
    IntakeCase intake = intakes.intake(intakeId).orElseThrow();
    assertThat(intake.stage()).isEqualTo("activist");
    assertThat(intake.talker()).isEqualTo("chenjing");
    assertThat(intake.recommendationType()).isEqualTo("partyMember");
    assertThat(intake.activistFiledDate()).isEqualTo(filed);
    assertThat(intakes.talks(intakeId))
        .extracting(IntakeTalk::talker, IntakeTalk::talkDate)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("chenjing", talked));
    assertThat(statusOf(applicant)).isEqualTo("activist");
    assertThat(history(applicant))
        .extracting(c -> c.status() + " " + c.effectiveOn() + " " + c.step() + " " + c.stepName())
        .containsExactly(
            "applicant " + applied + " applicationSubmitted 递交入党申请书",
            "activist " + resolved + " fileActivist 报上级党委备案");
    long personId = directory.personOf(applicant).orElseThrow();
    JsonNode registryPage = liqiang.get("/api/people/" + personId + "/member-history").json();
    assertThat(registryPage.path("memberStatus").asText()).isEqualTo("activist");
    assertThat(registryPage.path("memberStatusSince").asText()).isEqualTo(resolved.toString());
    assertThat(registryPage.path("history").findValuesAsText("stepName"))
        .containsExactly("递交入党申请书", "报上级党委备案");
    assertThat(registryPage.path("history").get(1).path("changedBy").asText()).isEqualTo("wangwei");
    assertThat(registryPage.path("history").get(1).path("changedByName").asText()).isEqualTo("王伟");
    assertThat(login("sunli", DEMO).get("/api/people/" + personId + "/member-history").status())
        .as("another branch's secretary")
        .isEqualTo(404);
    assertThat(login("lisi", DEMO).get("/api/people/" + personId + "/member-history").status())
        .isEqualTo(403);
    JsonNode timeline = login(applicant, TestUsers.PASSWORD).get("/api/instances/" + pid).json();
    assertThat(timeline.path("timeline").toString()).contains("列为入党积极分子", "入党动机端正");
  }

  @Test
  void notYetAnActivistClosesTheCaseAndTheApplicantMayApplyAgain() {
    String applicant = applicant();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String pid = apply(applicant, today).json().path("processInstanceId").asText();
    ApiClient liqiang = login("liqiang", DEMO);
    complete(liqiang, claim(liqiang, pid, "assignTalker"), Map.of("talker", "chenjing"));
    complete(
        login("chenjing", DEMO),
        task(pid).getId(),
        Map.of("talkDate", today.toString(), "talkRecord", "入党动机尚需端正"));

    Response notYet =
        complete(
            liqiang,
            claim(liqiang, pid, "decideActivist"),
            Map.of("activistDecision", "notYet", "decisionReason", "对党的认识尚浅，继续教育"));

    assertThat(notYet.status()).isEqualTo(204);
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(pid)
                .singleResult()
                .getEndActivityId())
        .isEqualTo("applicationKeptOnFile");
    assertThat(statusOf(applicant)).isEqualTo("applicant");
    assertThat(apply(applicant, today).status()).as("applies again").isEqualTo(201);
  }

  @Test
  void theTalkIsDueAMonthAfterTheApplicationAndEscalatesToTheBranchSecretaryWhenOverdue() {
    String applicant = applicant();
    String pid =
        apply(applicant, LocalDate.of(2026, 1, 31)).json().path("processInstanceId").asText();
    Date endOfFebruary = Date.from(OffsetDateTime.parse("2026-02-28T23:59:59+08:00").toInstant());
    assertThat(task(pid).getDueDate()).isEqualTo(endOfFebruary);
    ApiClient liqiang = login("liqiang", DEMO);
    complete(liqiang, claim(liqiang, pid, "assignTalker"), Map.of("talker", "chenjing"));
    Task talk = task(pid);
    assertThat(talk.getDueDate()).isEqualTo(endOfFebruary);

    sweep.sweep();

    assertThat(
            jdbc.queryForList(
                "select concat(recipient, ' ', kind) from notification where task_id = ?",
                String.class,
                talk.getId()))
        .contains("liqiang task.escalation")
        .doesNotContain("chenjing task.escalation");
  }

  private String applicant() {
    return users.createPerson("branch-1-civil", LocalDate.of(1999, 5, 4), "none", "staff");
  }

  private Response apply(String username, LocalDate applicationDate) {
    return IntakeApplication.submit(login(username, TestUsers.PASSWORD), applicationDate);
  }

  private String claim(ApiClient client, String pid, String taskKey) {
    Task task = task(pid);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
    assertThat(client.post("/api/tasks/" + task.getId() + "/claim", "{}").status()).isEqualTo(200);
    return task.getId();
  }

  private Response complete(ApiClient client, String taskId, Map<String, Object> values) {
    return client.post("/api/tasks/" + taskId + "/complete", Map.of("values", values));
  }

  private Task task(String pid) {
    return taskService.createTaskQuery().processInstanceId(pid).singleResult();
  }

  private String statusOf(String username) {
    return registry.person(directory.personOf(username).orElseThrow()).orElseThrow().memberStatus();
  }

  private List<MemberStatusChange> history(String username) {
    return registry.history(directory.personOf(username).orElseThrow());
  }

  private ApiClient login(String username, String password) {
    return ApiClient.loggedIn(port, username, password);
  }
}
