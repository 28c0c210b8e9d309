package cn.ronghe.followup;

import static cn.ronghe.processes.followup.FollowUpVariables.*;

import cn.ronghe.calendar.Deadlines;
import cn.ronghe.security.UserDirectory;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Opens 整改事项 (follow-up items) that a process does not wait for: a campaign's rectifications, an
 * annual report's feedback problems. Each is a {@code followUp} instance of its own, tracked to
 * verified closure by the branch's secretary; the one who opens it keeps the link.
 */
@Component
public class FollowUpItems {

  private final RuntimeService runtime;
  private final UserDirectory directory;

  FollowUpItems(RuntimeService runtime, UserDirectory directory) {
    this.runtime = runtime;
    this.directory = directory;
  }

  /**
   * An item: the problem, the measure, its owner's username, the day it is due, the branch that
   * verifies it, and the title of what it came from.
   */
  public record Item(
      String problem,
      Object measure,
      String owner,
      LocalDate deadline,
      String branchCode,
      Object branchName,
      Object sourceTitle) {}

  /** Starts the item's process (in the caller's transaction); its process instance id. */
  public String open(Item item) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ITEM_TITLE, item.problem());
    variables.put(ITEM_MEASURE, item.measure());
    variables.put(ITEM_OWNER, item.owner());
    variables.put(
        ITEM_OWNER_NAME,
        directory.user(item.owner()).map(u -> u.displayName()).orElse(item.owner()));
    variables.put(ITEM_DEADLINE, Date.from(Deadlines.endOf(item.deadline())));
    variables.put(BRANCH_CODE, item.branchCode());
    variables.put(BRANCH_NAME, item.branchName());
    variables.put(SOURCE_TITLE, item.sourceTitle());
    return runtime.startProcessInstanceByKey(PROCESS_ID, variables).getId();
  }
}
