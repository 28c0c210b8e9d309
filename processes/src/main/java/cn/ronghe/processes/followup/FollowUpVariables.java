package cn.ronghe.processes.followup;

/**
 * Names used by the follow-up item process {@code bpmn/followUp.bpmn} (整改事项跟踪销号): a problem found —
 * in a talk, a warning-education campaign, an annual report's review — with its owner, measure and
 * deadline, tracked through progress reports to verification by the branch secretary and closure
 * (销号). Other processes call it ({@code callActivity calledElement="followUp"}); users never start
 * it from the catalog.
 *
 * <p>The caller passes in {@link #ITEM_TITLE}, {@link #ITEM_MEASURE}, {@link #ITEM_OWNER}, {@link
 * #ITEM_OWNER_NAME}, {@link #ITEM_DEADLINE} (a date), {@link #BRANCH_CODE}, {@link #BRANCH_NAME}
 * and {@link #SOURCE_TITLE}; it gets back {@link #FOLLOW_UP_OUTCOME}. Each user task's form id
 * equals its task id.
 */
public final class FollowUpVariables {

  private FollowUpVariables() {}

  // ---- process -------------------------------------------------------------------------------

  public static final String PROCESS_ID = "followUp";
  public static final String BPMN_RESOURCE = "bpmn/followUp.bpmn";

  // ---- activities ----------------------------------------------------------------------------

  public static final String START_FOLLOW_UP_OPENED = "followUpOpened";
  public static final String SUBPROCESS_FOLLOW_UP_WORK = "followUpWork";
  public static final String TASK_REPORT_FOLLOW_UP_PROGRESS = "reportFollowUpProgress";
  public static final String TASK_VERIFY_FOLLOW_UP = "verifyFollowUp";
  public static final String TIMER_FOLLOW_UP_OVERDUE = "followUpOverdue";
  public static final String SERVICE_ESCALATE_FOLLOW_UP = "escalateFollowUp";
  public static final String END_FOLLOW_UP_CLOSED = "followUpClosed";
  public static final String END_FOLLOW_UP_ESCALATED = "followUpEscalated";

  // ---- candidate groups ----------------------------------------------------------------------

  /** {@code branch-secretary:<branchCode>}: verifies and closes the item. */
  public static final String GROUP_BRANCH_SECRETARY_PREFIX = "branch-secretary:";

  /** Told when an item is still open at its deadline. */
  public static final String GROUP_PARTY_COMMITTEE = "party-committee";

  // ---- variables in --------------------------------------------------------------------------

  public static final String ITEM_TITLE = "itemTitle";
  public static final String ITEM_MEASURE = "itemMeasure";
  public static final String ITEM_OWNER = "itemOwner";
  public static final String ITEM_OWNER_NAME = "itemOwnerName";
  public static final String ITEM_DEADLINE = "itemDeadline";
  public static final String BRANCH_CODE = "branchCode";
  public static final String BRANCH_NAME = "branchName";
  public static final String SOURCE_TITLE = "sourceTitle";

  // ---- form fields and decisions -------------------------------------------------------------

  public static final String PROGRESS_REPORT = "progressReport";
  public static final String PROGRESS_STATE = "progressState";
  public static final String PROGRESS_ONGOING = "ongoing";
  public static final String PROGRESS_DONE = "done";

  public static final String VERIFY_DECISION = "verifyDecision";
  public static final String VERIFY_COMMENT = "verifyComment";
  public static final String VERIFY_CLOSED = "closed";
  public static final String VERIFY_RETURNED = "returned";

  // ---- variables out -------------------------------------------------------------------------

  /** {@value #OUTCOME_CLOSED} once verified and closed. */
  public static final String FOLLOW_UP_OUTCOME = "followUpOutcome";

  public static final String OUTCOME_CLOSED = "closed";
}
