package cn.ronghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.audit.AuditService;
import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.Pilot;
import cn.ronghe.support.TestUsers;
import cn.ronghe.workflow.inbox.TaskCommentMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Task forms: read, then complete with values the server checks against the same form. */
@ApplicationTest
class TaskFormApiTest {

  static final String DEMO = "Ronghe@2026";

  @LocalServerPort int port;
  @Autowired Pilot pilot;
  @Autowired TestUsers users;
  @Autowired AuditService audit;
  @Autowired TaskCommentMapper comments;
  @Autowired RuntimeService runtimeService;

  @Test
  void theFormIsReadOnlyUntilClaimedAndCarriesTheRequest() {
    String title = unique("表单");
    String taskId = reviewTask(title);
    ApiClient liqiang = login("liqiang", DEMO);

    Response before = liqiang.get("/api/tasks/" + taskId + "/form");
    liqiang.post("/api/tasks/" + taskId + "/claim", "{}");
    Response after = liqiang.get("/api/tasks/" + taskId + "/form");

    assertThat(before.status()).isEqualTo(200);
    assertThat(before.json().path("schema").path("id").asText()).isEqualTo("reviewHelpRequest");
    assertThat(before.json().path("values").path("requestTitle").asText()).isEqualTo(title);
    assertThat(before.json().path("values").path("initiatorName").asText()).isEqualTo("张三");
    assertThat(before.json().path("readOnly").asBoolean()).isTrue();
    assertThat(after.json().path("readOnly").asBoolean()).isFalse();
  }

  @Test
  void completingMovesTheRequestOnKeepsTheOpinionsAndIsAudited() {
    String pid = pilot.requestByZhangsan(unique("办结"));
    String taskId = pilot.currentTask(pid).getId();
    ApiClient liqiang = login("liqiang", DEMO);
    liqiang.post("/api/tasks/" + taskId + "/claim", "{}");

    Response complete =
        liqiang.post("/api/tasks/" + taskId + "/complete", review("pass", "情况属实", "支部同意"));

    assertThat(complete.status()).isEqualTo(204);
    assertThat(runtimeService.getVariable(pid, "reviewDecision")).isEqualTo("pass");
    assertThat(pilot.currentTask(pid).getTaskDefinitionKey()).isEqualTo("approveHelpRequest");
    assertThat(comments.selectByInstance(pid))
        .extracting(c -> c.author() + ":" + c.body())
        .containsExactly("liqiang:情况属实", "liqiang:支部同意");
    assertThat(audit.ofObject("task", taskId))
        .extracting(e -> e.action())
        .containsExactly("task.claim", "task.complete");
    Response wangweiInbox =
        login("wangwei", DEMO).get("/api/tasks?scope=claimable&size=100&sort=created");
    assertThat(wangweiInbox.body()).contains(pilot.currentTask(pid).getId());
  }

  @Test
  void completingAnUnclaimedTaskAsksToClaimItFirst() {
    String taskId = reviewTask(unique("未签收"));

    Response complete =
        login("liqiang", DEMO)
            .post("/api/tasks/" + taskId + "/complete", review("pass", "可以", null));

    assertThat(complete.status()).isEqualTo(409);
    assertThat(complete.json().path("code").asText()).isEqualTo("task.not-claimed");
  }

  @Test
  void completingSomeoneElsesTaskIsForbidden() {
    String other = users.create("staff", "branch-secretary@branch-1");
    String taskId = reviewTask(unique("他人任务"));
    login(other, TestUsers.PASSWORD).post("/api/tasks/" + taskId + "/claim", "{}");

    Response complete =
        login("liqiang", DEMO)
            .post("/api/tasks/" + taskId + "/complete", review("pass", "可以", null));

    assertThat(complete.status()).isEqualTo(403);
    assertThat(complete.json().path("code").asText()).isEqualTo("task.not-assignee");
  }

  @Test
  void aFieldNotOnTheFormIsRefusedAndNothingChanges() {
    String pid = pilot.requestByZhangsan(unique("多余字段"));
    String taskId = claimedReview(pid);
    Map<String, Object> values =
        new HashMap<>(Map.of("reviewDecision", "pass", "reviewComment", "可以"));
    values.put("handler", "liqiang");

    Response complete =
        login("liqiang", DEMO).post("/api/tasks/" + taskId + "/complete", Map.of("values", values));

    assertRefused(complete, "handler");
    assertThat(pilot.currentTask(pid).getId()).isEqualTo(taskId);
    assertThat(runtimeService.getVariable(pid, "reviewDecision")).isNull();
  }

