package cn.ronghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.Pilot;
import cn.ronghe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The case view: diagram, where the case stands, and its timeline, for those who may see it. */
@ApplicationTest
class CaseApiTest {

  static final String DEMO = "Ronghe@2026";

  @LocalServerPort int port;
  @Autowired Pilot pilot;
  @Autowired TestUsers users;

  @Test
  void theRequesterSeesTheDiagramWhereTheCaseStandsAndWhoDidWhat() {
    String pid = reviewedRequest();

    Response view = login("zhangsan", DEMO).get("/api/instances/" + pid);

    assertThat(view.status()).isEqualTo(200);
    JsonNode body = view.json();
    assertThat(body.path("title").asText()).isEqualTo("张三 · 为干警办实事");
    assertThat(body.path("processName").asText()).isEqualTo("为干警办实事");
    assertThat(body.path("state").asText()).isEqualTo("ACTIVE");
    assertThat(body.path("bpmnXml").asText()).contains("id=\"practicalHelp\"");
    assertThat(body.path("completedActivities").toString())
        .contains("helpRequested", "reviewHelpRequest");
    assertThat(body.path("activeActivities").toString()).contains("approveHelpRequest");
    JsonNode review = null;
    for (JsonNode step : body.path("timeline")) {
      if (step.path("activityId").asText().equals("reviewHelpRequest")) {
        review = step;
      }
    }
    assertThat(review).isNotNull();
    assertThat(review.path("assigneeName").asText()).isEqualTo("李强");
    assertThat(review.path("ended").isMissingNode()).isFalse();
    assertThat(review.path("opinions").get(0).path("body").asText()).isEqualTo("支部同意上报");
    assertThat(review.path("opinions").get(0).path("authorName").asText()).isEqualTo("李强");
    assertThat(body.path("currentTasks").get(0).path("taskKey").asText())
        .isEqualTo("approveHelpRequest");
  }

  @Test
  void thePartyCommitteeAndTheBranchsSecretariesMaySeeIt() {
    String pid = reviewedRequest();
    String anotherSecretary = users.create("staff", "branch-secretary@branch-1");

    assertThat(login("wangwei", DEMO).get("/api/instances/" + pid).status()).isEqualTo(200);
    assertThat(login(anotherSecretary, TestUsers.PASSWORD).get("/api/instances/" + pid).status())
        .isEqualTo(200);
  }

  @Test
  void anyoneElseIsToldTheCaseDoesNotExist() {
    String pid = reviewedRequest();

    for (String outsider : new String[] {"lisi", "sunli", "admin", "auditor"}) {
      Response view = login(outsider, DEMO).get("/api/instances/" + pid);
      assertThat(view.status()).as(outsider).isEqualTo(404);
      assertThat(view.body()).doesNotContain("张三");
    }
    assertThat(login("zhangsan", DEMO).get("/api/instances/no-such-id").status()).isEqualTo(404);
  }

  /** zhangsan's request through the API, reviewed by liqiang with an opinion. */
  private String reviewedRequest() {
    String pid =
        Pilot.requestThroughApi(
            login("zhangsan", DEMO), "案件视图-" + UUID.randomUUID().toString().substring(0, 6));
    String taskId = pilot.currentTask(pid).getId();
    ApiClient liqiang = login("liqiang", DEMO);
    liqiang.post("/api/tasks/" + taskId + "/claim", "{}");
    Response done =
        liqiang.post(
            "/api/tasks/" + taskId + "/complete",
            Map.of(
                "values",
                Map.of("reviewDecision", "pass", "reviewComment", "情况属实"),
                "comment",
                "支部同意上报"));
    assertThat(done.status()).isEqualTo(204);
    return pid;
  }

  private ApiClient login(String username, String password) {
    return ApiClient.loggedIn(port, username, password);
  }
}
