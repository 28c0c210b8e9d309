package cn.ronghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.ProbeProcesses;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operations page's data: a step that fails in the background shows with its error, a retry
 * says how it went (failed again, then done once its cause is gone), a confidential process's error
 * is not shown, and every deployed version shows with its running instances.
 */
@ApplicationTest
class OperationsApiTest {

  static final String DEMO = "Ronghe@2026";

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;

  private String deployment;

  @AfterEach
  void removeTheProbes() {
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void aFailedStepShowsWithItsErrorAndARetrySaysHowItWent() {
    String key = "opsProbe" + UUID.randomUUID().toString().substring(0, 6);
    String secretKey = key + "Secret";
    deployment =
        repository
            .createDeployment()
            .addString(key + ".bpmn", ProbeProcesses.failing(key, false))
            .addString(secretKey + ".bpmn", ProbeProcesses.failing(secretKey, true))
            .deploy()
            .getId();
    String instance = runtime.startProcessInstanceByKey(key, Map.of("shouldFail", true)).getId();
    String secret =
        runtime.startProcessInstanceByKey(secretKey, Map.of("shouldFail", true)).getId();
    // The job executor tries each job three times, then raises an incident.
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                runtime.createIncidentQuery().processInstanceId(instance).count() == 1
                    && runtime.createIncidentQuery().processInstanceId(secret).count() == 1);
    ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);

    JsonNode failed = failedJobOf(admin, instance);
    assertThat(failed.path("processKey").asText()).isEqualTo(key);
    assertThat(failed.path("processName").asText()).isEqualTo("运维探测");
    assertThat(failed.path("activityId").asText()).isEqualTo("probe");
    assertThat(failed.path("activityName").asText()).isEqualTo("探测步骤");
    assertThat(failed.path("retries").asInt()).isZero();
    assertThat(failed.path("incidentId").asText()).isNotBlank();
    assertThat(failed.path("error").asText()).contains("missingBean");
    JsonNode hidden = failedJobOf(admin, secret);
    assertThat(hidden.path("confidential").asBoolean()).isTrue();
    assertThat(hidden.path("error").asText()).doesNotContain("missingBean").contains("保密");

    String jobId = failed.path("jobId").asText();
    JsonNode again =
        admin.post("/api/admin/operations/failed-jobs/" + jobId + "/retry", Map.of()).json();
    assertThat(again.path("succeeded").asBoolean()).isFalse();
    assertThat(again.path("error").asText()).contains("missingBean");
    assertThat(again.path("job").path("incidentId").asText()).isNotBlank();

    runtime.setVariable(instance, "shouldFail", false);
    JsonNode done =
        admin.post("/api/admin/operations/failed-jobs/" + jobId + "/retry", Map.of()).json();
    assertThat(done.path("succeeded").asBoolean()).isTrue();
    assertThat(done.path("job").isMissingNode()).isTrue();
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance)
                .singleResult()
                .getEndTime())
        .isNotNull();
    assertThat(failedJobOf(admin, instance)).isNull();
    assertThat(
            admin.post("/api/admin/operations/failed-jobs/" + jobId + "/retry", Map.of()).status())
        .isEqualTo(404);

    JsonNode processes = admin.get("/api/admin/operations/processes").json();
    JsonNode secretProcess = null;
    for (JsonNode process : processes) {
      if (process.path("key").asText().equals(secretKey)) {
        secretProcess = process;
      }
    }
    assertThat(secretProcess).isNotNull();
    assertThat(secretProcess.path("versions").get(0).path("version").asInt()).isEqualTo(1);
    assertThat(secretProcess.path("versions").get(0).path("running").asLong()).isEqualTo(1);
    assertThat(secretProcess.path("versions").get(0).path("incidents").asLong()).isEqualTo(1);
    assertThat(processes.findValuesAsText("key")).contains("membershipIntake", "disciplineClue");
  }

  private static JsonNode failedJobOf(ApiClient admin, String processInstanceId) {
    for (JsonNode job : admin.get("/api/admin/operations/failed-jobs").json()) {
      if (job.path("processInstanceId").asText().equals(processInstanceId)) {
        return job;
      }
    }
    return null;
  }
}
