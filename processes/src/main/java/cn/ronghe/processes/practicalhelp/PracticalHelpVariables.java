package cn.ronghe.processes.practicalhelp;

/**
 * Names used by the 为干警办实事 (practical help for staff) process {@code bpmn/practicalHelp.bpmn}:
 * process id, activity ids, form ids, candidate groups, variable names and the values of the
 * decision variables the gateways route on.
 *
 * <p>The business record lives in the backend's tables; the process holds only ids, short texts and
 * decisions. Each user task's form id equals its task id; the start form is {@link
 * #FORM_SUBMIT_HELP_REQUEST}.
 */
public final class PracticalHelpVariables {

  private PracticalHelpVariables() {}

  // ---- process -------------------------------------------------------------------------------

  public static final String PROCESS_ID = "practicalHelp";
  public static final String BPMN_RESOURCE = "bpmn/practicalHelp.bpmn";

  // ---- activities ----------------------------------------------------------------------------

  public static final String START_HELP_REQUESTED = "helpRequested";
  public static final String TASK_REVIEW_HELP_REQUEST = "reviewHelpRequest";
  public static final String TASK_REVISE_HELP_REQUEST = "reviseHelpRequest";
  public static final String TASK_APPROVE_HELP_REQUEST = "approveHelpRequest";
  public static final String TASK_HANDLE_HELP_REQUEST = "handleHelpRequest";
  public static final String TASK_CONFIRM_HELP_RESULT = "confirmHelpResult";

  public static final String GATEWAY_REVIEW_DECISION = "reviewDecisionGateway";
  public static final String GATEWAY_COMMITTEE_DECISION = "committeeDecisionGateway";
  public static final String GATEWAY_CONFIRMATION_DECISION = "confirmationDecisionGateway";

  /** Ended: the requester confirmed the result. */
  public static final String END_HELP_COMPLETED = "helpCompleted";

  /** Ended: the Party committee refused the request; see {@link #REJECTION_REASON}. */
  public static final String END_HELP_REJECTED = "helpRejected";

  /** Ended: the requester was still not satisfied after the one rework the process allows. */
  public static final String END_HELP_CLOSED_UNSATISFIED = "helpClosedUnsatisfied";

  // ---- forms (Camunda Forms, forms/<id>.form, bound to the deployment) -----------------------

  public static final String FORM_SUBMIT_HELP_REQUEST = "submitHelpRequest";
  public static final String FORM_REVIEW_HELP_REQUEST = TASK_REVIEW_HELP_REQUEST;
  public static final String FORM_REVISE_HELP_REQUEST = TASK_REVISE_HELP_REQUEST;
  public static final String FORM_APPROVE_HELP_REQUEST = TASK_APPROVE_HELP_REQUEST;
  public static final String FORM_HANDLE_HELP_REQUEST = TASK_HANDLE_HELP_REQUEST;
  public static final String FORM_CONFIRM_HELP_RESULT = TASK_CONFIRM_HELP_RESULT;

  // ---- candidate groups (Ronghe roles) -------------------------------------------------------

  /**
   * Branch-scoped role: the review task's candidate group is {@code branch-secretary:<branchCode>}.
   */
  public static final String ROLE_BRANCH_SECRETARY = "branch-secretary";

  /** Global role: candidate group of the approval task. */
  public static final String ROLE_PARTY_COMMITTEE = "party-committee";

  /** Global role: candidate starter group of the process. */
  public static final String ROLE_STAFF = "staff";

  // ---- variables set by the backend when it starts the process -------------------------------

  /** User id of the staff member asking for help; also the start event's initiator variable. */
  public static final String REQUESTER = "requester";

  public static final String INITIATOR_NAME = "initiatorName";
  public static final String BRANCH_CODE = "branchCode";
  public static final String BRANCH_NAME = "branchName";

  // ---- start form: submitHelpRequest (revised on reviseHelpRequest) ---------------------------

  public static final String REQUEST_TITLE = "requestTitle";

  /** One of {@code life}, {@code work}, {@code family}, {@code health}, {@code other}. */
  public static final String CATEGORY = "category";

  public static final String CATEGORY_LIFE = "life";
  public static final String CATEGORY_WORK = "work";
  public static final String CATEGORY_FAMILY = "family";
  public static final String CATEGORY_HEALTH = "health";
  public static final String CATEGORY_OTHER = "other";

  /** One of {@code normal}, {@code urgent}, {@code critical}. */
  public static final String URGENCY = "urgency";

  public static final String URGENCY_NORMAL = "normal";
  public static final String URGENCY_URGENT = "urgent";
  public static final String URGENCY_CRITICAL = "critical";

  public static final String DESCRIPTION = "description";

  /** Optional reference (附件编号) to an attachment stored by the backend; forms cannot upload. */
  public static final String ATTACHMENT_REF = "attachmentRef";

  // ---- reviewHelpRequest (branch secretary) --------------------------------------------------

  /** {@link #REVIEW_PASS} or {@link #REVIEW_RETURN}. */
  public static final String REVIEW_DECISION = "reviewDecision";

  public static final String REVIEW_PASS = "pass";
  public static final String REVIEW_RETURN = "return";
  public static final String REVIEW_COMMENT = "reviewComment";

  // ---- approveHelpRequest (Party committee) --------------------------------------------------

  /** {@link #COMMITTEE_APPROVE} or {@link #COMMITTEE_REJECT}. */
  public static final String COMMITTEE_DECISION = "committeeDecision";

  public static final String COMMITTEE_APPROVE = "approve";
  public static final String COMMITTEE_REJECT = "reject";

  /** User id of the person who handles the request; required when approving. */
  public static final String HANDLER = "handler";

  /**
   * Last day for handling, an ISO-8601 date string {@code 2025-06-30} as the form's date field
   * submits it; the handling task falls due at 23:59:59 that day in the engine's time zone.
   * Required when approving.
   */
  public static final String HANDLING_DUE_DATE = "handlingDueDate";

  public static final String COMMITTEE_COMMENT = "committeeComment";

  /** Required when rejecting; kept on the ended instance's history. */
  public static final String REJECTION_REASON = "rejectionReason";

  // ---- handleHelpRequest (handler) -----------------------------------------------------------

  public static final String HANDLING_RESULT = "handlingResult";
  public static final String HANDLING_ATTACHMENT_REF = "handlingAttachmentRef";

  // ---- confirmHelpResult (requester) ---------------------------------------------------------

  /** {@link #CONFIRMATION_ACCEPT} or {@link #CONFIRMATION_REWORK}. */
  public static final String CONFIRMATION_DECISION = "confirmationDecision";

  public static final String CONFIRMATION_ACCEPT = "accept";

  /**
   * Sends the request back to the handler the first time; a second rework request closes the
   * request at {@link #END_HELP_CLOSED_UNSATISFIED}.
   */
  public static final String CONFIRMATION_REWORK = "rework";

  /** Integer 1–5 (stars). */
  public static final String SATISFACTION_RATING = "satisfactionRating";

  public static final String CONFIRMATION_COMMENT = "confirmationComment";

  /**
   * Set by the process (a {@code Long}): how many times the requester sent the request back, 0 or
   * 1. A rework is due 5 working days after it was asked for.
   */
  public static final String REWORK_COUNT = "reworkCount";

  /**
   * Set by the process from {@link #REQUEST_TITLE} at the start and after each revision: what the
   * case is about, which the workbench puts in the title of its tasks (「张三 · 子女入学咨询 · 支部书记审核」).
   */
  public static final String BUSINESS_TITLE = "businessTitle";
}
