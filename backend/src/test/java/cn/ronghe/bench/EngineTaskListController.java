package cn.ronghe.bench;

import cn.ronghe.security.CurrentUser;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The engine's own task list over the same HTTP stack as ours (session, security, Jackson), for the
 * benchmark only: what Camunda's REST {@code GET /task?candidateGroups=..&withCandidateUser..} and
 * {@code GET /task/count} do, as one call returning a page and its count. Exists only in the test
 * classpath, and only when {@value #ENABLED} is set (see {@link BenchApplication}).
 */
@RestController
@ConditionalOnProperty(EngineTaskListController.ENABLED)
class EngineTaskListController {

  static final String ENABLED = "ronghe.bench.engine-endpoint";
  static final String PATH = "/api/bench/engine-tasks";

  private final TaskService taskService;

  EngineTaskListController(TaskService taskService) {
    this.taskService = taskService;
  }

  /** What Camunda's REST TaskDto carries of a task, enough for a list row. */
  record EngineTask(
      String id,
      String name,
      String assignee,
      Date created,
      Date due,
      int priority,
      String processDefinitionId,
      String processInstanceId,
      String executionId,
      String taskDefinitionKey) {}

  @GetMapping(PATH)
  Map<String, Object> tasks(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "0") int first,
      @RequestParam(defaultValue = "20") int max) {
    List<EngineTask> page =
        query(taskService, user.username(), user.candidateGroups()).listPage(first, max).stream()
            .map(EngineTaskListController::row)
            .toList();
    long count = query(taskService, user.username(), user.candidateGroups()).count();
    return Map.of("items", page, "count", count);
  }

  /**
   * The engine's claimable list for a user: candidate by one of the groups or by name, unassigned,
   * earliest due first. The engine's REST task list builds the same query.
   */
  static TaskQuery query(TaskService taskService, String username, List<String> groups) {
    return taskService
        .createTaskQuery()
        .or()
        .taskCandidateGroupIn(groups)
        .taskCandidateUser(username)
        .endOr()
        .taskUnassigned()
        .orderByDueDate()
        .asc();
  }

  private static EngineTask row(Task t) {
    return new EngineTask(
        t.getId(),
        t.getName(),
        t.getAssignee(),
        t.getCreateTime(),
        t.getDueDate(),
        t.getPriority(),
        t.getProcessDefinitionId(),
        t.getProcessInstanceId(),
        t.getExecutionId(),
        t.getTaskDefinitionKey());
  }
}
