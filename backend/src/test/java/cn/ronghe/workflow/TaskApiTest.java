package cn.ronghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.audit.AuditService;
import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.Concurrently;
import cn.ronghe.support.EngineTime;
import cn.ronghe.support.Pilot;
import cn.ronghe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApplicationTest
class TaskApiTest {

  static final String DEMO = "Ronghe@2026";

  @LocalServerPort int port;
  @Autowired Pilot pilot;
  @Autowired TestUsers users;
  @Autowired AuditService audit;

  @AfterEach
  void resetClock() {
    EngineTime.reset();
  }

  @Test
  void theReviewIsClaimableByTheBranchSecretaryWithABusinessTitle() {
    String title = unique("值班调整");
    String pid = pilot.requestByZhangsan(title);
    ApiClient liqiang = login("liqiang", DEMO);

    JsonNode row = find(liqiang, "claimable", pid);

    assertThat(row).as("review task in liqiang's claimable inbox").isNotNull();
    assertThat(row.path("title").asText()).isEqualTo("张三 · " + title + " · 支部书记审核");
    assertThat(row.path("processKey").asText()).isEqualTo("practicalHelp");
    assertThat(row.path("processName").asText()).isEqualTo("为干警办实事");
    assertThat(row.path("branch").path("code").asText()).isEqualTo("branch-1");
    assertThat(row.path("due").isMissingNode()).isFalse();
    assertThat(row.path("overdue").asBoolean()).isFalse();
    assertThat(row.has("assignee")).isFalse();
  }

  @Test
  void anotherBranchsSecretaryDoesNotSeeTheTask() {
    String pid = pilot.requestByZhangsan(unique("其他支部"));
    ApiClient sunli = login("sunli", DEMO);

    assertThat(find(sunli, "claimable", pid)).isNull();
    String taskId = pilot.currentTask(pid).getId();
    Response claim = sunli.post("/api/tasks/" + taskId + "/claim", "{}");
    assertThat(claim.status()).isEqualTo(404);
  }

  @Test
  void claimingMovesTheTaskToMineAndIsAudited() {
    String pid = pilot.requestByZhangsan(unique("签收"));
    String taskId = pilot.currentTask(pid).getId();
    ApiClient liqiang = login("liqiang", DEMO);
    long mineBefore = counts(liqiang).path("mine").asLong();

    Response claim = liqiang.post("/api/tasks/" + taskId + "/claim", "{}");

    assertThat(claim.status()).isEqualTo(200);
    assertThat(claim.json().path("assignee").asText()).isEqualTo("liqiang");
    assertThat(claim.json().path("assigneeName").asText()).isEqualTo("李强");
    assertThat(find(liqiang, "mine", pid).path("assigneeName").asText()).isEqualTo("李强");
    assertThat(find(liqiang, "claimable", pid)).isNull();
    assertThat(counts(liqiang).path("mine").asLong()).isEqualTo(mineBefore + 1);
    assertThat(audit.ofObject("task", taskId))
        .extracting(e -> e.actor() + " " + e.action())
        .containsExactly("liqiang task.claim");
  }

