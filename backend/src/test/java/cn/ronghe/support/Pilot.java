package cn.ronghe.support;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Starts and drives the pilot process (为干警办实事) directly on the engine, for test set-up. */
@Component
public class Pilot {

  private final RuntimeService runtimeService;
  private final TaskService taskService;

  Pilot(RuntimeService runtimeService, TaskService taskService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
  }

  /** zhangsan of branch 1 asks for help; returns the process instance id. */
  public String requestByZhangsan(String title) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("requester", "zhangsan");
    variables.put("initiatorName", "张三");
    variables.put("branchCode", "branch-1");
    variables.put("branchName", "第一党支部（审判业务）");
    variables.put("requestTitle", title);
    variables.put("category", "life");
    variables.put("urgency", "normal");
    variables.put("description", "家中老人住院，需调整值班安排");
    return runtimeService.startProcessInstanceByKey("practicalHelp", variables).getId();
  }

  /** A request started through the API by a logged-in staff member; returns the instance id. */
  public static String requestThroughApi(ApiClient requester, String title) {
    ApiClient.Response started = startThroughApi(requester, title);
    if (started.status() != 201) {
      throw new AssertionError("start refused: " + started.body());
    }
    return started.json().path("processInstanceId").asText();
  }

  /** The start of a request through the API, whatever the answer (201 with the instance id). */
  public static ApiClient.Response startThroughApi(ApiClient requester, String title) {
    return requester.post(
        "/api/processes/practicalHelp/start",
        Map.of(
            "values",
            Map.of(
                "requestTitle", title,
                "category", "family",
                "urgency", "urgent",
                "description", "家中老人住院，需调整值班安排")));
  }

  public Task currentTask(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  /** The branch secretary passes the review: the request moves on to the Party committee. */
  public void passReview(String processInstanceId, String secretary) {
    Task review = currentTask(processInstanceId);
    taskService.claim(review.getId(), secretary);
    taskService.complete(
        review.getId(), Map.of("reviewDecision", "pass", "reviewComment", "情况属实，同意上报"));
  }
}
