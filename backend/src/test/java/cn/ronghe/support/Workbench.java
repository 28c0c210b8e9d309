package cn.ronghe.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A user's steps on the workbench, through the API: claim a task, complete it with its form. */
public final class Workbench {

  private Workbench() {}

  /** Posts the task's form values; the answer as it comes. */
  public static Response post(ApiClient client, JsonNode task, Map<String, Object> values) {
    return client.post(
        "/api/tasks/" + task.path("id").asText() + "/complete", Map.of("values", values));
  }

  /** Completes the task with the form values, which must be accepted (204). */
  public static void complete(ApiClient client, JsonNode task, Map<String, Object> values) {
    Response done = post(client, task, values);
    assertThat(done.status()).as(task.path("taskKey").asText() + ": " + done.body()).isEqualTo(204);
  }

  /** Claims the open task of this step whose title contains {@code title}; fails without one. */
  public static JsonNode claim(ApiClient client, String taskKey, String title) {
    JsonNode task = claimOrNull(client, taskKey, title);
    assertThat(task).as("claimable " + taskKey + " of " + title).isNotNull();
    return task;
  }

  /** Claims the open task of this step whose title contains {@code title}, if there is one. */
  public static JsonNode claimOrNull(ApiClient client, String taskKey, String title) {
    for (JsonNode item : client.get("/api/tasks?scope=claimable&size=100").json().path("items")) {
      if (item.path("taskKey").asText().equals(taskKey)
          && item.path("title").asText().contains(title)) {
        assertThat(client.post("/api/tasks/" + item.path("id").asText() + "/claim", "{}").status())
            .isEqualTo(200);
        return item;
      }
    }
    return null;
  }
}
