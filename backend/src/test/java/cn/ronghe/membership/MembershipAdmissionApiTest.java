package cn.ronghe.membership;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.org.MemberRegistry;
import cn.ronghe.org.MemberStatusChange;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.EngineTime;
import cn.ronghe.support.IntakeApplication;
import cn.ronghe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 发展党员 after the activist, through the API as the workbench does it (claim, then complete with the
 * form's values), with the application's clock moved over the process's timers: the half-yearly
 * assessments, the late approval and the end of probation that starts the conversion.
 */
@ApplicationTest
class MembershipAdmissionApiTest {

  static final String DEMO = "Ronghe@2026";
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @LocalServerPort int port;
  @Autowired TestUsers users;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired MemberRegistry registry;
  @Autowired UserDirectory directory;
  @Autowired IntakeService intakes;
  @Autowired JdbcTemplate jdbc;

  String applicant;
  String pid;
  long intakeId;

  @AfterEach
  void resetTime() {
    EngineTime.reset();
  }

  @Test
  void theWholePathFromActivistToFullMemberWithItsRefusals() {
    ApiClient liqiang = login("liqiang", DEMO);
    ApiClient wangwei = login("wangwei", DEMO);
    ApiClient wangfang = login("wangfang", DEMO);
    activistFiled(liqiang, wangwei);

    // stage 2: mentors, then a half-yearly assessment each time the cycle timer fires
    at(2024, 2, 10);
    assertThat(
            done(liqiang, "assignMentors", Map.of("mentor1", "wangfang", "mentor2", "fengjianguo")))
        .isEqualTo(204);
    assertThat(runtimeService.getVariable(pid, "mentors")).isEqualTo("wangfang,fengjianguo");
    at(2024, 8, 15);
    fireDueTimers();
    assertThat(
            done(
                wangfang,
                "assessActivist",
                Map.of(
                    "assessmentDate", "2024-08-12",
                    "assessmentConclusion", "good",
                    "assessmentRecord", "学习认真，积极向组织靠拢")))
        .isEqualTo(204);
    at(2025, 2, 15);
    fireDueTimers();
    assertThat(
            done(
                wangfang,
                "assessActivist",
                Map.of(
                    "assessmentDate", "2025-02-12",
                    "assessmentConclusion", "good",
                    "assessmentRecord", "表现良好")))
        .isEqualTo(204);

    // while the branch may decide, the half-yearly assessments go on: both steps are current, and
    // the list shows the case once, at the decision
    JsonNode cultivating = wangwei.get("/api/intakes/" + intakeId).json();
    assertThat(stepState(cultivating, "assessActivist")).isEqualTo("current");
    assertThat(stepState(cultivating, "decideDevelopmentTarget")).isEqualTo("current");
    assertThat(stepState(cultivating, "assignMentors")).isEqualTo("done");
    assertThat(cultivating.path("mentors").findValuesAsText("username"))
        .containsExactly("wangfang", "fengjianguo");
    assertThat(cultivating.path("assessments").findValuesAsText("assessedOn"))
        .containsExactly("2024-08-12", "2025-02-12");
    assertThat(listed(wangwei).path("currentStep").path("key").asText())
        .isEqualTo("decideDevelopmentTarget");

    // stage 3: promoted too early is refused naming the field and the rule
    at(2025, 10, 10);
    Map<String, Object> target = new HashMap<>();
    target.put("developmentDecision", "target");
    target.put("targetResolutionDate", "2025-01-31");
    target.put("opinionsHeard", "党小组、培养联系人、党员和群众意见一致");
    target.put("noticeStartDate", "2025-09-26");
    target.put("noticeEndDate", "2025-10-09");
    target.put("noticeResult", "公示无异议");
    Response early = complete(liqiang, claim(liqiang, "decideDevelopmentTarget"), target);
    assertRule(early, "rule.activist-one-year", "targetResolutionDate");
    assertThat(early.json().path("detail").asText()).contains("第十三条");
    target.put("targetResolutionDate", "2025-09-25");
    target.put("noticeStartDate", "2025-09-28");
    Response shortNotice = complete(liqiang, claim(liqiang, "decideDevelopmentTarget"), target);
    assertRule(shortNotice, "rule.notice-five-working-days", "noticeEndDate");
    target.put("noticeStartDate", "2025-09-26");
    assertThat(complete(liqiang, claim(liqiang, "decideDevelopmentTarget"), target).status())
        .isEqualTo(204);
    assertThat(done(wangwei, "fileDevelopmentTarget", Map.of("targetFilingDate", "2025-10-10")))
        .isEqualTo(204);
    assertThat(statusOf(applicant)).isEqualTo("development-target");

    at(2025, 10, 20);
    Response notFull =
        complete(
            liqiang,
            claim(liqiang, "nameIntroducers"),
            Map.of("introducer1", "wangfang", "introducer2", "zhangsan"));
    assertRule(notFull, "rule.introducer-full-member", "introducer2");
    Response sanctioned =
        complete(
            liqiang,
            claim(liqiang, "nameIntroducers"),
            Map.of("introducer1", "zhaolixin", "introducer2", "fengjianguo"));
    assertRule(sanctioned, "rule.introducer-not-sanctioned", "introducer1");
    assertThat(
            done(
                liqiang,
                "nameIntroducers",
                Map.of("introducer1", "wangfang", "introducer2", "fengjianguo")))
        .isEqualTo(204);
    assertThat(
            done(
                liqiang,
                "politicalReview",
                Map.of(
                    "politicalReviewDate", "2025-10-20",
                    "politicalReviewResult", "passed",
                    "politicalReviewConclusion", "政治历史清楚，现实表现良好，政审合格")))
        .isEqualTo(204);
    at(2025, 10, 30);
    Map<String, Object> training = new HashMap<>();
    training.put("trainingStartDate", "2025-10-22");
    training.put("trainingEndDate", "2025-10-23");
    training.put("trainingDays", 2);
    training.put("trainingHours", 16);
    training.put("trainingCertificate", "JG2025-031");
    assertRule(
        complete(wangwei, claim(wangwei, "shortTraining"), training),
        "rule.training-length",
        "trainingDays");
    training.put("trainingStartDate", "2025-10-21");
    training.put("trainingDays", 3);
    training.put("trainingHours", 24);
    assertThat(complete(wangwei, claim(wangwei, "shortTraining"), training).status())
        .isEqualTo(204);

    // stage 4
    assertThat(
            done(
                liqiang,
                "reviewByBranchCommittee",
                Map.of("committeeReviewDate", "2025-10-24", "committeeReviewOpinion", "同意接收")))
        .isEqualTo(204);
    assertThat(
            done(
                wangwei,
                "preReview",
                Map.of(
                    "preReviewDate", "2025-10-27",
                    "preReviewResult", "passed",
                    "applicationFormNumber", "JG2025-007")))
        .isEqualTo(204);
    ApiClient self = login(applicant, TestUsers.PASSWORD);
    assertThat(
            done(
                self,
                "fillApplicationForm",
                Map.of("applicationFormDate", "2025-10-28", "introducerOpinions", "同意介绍其入党")))
        .isEqualTo(204);

    Map<String, Object> vote = new HashMap<>();
    vote.put("meetingDate", "2025-10-30");
    vote.put("entitledMembers", 10);
    vote.put("presentMembers", 8);
    vote.put("votesFor", 7);
    vote.put("votesAgainst", 1);
    vote.put("votesAbstain", 1);
    vote.put("writtenVotes", 0);
    vote.put("meetingResolution", "同意接收为预备党员");
    Response tooMany = complete(liqiang, claim(liqiang, "branchMeetingVote"), vote);
    assertRule(tooMany, "rule.vote-numbers", "votesFor");
    vote.put("votesAbstain", 0);
    vote.put("presentMembers", 11);
    assertRule(
        complete(liqiang, claim(liqiang, "branchMeetingVote"), vote),
        "rule.vote-numbers",
        "presentMembers");
    vote.put("presentMembers", 5);
    vote.put("votesFor", 5);
    vote.put("votesAgainst", 0);
    assertThat(complete(liqiang, claim(liqiang, "branchMeetingVote"), vote).status())
        .isEqualTo(204);
    assertThat(runtimeService.getVariable(pid, "voteResult")).isEqualTo("noQuorum");
    vote.put("presentMembers", 8);
    vote.put("votesFor", 7);
    vote.put("votesAgainst", 1);
    assertThat(complete(liqiang, claim(liqiang, "branchMeetingVote"), vote).status())
        .isEqualTo(204);
    assertThat(runtimeService.getVariable(pid, "voteResult")).isEqualTo("passed");
    assertThat(runtimeService.getVariable(pid, "approvalWarnAt"))
        .isEqualTo(startOf(LocalDate.of(2026, 1, 30)));
    assertThat(runtimeService.getVariable(pid, "probationEndsAt"))
        .isEqualTo(startOf(LocalDate.of(2026, 10, 30)));

    // the approval is late: the warning timer tells the Party committee
    at(2026, 2, 5);
    fireDueTimers();
    assertThat(intakes.intake(intakeId).orElseThrow().approvalWarnedAt()).isNotNull();
    assertThat(
            jdbc.queryForList(
                "select title from notification where recipient = 'wangwei' and link = ?",
                String.class,
                "/intakes/" + intakeId))
        .anySatisfy(t -> assertThat(t).contains("3 个月仍未审批"));
    assertThat(
            done(
                wangwei,
                "committeeTalk",
                Map.of(
                    "committeeTalker", "wangwei",
                    "committeeTalkDate", "2025-11-03",
                    "committeeTalkRecord", "对党的认识端正")))
        .isEqualTo(204);
    assertThat(
            done(
                wangwei,
                "approveAdmission",
                Map.of("approvalDate", "2026-02-05", "approvalDecision", "approved")))
        .isEqualTo(204);
    assertThat(statusOf(applicant)).isEqualTo("probationary");
    assertThat(done(wangwei, "reportAdmission", Map.of("reportDate", "2026-02-05"))).isEqualTo(204);
    assertThat(done(liqiang, "takeOath", Map.of("partyGroup", "民事审判党小组", "oathDate", "2026-02-05")))
        .isEqualTo(204);

    // waiting for the end of probation, with no task open: the case is at 预备期 until 2026-10-30
    JsonNode probation = listed(wangwei).path("currentStep");
    assertThat(probation.path("key").asText()).isEqualTo("probation");
    assertThat(probation.path("due").asText())
        .isEqualTo(startOf(LocalDate.of(2026, 10, 30)).toInstant().toString());
    assertThat(stepState(wangwei.get("/api/intakes/" + intakeId).json(), "probation"))
        .isEqualTo("current");

    // stage 5: the end of probation starts the conversion, whose tasks are the case's
    at(2026, 11, 2);
    fireDueTimers();
    assertThat(listed(wangwei).path("currentStep").path("key").asText())
        .isEqualTo("requestConversion");
    assertThat(
            done(
                self,
                "requestConversion",
                Map.of("conversionRequestDate", "2026-10-31", "conversionLetter", "申请按期转为正式党员")))
        .isEqualTo(204);
    at(2026, 11, 10);
    Map<String, Object> conversion = new HashMap<>(vote);
    conversion.put("meetingDate", "2026-11-05");
    conversion.put("conversionDecision", "extend");
    conversion.put("extensionMonths", 13);
    conversion.put("meetingResolution", "延长预备期");
    // the form bounds the months itself (6 to 12); the backend's rule.extension-months backs it
    Response tooLong = complete(liqiang, claim(liqiang, "conversionVote"), conversion);
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().path("errors").get(0).path("field").asText())
        .isEqualTo("extensionMonths");
    conversion.put("conversionDecision", "convert");
    conversion.remove("extensionMonths");
    conversion.put("meetingResolution", "同意按期转为正式党员");
    assertThat(complete(liqiang, claim(liqiang, "conversionVote"), conversion).status())
        .isEqualTo(204);
    assertThat(
            done(
                wangwei,
                "approveConversion",
                Map.of("approvalDate", "2026-11-10", "approvalDecision", "approved")))
        .isEqualTo(204);
    assertThat(statusOf(applicant)).isEqualTo("full");
    assertThat(
            done(
                liqiang,
                "archiveDocuments",
                Map.of(
                    "archiveDate",
                    "2026-11-10",
                    "archivedDocuments",
                    List.of("applicationLetter", "applicationForm", "conversionDecision"))))
        .isEqualTo(204);

    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(pid)
                .singleResult()
                .getEndActivityId())
        .isEqualTo("memberConverted");
    JsonNode detail = wangwei.get("/api/intakes/" + intakeId).json();
    assertThat(detail.path("steps").findValuesAsText("state")).hasSize(25).containsOnly("done");
    assertThat(detail.path("votes").findValuesAsText("result"))
        .containsExactly("noQuorum", "passed", "passed");
    assertThat(detail.path("approvals").findValuesAsText("kind"))
        .containsExactly("pre-review", "admission", "conversion");
    assertThat(detail.path("introducers").findValuesAsText("username"))
        .containsExactly("wangfang", "fengjianguo");
    assertThat(detail.path("politicalReview").path("result").asText()).isEqualTo("passed");
    assertThat(detail.path("training").path("classHours").asInt()).isEqualTo(24);
    assertThat(detail.path("facts").path("probationEnds").asText()).isEqualTo("2026-10-30");
    assertThat(detail.path("facts").path("approvalWarnedAt").isMissingNode()).isFalse();
    assertThat(detail.path("facts").path("archivedDocuments").toString())
        .isEqualTo("[\"applicationLetter\",\"applicationForm\",\"conversionDecision\"]");
    assertThat(detail.path("mentors").findValuesAsText("name")).containsExactly("王芳", "冯建国");
    assertThat(detail.path("talks").findValuesAsText("kind"))
        .containsExactly("applicant", "committee");
    IntakeCase intake = intakes.intake(intakeId).orElseThrow();
    assertThat(intake.state()).isEqualTo(IntakeCase.CLOSED);
    assertThat(intake.outcome()).isEqualTo("converted");
    assertThat(intake.stage()).isEqualTo("full");
    assertThat(intake.archivedDocuments())
        .isEqualTo("applicationLetter,applicationForm,conversionDecision");
    assertThat(intakes.assessments(intakeId)).hasSizeGreaterThanOrEqualTo(2);
    assertThat(intakes.votes(intakeId))
        .extracting(IntakeVote::kind, IntakeVote::result)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("admission", "noQuorum"),
            org.assertj.core.groups.Tuple.tuple("admission", "passed"),
            org.assertj.core.groups.Tuple.tuple("conversion", "passed"));
    assertThat(history(applicant))
        .extracting(c -> c.status() + " " + c.effectiveOn())
        .containsExactly(
            "applicant 2024-01-08",
            "activist 2024-02-01",
            "development-target 2025-09-25",
            "probationary 2025-10-30",
            "full 2026-10-30");
  }

  /** Applied 2024-01-08, an activist by the resolution of 2024-02-01, filed 2024-02-05. */
  private void activistFiled(ApiClient liqiang, ApiClient wangwei) {
    applicant = users.createPerson("branch-1-civil", LocalDate.of(1999, 5, 4), "none", "staff");
    at(2024, 1, 10);
    Response started =
        IntakeApplication.submit(login(applicant, TestUsers.PASSWORD), LocalDate.of(2024, 1, 8));
    assertThat(started.status()).isEqualTo(201);
    pid = started.json().path("processInstanceId").asText();
    intakeId = ((Number) runtimeService.getVariable(pid, "intakeId")).longValue();
    assertThat(done(liqiang, "assignTalker", Map.of("talker", "chenjing"))).isEqualTo(204);
    at(2024, 1, 16);
    assertThat(
            done(
                login("chenjing", DEMO),
                "talkWithApplicant",
                Map.of("talkDate", "2024-01-15", "talkRecord", "入党动机端正")))
        .isEqualTo(204);
    at(2024, 2, 10);
    assertThat(
            done(
                liqiang,
                "decideActivist",
                Map.of(
                    "activistDecision", "activist",
                    "recommendationType", "partyMember",
                    "resolutionDate", "2024-02-01")))
        .isEqualTo(204);
    assertThat(done(wangwei, "fileActivist", Map.of("filingDate", "2024-02-05"))).isEqualTo(204);
  }

  /** Claims (if need be) and completes the case's open task of the key; the response status. */
  private int done(ApiClient client, String taskKey, Map<String, Object> values) {
    Response response = complete(client, claim(client, taskKey), values);
    assertThat(response.status()).as(taskKey + ": " + response.body()).isEqualTo(204);
    return response.status();
  }

  private String claim(ApiClient client, String taskKey) {
    Task task = task(taskKey);
    if (task.getAssignee() == null) {
      Response claimed = client.post("/api/tasks/" + task.getId() + "/claim", "{}");
      assertThat(claimed.status()).as("claim " + taskKey + ": " + claimed.body()).isEqualTo(200);
    }
    return task.getId();
  }

  private Response complete(ApiClient client, String taskId, Map<String, Object> values) {
    return client.post("/api/tasks/" + taskId + "/complete", Map.of("values", values));
  }

  /** The case's open task of the key, in the intake or in the conversion it called. */
  private Task task(String taskKey) {
    List<Task> tasks =
        taskService
            .createTaskQuery()
            .taskDefinitionKey(taskKey)
            .processVariableValueEquals("intakeId", intakeId)
            .orderByTaskCreateTime()
            .asc()
            .list();
    assertThat(tasks).as("open " + taskKey).isNotEmpty();
    return tasks.get(0);
  }

  /**
   * Runs the case's timers that are due by the moved clock, unless the job executor got to them
   * first, and waits until none is left due.
   */
  private void fireDueTimers() {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      List<Job> due =
          managementService
              .createJobQuery()
              .processInstanceId(pid)
              .timers()
              .duedateLowerThan(Date.from(EngineTime.now()))
              .list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        try {
          managementService.executeJob(job.getId());
        } catch (ProcessEngineException takenMeanwhile) {
          // the job executor ran it (or is running it)
        }
      }
    }
    throw new AssertionError("timers of " + pid + " still due after 30 s");
  }

  private static String stepState(JsonNode detail, String key) {
    for (JsonNode step : detail.path("steps")) {
      if (step.path("key").asText().equals(key)) {
        return step.path("state").asText();
      }
    }
    throw new AssertionError("no step " + key);
  }

  /** The case as the open-case list shows it to the client. */
  private JsonNode listed(ApiClient client) {
    for (JsonNode item : client.get("/api/intakes?size=100").json().path("items")) {
      if (item.path("id").asLong() == intakeId) {
        return item;
      }
    }
    throw new AssertionError("intake " + intakeId + " not in the list");
  }

  private static void assertRule(Response response, String code, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().path("code").asText()).isEqualTo(code);
    assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(BEIJING).toInstant());
  }

  private static void at(int year, int month, int day) {
    EngineTime.moveTo(
        LocalDate.of(year, month, day).atTime(LocalTime.NOON).atZone(BEIJING).toInstant());
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
