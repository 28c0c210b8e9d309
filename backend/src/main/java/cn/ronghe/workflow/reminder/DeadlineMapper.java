package cn.ronghe.workflow.reminder;

import cn.ronghe.workflow.inbox.InboxTask;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The deadline sweep's view of {@code task_inbox}: index ranges on (state, due_at), never the
 * engine's tables.
 */
@Mapper
interface DeadlineMapper {

  /** Open tasks due in (now, until] that no sweep has reminded of yet, soonest first. */
  List<InboxTask> selectDueSoon(
      @Param("now") Instant now, @Param("until") Instant until, @Param("limit") int limit);

  /** Open tasks due before now that no sweep has escalated yet, longest overdue first. */
  List<InboxTask> selectOverdue(@Param("now") Instant now, @Param("limit") int limit);

  /**
   * Takes the task's reminder for this sweep: 1 for the one sweep that gets it, 0 when the task has
   * ended or another sweep (on another node) took it first.
   */
  int claimReminder(@Param("taskId") String taskId, @Param("at") Instant at);

  /** As {@link #claimReminder}, for the escalation of an overdue task. */
  int claimEscalation(@Param("taskId") String taskId, @Param("at") Instant at);
}
