package cn.ronghe.workflow;

import java.util.List;

/**
 * A process whose instances only the people it names may see, whatever the usual rules would allow
 * (the Party committee, the branch's secretary, the people involved): discipline clues, seen by
 * their access list only. It decides for its root instances and everything that runs under them:
 * the case view, its attachments and every one of its tasks, and whom its overdue tasks escalate
 * to.
 */
public interface InstanceAccess {

  /** The key of the root process this decides for. */
  String processKey();

  /** Whether the person may see this root instance and what runs under it. */
  boolean maySee(String username, String rootProcessInstanceId);

  /**
   * Whom an overdue task of the instance escalates to, in place of the branch's secretary or the
   * Party committee: people who may see it (an empty list: nobody above the task's holders).
   */
  List<String> supervisors(String rootProcessInstanceId);
}
