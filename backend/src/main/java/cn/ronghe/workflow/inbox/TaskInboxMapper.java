package cn.ronghe.workflow.inbox;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The inbox tables: written by {@link TaskInboxListener}, read by the task API. */
@Mapper
public interface TaskInboxMapper {

  void insert(InboxTask task);

  /** A candidate of an open task; {@code assigned}: the task has a holder (kept in step). */
  void insertCandidate(
      @Param("taskId") String taskId,
      @Param("candidate") String candidate,
      @Param("assigned") boolean assigned);

  int updateCandidatesAssigned(@Param("taskId") String taskId, @Param("assigned") boolean assigned);

  int deleteCandidates(String taskId);

  int deleteCandidate(@Param("taskId") String taskId, @Param("candidate") String candidate);

  int updateAssignee(@Param("taskId") String taskId, @Param("assignee") String assignee);

  int updateDue(
      @Param("taskId") String taskId,
      @Param("dueAt") Instant dueAt,
      @Param("priority") int priority);

  int end(
      @Param("taskId") String taskId,
      @Param("state") String state,
      @Param("endedAt") Instant endedAt,
      @Param("endedBy") String endedBy);

  /** Records what the task came to (see {@link TaskOutcome}). */
  int updateOutcome(@Param("taskId") String taskId, @Param("outcome") String outcome);

  /** The outcomes recorded for the tasks of a process instance. */
  List<TaskOutcome> selectOutcomes(String processInstanceId);

  InboxTask selectById(String taskId);

  /** The same, its row locked until the transaction ends (one writer per task at a time). */
  InboxTask selectByIdForUpdate(String taskId);

  List<String> selectCandidates(String taskId);

  List<InboxTask> selectPage(@Param("q") InboxQuery query);

  long countPage(@Param("q") InboxQuery query);

  InboxCounts selectCounts(
      @Param("username") String username, @Param("candidates") List<String> candidates);

  /** The branch the instance's tasks carry, if any. */
  String selectBranchOfInstance(String processInstanceId);

  /** Whether the user has or had a task in the instance, may claim one, or takes part in it. */
  boolean isInvolvedInInstance(
      @Param("processInstanceId") String processInstanceId,
      @Param("username") String username,
      @Param("candidates") List<String> candidates);

  List<InboxTask> selectOpenByInstance(String processInstanceId);

  void insertParticipant(
      @Param("processInstanceId") String processInstanceId,
      @Param("username") String username,
      @Param("reason") String reason,
      @Param("since") Instant since);

  /** Takes the person off the instances' participants. */
  int deleteParticipant(
      @Param("processInstanceIds") List<String> processInstanceIds,
      @Param("username") String username);

  boolean isParticipant(
      @Param("processInstanceId") String processInstanceId, @Param("username") String username);
}
