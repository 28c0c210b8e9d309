package cn.ronghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.Pilot;
import cn.ronghe.support.TestUsers;
import cn.ronghe.workflow.inbox.TaskCommentMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Return to an earlier step, transfer, delegate and copy in. */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskRoutingApiTest {

  static final String DEMO = "Ronghe@2026";

  @LocalServerPort int port;
  @Autowired Pilot pilot;
  @Autowired TestUsers users;
  @Autowired TaskCommentMapper comments;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @BeforeAll
  void deployParallelAndMultiInstanceProcesses() {
    repositoryService
        .createDeployment()
        .addModelInstance(
            "routingParallel.bpmn",
            Bpmn.createExecutableProcess("routingParallel")
                .name("并行退回测试")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("prepare")
                .name("准备")
                .camundaCandidateGroups("party-committee")
                .parallelGateway("fork")
                .userTask("checkA")
                .name("甲审核")
                .camundaCandidateGroups("party-committee")
                .parallelGateway("join")
                .userTask("finish")
                .name("汇总")
                .camundaCandidateGroups("party-committee")
                .endEvent()
                .moveToNode("fork")
                .userTask("checkB")
                .name("乙审核")
                .camundaCandidateGroups("party-committee")
                .connectTo("join")
                .done())
        .addModelInstance(
            "routingMulti.bpmn",
            Bpmn.createExecutableProcess("routingMulti")
                .name("会签退回测试")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("prepare")
                .name("准备")
                .camundaCandidateGroups("party-committee")
                .userTask("countersign")
                .name("会签")
                .camundaCandidateGroups("party-committee")
                .multiInstance()
                .parallel()
                .cardinality("3")
                .multiInstanceDone()
                .endEvent()
                .done())
        .deploy();
  }

  @Test
  void theApprovalCanGoBackToTheReviewWhichStartsAfresh() {
    String pid = pilot.requestByZhangsan(unique("退回"));
    String review = pilot.currentTask(pid).getId();
    pilot.passReview(pid, "liqiang");
    ApiClient wangwei = login("wangwei", DEMO);
    String approval = claimCurrent(wangwei, pid);

    Response targets = wangwei.get("/api/tasks/" + approval + "/return-targets");
    Response back =
        wangwei.post(
            "/api/tasks/" + approval + "/return",
            Map.of("target", "reviewHelpRequest", "reason", "请支部补充核实家庭情况"));

    assertThat(targets.json().findValuesAsText("activityId")).containsExactly("reviewHelpRequest");
    assertThat(back.status()).isEqualTo(204);
    Task again = pilot.currentTask(pid);
    assertThat(again.getTaskDefinitionKey()).isEqualTo("reviewHelpRequest");
    assertThat(again.getId()).isNotEqualTo(review);
    assertThat(
            login("liqiang", DEMO).get("/api/tasks?scope=claimable&size=100&sort=created").body())
        .contains(again.getId());
    assertThat(wangwei.get("/api/tasks/" + approval).json().path("ended").isMissingNode())
        .isFalse();
    assertThat(comments.selectByInstance(pid))
        .extracting(c -> c.body())
        .contains("退回至「支部书记审核」：请支部补充核实家庭情况");
  }

  @Test
  void aReturnNeedsAKnownTargetAndAReason() {
    String pid = pilot.requestByZhangsan(unique("退回校验"));
    pilot.passReview(pid, "liqiang");
    ApiClient wangwei = login("wangwei", DEMO);
    String approval = claimCurrent(wangwei, pid);

    Response unknown =
        wangwei.post(
            "/api/tasks/" + approval + "/return",
            Map.of("target", "handleHelpRequest", "reason", "x"));
    Response noReason =
        wangwei.post(
            "/api/tasks/" + approval + "/return",
            Map.of("target", "reviewHelpRequest", "reason", " "));

    assertField(unknown, "target");
    assertField(noReason, "reason");
    assertThat(pilot.currentTask(pid).getId()).isEqualTo(approval);
  }

  @Test
  void onlyTheAssigneeMayReturnATask() {
    String pid = pilot.requestByZhangsan(unique("非办理人退回"));
    pilot.passReview(pid, "liqiang");
    String approval = pilot.currentTask(pid).getId();

    Response back =
        login("wangwei", DEMO)
            .post(
                "/api/tasks/" + approval + "/return",
                Map.of("target", "reviewHelpRequest", "reason", "x"));

    assertThat(back.status()).isEqualTo(403);
  }

  @Test
  void returningFromOneParallelBranchCancelsTheOtherSoTheJoinDoesNotWaitForIt() {
    String pid = runtimeService.startProcessInstanceByKey("routingParallel").getId();
    ApiClient committee = login(users.create("party-committee"), TestUsers.PASSWORD);
    completeCurrent(committee, pid, "prepare");
    assertThat(activeTaskKeys(pid)).containsExactlyInAnyOrder("checkA", "checkB");
    String checkA = taskOf(pid, "checkA").getId();
    committee.post("/api/tasks/" + checkA + "/claim", "{}");

    Response back =
        committee.post(
            "/api/tasks/" + checkA + "/return", Map.of("target", "prepare", "reason", "材料不全"));

    assertThat(back.status()).isEqualTo(204);
    assertThat(activeTaskKeys(pid)).containsExactly("prepare");
    completeCurrent(committee, pid, "prepare");
    assertThat(activeTaskKeys(pid)).containsExactlyInAnyOrder("checkA", "checkB");
    completeCurrent(committee, pid, "checkA");
    completeCurrent(committee, pid, "checkB");
    assertThat(activeTaskKeys(pid)).containsExactly("finish");
  }

  @Test
  void returningFromOneCountersignCancelsAllOfThem() {
    String pid = runtimeService.startProcessInstanceByKey("routingMulti").getId();
    ApiClient committee = login(users.create("party-committee"), TestUsers.PASSWORD);
    completeCurrent(committee, pid, "prepare");
    assertThat(activeTaskKeys(pid)).containsExactly("countersign", "countersign", "countersign");
    String one = taskOf(pid, "countersign").getId();
    committee.post("/api/tasks/" + one + "/claim", "{}");

    Response back =
        committee.post(
            "/api/tasks/" + one + "/return", Map.of("target", "prepare", "reason", "重新准备"));

    assertThat(back.status()).isEqualTo(204);
    assertThat(activeTaskKeys(pid)).containsExactly("prepare");
    Response openCounts = committee.get("/api/tasks?scope=claimable&process=routingMulti&size=100");
    assertThat(openCounts.json().findValuesAsText("taskKey")).doesNotContain("countersign");
  }

  @Test
  void aTransferredTaskBelongsToTheNewPersonAndStaysInvolvedForTheOld() {
    String other = users.create("staff", "branch-secretary@branch-1");
    String pid = pilot.requestByZhangsan(unique("转办"));
    ApiClient liqiang = login("liqiang", DEMO);
    String review = claimCurrent(liqiang, pid);

    Response transfer =
        liqiang.post("/api/tasks/" + review + "/transfer", Map.of("to", other, "reason", "本人出差"));

    assertThat(transfer.status()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(review).singleResult().getAssignee())
        .isEqualTo(other);
    assertThat(login(other, TestUsers.PASSWORD).get("/api/tasks?scope=mine&size=100").body())
        .contains(review);
    assertThat(liqiang.get("/api/tasks?scope=involved&size=100&sort=created").body())
        .contains(review);
  }

  @Test
  void aTransferNeedsSomeoneElseWhoExists() {
    String pid = pilot.requestByZhangsan(unique("转办校验"));
    ApiClient liqiang = login("liqiang", DEMO);
    String review = claimCurrent(liqiang, pid);

    assertField(
        liqiang.post("/api/tasks/" + review + "/transfer", Map.of("to", "nobody-x", "reason", "x")),
        "to");
    assertField(
        liqiang.post("/api/tasks/" + review + "/transfer", Map.of("to", "liqiang", "reason", "x")),
        "to");
    assertField(
        liqiang.post("/api/tasks/" + review + "/transfer", Map.of("to", "chenjing")), "reason");
  }

  @Test
  void aDelegatedTaskComesBackToWhoDelegatedIt() {
    String pid = pilot.requestByZhangsan(unique("委派"));
    ApiClient liqiang = login("liqiang", DEMO);
    String review = claimCurrent(liqiang, pid);
    liqiang.post("/api/tasks/" + review + "/delegate", Map.of("to", "chenjing", "reason", "请先核实"));
    ApiClient chenjing = login("chenjing", DEMO);
    assertThat(chenjing.get("/api/tasks?scope=mine&size=100").body()).contains(review);

    Response resolved =
        chenjing.post(
            "/api/tasks/" + review + "/complete",
            Map.of("values", Map.of("reviewDecision", "pass", "reviewComment", "已核实属实")));

    assertThat(resolved.status()).isEqualTo(204);
    Task back = pilot.currentTask(pid);
    assertThat(back.getId()).isEqualTo(review);
    assertThat(back.getAssignee()).isEqualTo("liqiang");
    assertThat(runtimeService.getVariable(pid, "reviewComment")).isEqualTo("已核实属实");
    Response done =
        liqiang.post(
            "/api/tasks/" + review + "/complete",
            Map.of("values", Map.of("reviewDecision", "pass", "reviewComment", "已核实属实")));
    assertThat(done.status()).isEqualTo(204);
    assertThat(pilot.currentTask(pid).getTaskDefinitionKey()).isEqualTo("approveHelpRequest");
  }

  @Test
  void copiedPeopleSeeTheCaseUnderInvolved() {
    String pid = pilot.requestByZhangsan(unique("抄送"));
    ApiClient liqiang = login("liqiang", DEMO);
    String review = claimCurrent(liqiang, pid);
    ApiClient lisi = login("lisi", DEMO);
    assertThat(lisi.get("/api/instances/" + pid).status()).isEqualTo(404);

    Response cc = liqiang.post("/api/tasks/" + review + "/cc", Map.of("users", List.of("lisi")));

    assertThat(cc.status()).isEqualTo(204);
    assertThat(lisi.get("/api/tasks?scope=involved&size=100&sort=created").body()).contains(review);
    assertThat(lisi.get("/api/instances/" + pid).status()).isEqualTo(200);
    assertField(
        liqiang.post("/api/tasks/" + review + "/cc", Map.of("users", List.of("nobody-y"))),
        "users[0]");
  }

  @Test
  void theRequesterCanUrgeTheSecretaryOnceAnHour() {
    ApiClient zhangsan = login("zhangsan", DEMO);
    String pid = Pilot.requestThroughApi(zhangsan, unique("催办"));
    String review = pilot.currentTask(pid).getId();
    ApiClient liqiang = login("liqiang", DEMO);
    long unreadBefore =
        liqiang.get("/api/notifications/unread-count").json().path("unread").asLong();

    Response first =
        zhangsan.post("/api/tasks/" + review + "/urge", Map.of("message", "家里急需，请尽快审核"));
    Response again = zhangsan.post("/api/tasks/" + review + "/urge", Map.of());

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().path("notified").asInt()).isPositive();
    assertThat(again.json().path("notified").asInt()).isZero();
    assertThat(liqiang.get("/api/notifications/unread-count").json().path("unread").asLong())
        .isEqualTo(unreadBefore + 1);
    assertThat(liqiang.get("/api/notifications?size=5").body()).contains("家里急需，请尽快审核", "task.urge");
  }

  private void assertField(Response response, String field) {
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
  }

  private String claimCurrent(ApiClient client, String pid) {
    String taskId = pilot.currentTask(pid).getId();
    assertThat(client.post("/api/tasks/" + taskId + "/claim", "{}").status()).isEqualTo(200);
    return taskId;
  }

  private void completeCurrent(ApiClient client, String pid, String taskKey) {
    String taskId = taskOf(pid, taskKey).getId();
    assertThat(client.post("/api/tasks/" + taskId + "/claim", "{}").status()).isEqualTo(200);
    assertThat(
            client.post("/api/tasks/" + taskId + "/complete", Map.of("values", Map.of())).status())
        .isEqualTo(204);
  }

  private Task taskOf(String pid, String taskKey) {
    return taskService
        .createTaskQuery()
        .processInstanceId(pid)
        .taskDefinitionKey(taskKey)
        .list()
        .get(0);
  }

  private List<String> activeTaskKeys(String pid) {
    return taskService.createTaskQuery().processInstanceId(pid).list().stream()
        .map(Task::getTaskDefinitionKey)
        .toList();
  }

  private ApiClient login(String username, String password) {
    return ApiClient.loggedIn(port, username, password);
  }

  private static String unique(String text) {
    return text + "-" + UUID.randomUUID().toString().substring(0, 6);
  }
}
