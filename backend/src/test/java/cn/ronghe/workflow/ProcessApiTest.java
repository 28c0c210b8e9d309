package cn.ronghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The process catalog and starting a process through it. */
@ApplicationTest
class ProcessApiTest {

  static final String DEMO = "Ronghe@2026";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;

  @Test
  void staffFindThePilotInTheCatalog() {
    JsonNode catalog = login("zhangsan").get("/api/processes").json();

    assertThat(catalog.findValuesAsText("key")).contains("practicalHelp");
    assertThat(catalog.findValuesAsText("name")).contains("为干警办实事");
  }

  @Test
  void whoIsNoStarterCandidateCannotStartIt() {
    ApiClient admin = login("admin");

    assertThat(admin.get("/api/processes").json().findValuesAsText("key"))
        .doesNotContain("practicalHelp");
    assertThat(admin.get("/api/processes/practicalHelp/start-form").status()).isEqualTo(404);
    assertThat(
            admin
                .post("/api/processes/practicalHelp/start", Map.of("values", request("越权")))
                .status())
        .isEqualTo(404);
  }

  @Test
  void theStartFormIsTheRequestForm() {
    Response form = login("zhangsan").get("/api/processes/practicalHelp/start-form");

    assertThat(form.status()).isEqualTo(200);
    assertThat(form.json().path("schema").path("id").asText()).isEqualTo("submitHelpRequest");
  }

  @Test
  void startingSendsTheRequestToTheBranchSecretaryAndShowsItToTheRequester() {
    String title = "值班调整-" + UUID.randomUUID().toString().substring(0, 6);
    ApiClient zhangsan = login("zhangsan");

    Response started =
        zhangsan.post("/api/processes/practicalHelp/start", Map.of("values", request(title)));

    assertThat(started.status()).isEqualTo(201);
    assertThat(started.json().path("title").asText()).isEqualTo("张三 · " + title);
    String pid = started.json().path("processInstanceId").asText();
    assertThat(runtimeService.getVariable(pid, "requester")).isEqualTo("zhangsan");
    assertThat(runtimeService.getVariable(pid, "branchCode")).isEqualTo("branch-1");
    assertThat(runtimeService.getVariable(pid, "requestTitle")).isEqualTo(title);
    assertThat(login("liqiang").get("/api/tasks?scope=claimable&size=100&sort=created").body())
        .contains(pid);
    assertThat(zhangsan.get("/api/tasks?scope=involved&size=100&sort=created").body())
        .contains(pid);
  }

  @Test
  void anInvalidRequestIsRefusedAndNothingStarts() {
    ApiClient zhangsan = login("zhangsan");
    long before =
        runtimeService.createProcessInstanceQuery().processDefinitionKey("practicalHelp").count();
    Map<String, Object> values = request("缺类别");
    values.remove("category");
    Map<String, Object> withUnknown = request("多字段");
    withUnknown.put("handler", "liqiang");

    Response missing =
        zhangsan.post("/api/processes/practicalHelp/start", Map.of("values", values));
    Response unknown =
        zhangsan.post("/api/processes/practicalHelp/start", Map.of("values", withUnknown));

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().path("errors").get(0).path("field").asText()).isEqualTo("category");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("errors").get(0).path("field").asText()).isEqualTo("handler");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("practicalHelp")
                .count())
        .isEqualTo(before);
  }

  @Test
  void anUnknownProcessIsA404() {
    assertThat(login("zhangsan").get("/api/processes/noSuchProcess/start-form").status())
        .isEqualTo(404);
  }

  private static Map<String, Object> request(String title) {
    Map<String, Object> values = new HashMap<>();
    values.put("requestTitle", title);
    values.put("category", "life");
    values.put("urgency", "urgent");
    values.put("description", "家中老人住院，需调整值班安排");
    return values;
  }

  private ApiClient login(String username) {
    return ApiClient.loggedIn(port, username, DEMO);
  }
}
