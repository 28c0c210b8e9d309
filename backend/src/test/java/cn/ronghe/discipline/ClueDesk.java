package cn.ronghe.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the discipline API tests do at the desk: log in, register a clue, find one's tasks. */
final class ClueDesk {

  static final String DEMO = "Ronghe@2026";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  static final String NAMED = "named";
  static final String ANONYMOUS = "anonymous";

  private final int port;

  ClueDesk(int port) {
    this.port = port;
  }

  ApiClient login(String user) {
    return ApiClient.loggedIn(port, user, DEMO);
  }

  /** Registers a clue about the subject from a letter received two days ago; its instance id. */
  static String register(ApiClient registrar, String subject, String named) {
    return register(registrar, subject, named, "letter", TODAY.minusDays(2));
  }

  static String register(
      ApiClient registrar, String subject, String named, String source, LocalDate receivedOn) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("source", source);
    values.put("receivedOn", receivedOn.toString());
    values.put("complainantNamed", named);
    if (NAMED.equals(named)) {
      values.put("complainantName", "王某");
      values.put("complainantContact", "13800000000");
    }
    values.put("subject", subject);
    values.put("allegation", "利用职务便利为亲属案件打招呼");
    Response started =
        registrar.post("/api/processes/disciplineClue/start", Map.of("values", values));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return started.json().path("processInstanceId").asText();
  }

  /** The caller's own open task of this step of the instance. */
  static JsonNode mine(ApiClient client, String instance, String taskKey) {
    return inScope(client, "mine", instance, taskKey);
  }

  static JsonNode claimable(ApiClient client, String instance, String taskKey) {
    return inScope(client, "claimable", instance, taskKey);
  }

  static JsonNode inScope(ApiClient client, String scope, String instance, String taskKey) {
    for (JsonNode item :
        client.get("/api/tasks?scope=" + scope + "&size=100").json().path("items")) {
      if (item.path("taskKey").asText().equals(taskKey)
          && item.path("processInstanceId").asText().equals(instance)) {
        return item;
      }
    }
    throw new AssertionError("no " + scope + " " + taskKey + " of " + instance);
  }

  /** The instances of the tasks in one of the caller's inbox views. */
  static List<String> instancesIn(ApiClient client, String scope) {
    return client
        .get("/api/tasks?scope=" + scope + "&size=100")
        .json()
        .path("items")
        .findValuesAsText("processInstanceId");
  }

  /** The clue ids of a register. */
  static List<String> ids(JsonNode register) {
    List<String> ids = new ArrayList<>();
    register.path("items").forEach(i -> ids.add(i.path("id").asText()));
    return ids;
  }
}