  @Test
  void aSecondClaimIsRefusedNamingWhoHoldsTheTask() {
    String secretary = users.create("staff", "branch-secretary@branch-1");
    String pid = pilot.requestByZhangsan(unique("冲突"));
    String taskId = pilot.currentTask(pid).getId();
    login("liqiang", DEMO).post("/api/tasks/" + taskId + "/claim", "{}");

    Response second =
        login(secretary, TestUsers.PASSWORD).post("/api/tasks/" + taskId + "/claim", "{}");

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().path("code").asText()).isEqualTo("task.claimed");
    assertThat(second.json().path("detail").asText()).contains("李强");
  }

  @Test
  void someoneWhoSeesTheTaskButIsNoCandidateCannotClaimIt() {
    String pid = pilot.requestByZhangsan(unique("非候选人"));
    pilot.passReview(pid, "liqiang");
    String approval = pilot.currentTask(pid).getId();
    ApiClient liqiang = login("liqiang", DEMO);
    assertThat(find(liqiang, "involved", pid))
        .as("liqiang acted on it, so it is involved")
        .isNotNull();

    Response claim = liqiang.post("/api/tasks/" + approval + "/claim", "{}");

    assertThat(claim.status()).isEqualTo(403);
    assertThat(claim.json().path("code").asText()).isEqualTo("task.not-candidate");
  }

  @Test
  void twentyConcurrentClaimsLetExactlyOneWin() throws Exception {
    String pid = pilot.requestByZhangsan(unique("并发"));
    pilot.passReview(pid, "liqiang");
    String approval = pilot.currentTask(pid).getId();
    List<ApiClient> clients = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      clients.add(login(users.create("staff", "party-committee"), TestUsers.PASSWORD));
    }

    List<Response> responses =
        Concurrently.run(clients, c -> c.post("/api/tasks/" + approval + "/claim", "{}"));

    assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1);
    assertThat(responses).filteredOn(r -> r.status() == 409).hasSize(19);
    assertThat(responses)
        .filteredOn(r -> r.status() == 409)
        .allSatisfy(r -> assertThat(r.json().path("code").asText()).isEqualTo("task.claimed"));
    assertThat(audit.ofObject("task", approval))
        .filteredOn(e -> e.action().equals("task.claim"))
        .hasSize(1);
  }

  @Test
  void unclaimGivesTheTaskBackToTheCandidates() {
    String pid = pilot.requestByZhangsan(unique("退回签收"));
    String taskId = pilot.currentTask(pid).getId();
    ApiClient liqiang = login("liqiang", DEMO);
    liqiang.post("/api/tasks/" + taskId + "/claim", "{}");

    Response unclaim = liqiang.post("/api/tasks/" + taskId + "/unclaim", "{}");

    assertThat(unclaim.status()).isEqualTo(200);
    assertThat(find(liqiang, "claimable", pid)).isNotNull();
    assertThat(find(liqiang, "mine", pid)).isNull();
  }

  @Test
  void onlyTheAssigneeMayUnclaim() {
    String secretary = users.create("staff", "branch-secretary@branch-1");
    String pid = pilot.requestByZhangsan(unique("他人退回"));
    String taskId = pilot.currentTask(pid).getId();
    login("liqiang", DEMO).post("/api/tasks/" + taskId + "/claim", "{}");

    Response unclaim =
        login(secretary, TestUsers.PASSWORD).post("/api/tasks/" + taskId + "/unclaim", "{}");

    assertThat(unclaim.status()).isEqualTo(403);
    assertThat(unclaim.json().path("code").asText()).isEqualTo("task.not-assignee");
  }

  @Test
  void doneListsWhatICompletedAndInvolvedWhatFollowed() {
    String title = unique("已办");
    String pid = pilot.requestByZhangsan(title);
    String review = pilot.currentTask(pid).getId();
    pilot.passReview(pid, "liqiang");
    ApiClient liqiang = login("liqiang", DEMO);

    JsonNode done = find(liqiang, "done", pid);
    JsonNode involved = find(liqiang, "involved", pid);

    assertThat(done.path("id").asText()).isEqualTo(review);
    assertThat(done.path("ended").isMissingNode()).isFalse();
    assertThat(involved.path("title").asText()).isEqualTo("张三 · " + title + " · 机关党委审批");
  }

  @Test
  void filtersNarrowTheInboxByTextProcessAndOverdue() {
    String title = unique("筛选");
    String pid = pilot.requestByZhangsan(title);
    String taskId = pilot.currentTask(pid).getId();
    ApiClient liqiang = login("liqiang", DEMO);

    assertThat(ids(liqiang, "scope=claimable&process=practicalHelp&size=100")).contains(taskId);
    assertThat(ids(liqiang, "scope=claimable&process=membershipIntake")).doesNotContain(taskId);
    assertThat(ids(liqiang, "scope=claimable&overdue=true&size=100")).doesNotContain(taskId);
    assertThat(ids(liqiang, "scope=claimable&q=" + "%25")).doesNotContain(taskId);

    EngineTime.moveTo(pilot.currentTask(pid).getDueDate().toInstant().plusSeconds(3600));
    JsonNode overdue = liqiang.get("/api/tasks?scope=claimable&overdue=true&size=100").json();
    assertThat(idsOf(overdue)).contains(taskId);
    overdue.path("items").forEach(r -> assertThat(r.path("overdue").asBoolean()).isTrue());
  }

  @Test
  void badInboxParametersAreRefusedNamingTheField() {
    ApiClient liqiang = login("liqiang", DEMO);

    for (String[] bad :
        new String[][] {
          {"scope=everything", "scope"},
          {"sort=name", "sort"},
          {"size=1000", "size"},
          {"page=0", "page"}
        }) {
      Response response = liqiang.get("/api/tasks?" + bad[0]);
      assertThat(response.status()).as(bad[0]).isEqualTo(400);
      assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo(bad[1]);
    }
  }

  private ApiClient login(String username, String password) {
    return ApiClient.loggedIn(port, username, password);
  }

  private static JsonNode find(ApiClient client, String scope, String processInstanceId) {
    JsonNode page = client.get("/api/tasks?size=100&sort=created&scope=" + scope).json();
    for (JsonNode row : page.path("items")) {
      if (row.path("processInstanceId").asText().equals(processInstanceId)) {
        return row;
      }
    }
    return null;
  }

  private static JsonNode counts(ApiClient client) {
    return client.get("/api/tasks?scope=mine").json().path("counts");
  }

  private static List<String> ids(ApiClient client, String query) {
    return idsOf(client.get("/api/tasks?" + query).json());
  }

  private static List<String> idsOf(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(r -> ids.add(r.path("id").asText()));
    return ids;
  }

  private static String unique(String text) {
    return text + "-" + UUID.randomUUID().toString().substring(0, 6);
  }
}