  @Test
  void anOptionTheFormDoesNotOfferIsRefused() {
    String pid = pilot.requestByZhangsan(unique("非法选项"));
    String taskId = claimedReview(pid);

    Response complete =
        login("liqiang", DEMO)
            .post("/api/tasks/" + taskId + "/complete", review("approve", "可以", null));

    assertRefused(complete, "reviewDecision");
    assertThat(pilot.currentTask(pid).getId()).isEqualTo(taskId);
  }

  @Test
  void aRequiredFieldLeftEmptyIsRefused() {
    String pid = pilot.requestByZhangsan(unique("必填"));
    String taskId = claimedReview(pid);

    Response complete =
        login("liqiang", DEMO)
            .post("/api/tasks/" + taskId + "/complete", review("return", "  ", null));

    assertRefused(complete, "reviewComment");
  }

  @Test
  void aReadOnlyFieldChangedIsRefused() {
    String pid = pilot.requestByZhangsan(unique("只读"));
    String taskId = claimedReview(pid);
    Map<String, Object> values =
        Map.of("reviewDecision", "pass", "reviewComment", "可以", "requestTitle", "篡改的标题");

    Response complete =
        login("liqiang", DEMO).post("/api/tasks/" + taskId + "/complete", Map.of("values", values));

    assertRefused(complete, "requestTitle");
  }

  @Test
  void anOverlongOpinionIsRefused() {
    String pid = pilot.requestByZhangsan(unique("长意见"));
    String taskId = claimedReview(pid);

    Response complete =
        login("liqiang", DEMO)
            .post("/api/tasks/" + taskId + "/complete", review("pass", "可以", "意".repeat(2001)));

    assertRefused(complete, "comment");
  }

  @Test
  void batchApprovalCompletesEachTaskItMayAndReportsTheRest() {
    String first = claimedReview(pilot.requestByZhangsan(unique("批量一")));
    String second = claimedReview(pilot.requestByZhangsan(unique("批量二")));
    String notClaimed = reviewTask(unique("批量未签收"));

    Response batch =
        login("liqiang", DEMO)
            .post(
                "/api/tasks/batch-complete",
                Map.of(
                    "taskIds", java.util.List.of(first, second, notClaimed),
                    "values", Map.of("reviewDecision", "pass", "reviewComment", "批量同意"),
                    "comment", "同意"));

    assertThat(batch.status()).isEqualTo(200);
    assertThat(batch.json().findValuesAsText("taskId")).containsExactly(first, second, notClaimed);
    assertThat(batch.json().findValues("status"))
        .extracting(n -> n.asInt())
        .containsExactly(204, 204, 409);
    assertThat(batch.json().get(2).path("code").asText()).isEqualTo("task.not-claimed");
  }

  @Test
  void anEmptyBatchIsRefused() {
    Response batch =
        login("liqiang", DEMO)
            .post(
                "/api/tasks/batch-complete",
                Map.of("taskIds", java.util.List.of(), "values", Map.of()));

    assertRefused(batch, "taskIds");
  }

  private void assertRefused(Response response, String field) {
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("code").asText()).isEqualTo("validation");
    assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
  }

  private String reviewTask(String title) {
    return pilot.currentTask(pilot.requestByZhangsan(title)).getId();
  }

  private String claimedReview(String pid) {
    String taskId = pilot.currentTask(pid).getId();
    login("liqiang", DEMO).post("/api/tasks/" + taskId + "/claim", "{}");
    return taskId;
  }

  private static Map<String, Object> review(String decision, String reviewComment, String opinion) {
    Map<String, Object> body = new HashMap<>();
    body.put("values", Map.of("reviewDecision", decision, "reviewComment", reviewComment));
    if (opinion != null) {
      body.put("comment", opinion);
    }
    return body;
  }

  private ApiClient login(String username, String password) {
    return ApiClient.loggedIn(port, username, password);
  }

  private static String unique(String text) {
    return text + "-" + UUID.randomUUID().toString().substring(0, 6);
  }
}
