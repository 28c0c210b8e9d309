package cn.ronghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.Pilot;
import cn.ronghe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
    assertThat(body.path("title").asText()).startsWith("张三 · 案件视图-");
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
    assertThat(review.path("outcome").asText()).isEqualTo("通过，报机关党委审批");
    // the form's opinion field (审核意见), then the comment given with it
    assertThat(review.path("opinions").findValuesAsText("body")).containsExactly("情况属实", "支部同意上报");
    assertThat(review.path("opinions").get(0).path("authorName").asText()).isEqualTo("李强");
    assertThat(body.path("currentTasks").get(0).path("taskKey").asText())
        .isEqualTo("approveHelpRequest");
  }

  @Test
  void aStepSentBackReadsAsReturnedAndTheReturnedFormDecisionAsItsOptionsLabel() {
    String pid = reviewedRequest();
    String approval = pilot.currentTask(pid).getId();
    ApiClient wangwei = login("wangwei", DEMO);
    wangwei.post("/api/tasks/" + approval + "/claim", "{}");
    Response returned =
        wangwei.post(
            "/api/tasks/" + approval + "/return",
            Map.of("target", "reviewHelpRequest", "reason", "请支部核实后再报"));
    assertThat(returned.status()).isEqualTo(204);
    String review = pilot.currentTask(pid).getId();
    ApiClient liqiang = login("liqiang", DEMO);
    liqiang.post("/api/tasks/" + review + "/claim", "{}");
    Response sentBack =
        liqiang.post(
            "/api/tasks/" + review + "/complete",
            Map.of("values", Map.of("reviewDecision", "return", "reviewComment", "请补充家庭情况说明")));
    assertThat(sentBack.status()).isEqualTo(204);

    JsonNode timeline =
        login("zhangsan", DEMO).get("/api/instances/" + pid).json().path("timeline");

    List<String> outcomes = new ArrayList<>();
    for (JsonNode step : timeline) {
      if (step.has("outcome")) {
        outcomes.add(step.path("activityId").asText() + " " + step.path("outcome").asText());
      }
    }
    assertThat(outcomes)
        .containsExactly(
            "reviewHelpRequest 通过，报机关党委审批", "approveHelpRequest 退回", "reviewHelpRequest 退回申请人补充");
    assertThat(timeline.toString()).contains("请补充家庭情况说明", "退回至「支部书记审核」：请支部核实后再报");
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

  @Test
  void theCaseFileIsAPdfOfItsStepsTheirFinalValuesAndItsAttachments() throws Exception {
    String pid = reviewedRequest();
    String approval = pilot.currentTask(pid).getId();
    ApiClient wangwei = login("wangwei", DEMO);
    wangwei.post("/api/tasks/" + approval + "/claim", "{}");
    assertThat(
            wangwei
                .upload(
                    "/api/tasks/" + approval + "/attachments",
                    "file",
                    "家庭情况说明.txt",
                    "老人住院证明".getBytes(StandardCharsets.UTF_8))
                .status())
        .isEqualTo(201);

    HttpResponse<byte[]> file =
        login("zhangsan", DEMO).download("/api/instances/" + pid + "/dossier");

    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
        .contains(URLEncoder.encode("卷宗", StandardCharsets.UTF_8));
    PdfReader pdf = new PdfReader(file.body());
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      text.append(new PdfTextExtractor(pdf).getTextFromPage(page));
    }
    assertThat(text.toString().replaceAll("\\s+", ""))
        .contains(
            "卷宗",
            "为干警办实事",
            "案件视图-",
            "支部书记审核",
            "李强",
            "审核结果",
            "通过，报机关党委审批",
            "审核意见",
            "情况属实",
            "支部同意上报",
            "事项标题",
            "家庭情况说明.txt",
            "王伟");
    assertThat(login("lisi", DEMO).download("/api/instances/" + pid + "/dossier").statusCode())
        .as("nobody else gets it")
        .isEqualTo(404);
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
