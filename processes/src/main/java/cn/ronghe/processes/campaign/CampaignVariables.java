package cn.ronghe.processes.campaign;

/**
 * Names used by the warning-education campaign processes (警示教育): {@code bpmn/campaign.bpmn}
 * ({@value #PROCESS_ID}, 警示教育活动) and the per-branch process it calls, {@code
 * bpmn/campaignBranch.bpmn} ({@value #BRANCH_PROCESS_ID}, 支部警示教育).
 *
 * <p>The discipline commission drafts a plan with the start form {@value #FORM_DRAFT_CAMPAIGN} (the
 * starter becomes {@link #INITIATOR}); {@value #CAMPAIGN_DRAFTED_DELEGATE} checks it. The Party
 * committee approves it or returns it to the starter for revision. Once approved, every target
 * branch holds its session in its own {@value #BRANCH_PROCESS_ID} instance: scheduling, notice,
 * attendance, make-up for absentees, a reflection per person reviewed by the secretary, the
 * commission's spot-check, the self-check with rectification items (started as {@code followUp}
 * processes, not waited for) and the branch summary. The campaign summary is asked for only when
 * every branch has filed its summary. Each user task's form id equals its task id.
 */
public final class CampaignVariables {

  private CampaignVariables() {}

  // ---- process: campaign ---------------------------------------------------------------------

  public static final String PROCESS_ID = "campaign";
  public static final String BPMN_RESOURCE = "bpmn/campaign.bpmn";

  // ---- activities: campaign ------------------------------------------------------------------

  public static final String START_CAMPAIGN_DRAFTED = "campaignDrafted";
  public static final String FORM_DRAFT_CAMPAIGN = "draftCampaign";
  public static final String GATEWAY_PLAN_SUBMITTED = "planSubmittedGateway";
  public static final String TASK_APPROVE_CAMPAIGN = "approveCampaign";
  public static final String FORM_APPROVE_CAMPAIGN = TASK_APPROVE_CAMPAIGN;
  public static final String GATEWAY_CAMPAIGN_APPROVED = "campaignApprovedGateway";
  public static final String TASK_REVISE_CAMPAIGN = "reviseCampaign";
  public static final String FORM_REVISE_CAMPAIGN = TASK_REVISE_CAMPAIGN;
  public static final String CALL_HOLD_BRANCH_SESSIONS = "holdBranchSessions";
  public static final String SERVICE_COMPUTE_CAMPAIGN_FIGURES = "computeCampaignFigures";
  public static final String TASK_FILE_CAMPAIGN_SUMMARY = "fileCampaignSummary";
  public static final String FORM_FILE_CAMPAIGN_SUMMARY = TASK_FILE_CAMPAIGN_SUMMARY;
  public static final String END_CAMPAIGN_CLOSED = "campaignClosed";

  // ---- flows: campaign -----------------------------------------------------------------------

  public static final String FLOW_CAMPAIGN_APPROVED = "campaignApproved";
  public static final String FLOW_CAMPAIGN_RETURNED = "campaignReturned";

  // ---- delegates: campaign -------------------------------------------------------------------

  /**
   * Checks (and records) the plan: execution listener at the {@code end} of the start event, and
   * task listener on {@code complete} of {@value #TASK_REVISE_CAMPAIGN}. The bean implements both
   * {@code ExecutionListener} and {@code TaskListener}.
   */
  public static final String CAMPAIGN_DRAFTED_DELEGATE = "campaignDraftedDelegate";

  /**
   * {@code JavaDelegate} of {@value #SERVICE_COMPUTE_CAMPAIGN_FIGURES}: sets {@link
   * #SESSIONS_HELD}, {@link #ATTENDANCE_RATE}, {@link #REFLECTIONS_ON_TIME}, {@link
   * #REFLECTIONS_LATE}, {@link #RECTIFICATION_ITEMS} from the branch instances ({@link
   * #CAMPAIGN_INSTANCE_ID}).
   */
  public static final String CAMPAIGN_FIGURES_DELEGATE = "campaignFiguresDelegate";

  // ---- candidate groups ----------------------------------------------------------------------

  /** 机关纪委: starts campaigns, spot-checks reflections, files the campaign summary. */
  public static final String GROUP_DISCIPLINE = "discipline";

  /** 机关党委: approves the plan. */
  public static final String GROUP_PARTY_COMMITTEE = "party-committee";

  /** Followed by the branch code: {@code branch-secretary:branch-1}. */
  public static final String GROUP_BRANCH_SECRETARY_PREFIX = "branch-secretary:";

  // ---- the plan (forms draftCampaign, reviseCampaign; read-only on approveCampaign) ---------

  /** The user who started the campaign (camunda:initiator); revises a returned plan. */
  public static final String INITIATOR = "initiator";

  /** Set from {@link #CAMPAIGN_TITLE} at the start and after each revision. */
  public static final String BUSINESS_TITLE = "businessTitle";

  public static final String CAMPAIGN_TITLE = "campaignTitle";

  /** {@value #KIND_ROUTINE} or {@value #KIND_SPECIAL}. */
  public static final String CAMPAIGN_KIND = "campaignKind";

  public static final String KIND_ROUTINE = "routine";
  public static final String KIND_SPECIAL = "special";

  /** Only for a special campaign (hidden, hence dropped by the server, otherwise). */
  public static final String SPECIAL_TARGET = "specialTarget";

  public static final String TARGET_HOLIDAY = "holiday";
  public static final String TARGET_NEW_STAFF = "newStaff";
  public static final String TARGET_HIGH_RISK_POSTS = "highRiskPosts";
  public static final String TARGET_THREE_RULES = "threeRules";

  public static final String THEME = "theme";

  /** The branch codes the campaign goes to: one {@value #BRANCH_PROCESS_ID} instance each. */
  public static final String TARGET_BRANCHES = "targetBranches";

  /** The options of {@link #TARGET_BRANCHES}, {@code [{label, value}]}, supplied by the server. */
  public static final String BRANCH_OPTIONS = "branchOptions";

  /** First and last day ({@code YYYY-MM-DD}) in which the branches hold their sessions. */
  public static final String SESSION_FROM = "sessionFrom";

  public static final String SESSION_TO = "sessionTo";

  /** Calendar days (1–30, default 7) a person has for the reflection. */
  public static final String REFLECTION_DAYS = "reflectionDays";

  /** Typical cases, the trial to attend, the visit. */
  public static final String MATERIALS = "materials";

  /** The posts that must self-check: a list of the {@code POST_*} codes. */
  /** Ids of the typical cases (典型案例库) chosen as material, as strings; optional. */
  public static final String TYPICAL_CASES = "typicalCases";

  /** The typical cases the plan's forms offer (supplied by the server, not stored). */
  public static final String CASE_OPTIONS = "caseOptions";

  public static final String KEY_POSTS = "keyPosts";

  public static final String POST_ENFORCEMENT = "enforcement";
  public static final String POST_CASE_FILING = "caseFiling";
  public static final String POST_FINANCE = "finance";
  public static final String POST_PROCUREMENT = "procurement";

  // ---- approval (form approveCampaign) -------------------------------------------------------

  /** {@value #APPROVE} or {@value #RETURN}. */
  public static final String APPROVE_DECISION = "approveDecision";

  public static final String APPROVE = "approve";
  public static final String RETURN = "return";
  public static final String APPROVE_COMMENT = "approveComment";

  // ---- into each branch (call activity holdBranchSessions) ----------------------------------

  /** The element variable of the multi-instance call activity: one of {@link #TARGET_BRANCHES}. */
  public static final String TARGET_BRANCH = "targetBranch";

  public static final String BRANCH_CODE = "branchCode";

  /** The calling campaign's process instance id, so the backend can relate branch instances. */
  public static final String CAMPAIGN_INSTANCE_ID = "campaignInstanceId";

  // ---- campaign figures and summary (form fileCampaignSummary) ------------------------------

  public static final String SESSIONS_HELD = "sessionsHeld";

  /** Percent, e.g. {@code 93.5}. */
  public static final String ATTENDANCE_RATE = "attendanceRate";

  /** Also a branch figure, set in the branch instance by {@value #BRANCH_FIGURES_DELEGATE}. */
  public static final String REFLECTIONS_ON_TIME = "reflectionsOnTime";

  /** Also a branch figure, set in the branch instance by {@value #BRANCH_FIGURES_DELEGATE}. */
  public static final String REFLECTIONS_LATE = "reflectionsLate";

  /** Rectification items opened by all branches' self-checks. */
  public static final String RECTIFICATION_ITEMS = "rectificationItems";

  public static final String CAMPAIGN_SUMMARY = "campaignSummary";

  // ---- process: campaignBranch ---------------------------------------------------------------

  public static final String BRANCH_PROCESS_ID = "campaignBranch";
  public static final String BRANCH_BPMN_RESOURCE = "bpmn/campaignBranch.bpmn";

  // ---- activities: campaignBranch ------------------------------------------------------------

  public static final String START_BRANCH_SESSION_OPENED = "branchSessionOpened";
  public static final String TASK_SCHEDULE_SESSION = "scheduleSession";
  public static final String SERVICE_NOTICE_SESSION = "noticeSession";
  public static final String TASK_RECORD_ATTENDANCE = "recordAttendance";
  public static final String GATEWAY_REFLECTION_ROUND = "reflectionRoundGateway";
  public static final String SUBPROCESS_REFLECTION_WORK = "reflectionWork";
  public static final String START_REFLECTION_WORK_STARTED = "reflectionWorkStarted";
  public static final String GATEWAY_MAKE_UP_NEEDED = "makeUpNeededGateway";
  public static final String TASK_ATTEND_MAKE_UP = "attendMakeUp";
  public static final String GATEWAY_REFLECTION_DUE = "reflectionDueGateway";
  public static final String TASK_SUBMIT_REFLECTION = "submitReflection";
  public static final String TASK_REVIEW_REFLECTION = "reviewReflection";
  public static final String GATEWAY_REFLECTION_ACCEPTED = "reflectionAcceptedGateway";
  public static final String END_REFLECTION_ACCEPTED = "reflectionAccepted";
  public static final String TASK_SPOT_CHECK_REFLECTIONS = "spotCheckReflections";
  public static final String GATEWAY_SPOT_CHECK_PASSED = "spotCheckPassedGateway";
  public static final String TASK_SELF_CHECK_BRANCH = "selfCheckBranch";
  public static final String SERVICE_OPEN_RECTIFICATION_ITEMS = "openRectificationItems";
  public static final String SERVICE_COMPUTE_BRANCH_FIGURES = "computeBranchFigures";
  public static final String TASK_FILE_BRANCH_SUMMARY = "fileBranchSummary";
  public static final String END_BRANCH_SUMMARY_FILED = "branchSummaryFiled";

  // ---- flows: campaignBranch -----------------------------------------------------------------

  public static final String FLOW_MAKE_UP_NEEDED = "makeUpNeeded";
  public static final String FLOW_REFLECTION_RETURNED = "reflectionReturned";
  public static final String FLOW_REWORK_REQUESTED = "reworkRequested";
  public static final String FLOW_SPOT_CHECK_PASSED = "spotCheckPassed";

  // ---- delegates: campaignBranch -------------------------------------------------------------

  /**
   * Execution listener at the {@code end} of {@value #START_BRANCH_SESSION_OPENED}: sets {@link
   * #BRANCH_NAME}, {@link #BRANCH_MEMBERS} and {@link #BRANCH_MEMBER_IDS}.
   */
  public static final String CAMPAIGN_BRANCH_OPENED_DELEGATE = "campaignBranchOpenedDelegate";

  /** Task listener, {@code complete} of {@value #TASK_SCHEDULE_SESSION}: checks the date. */
  public static final String SESSION_SCHEDULED_DELEGATE = "sessionScheduledDelegate";

  /**
   * Task listener, {@code complete} of {@value #TASK_RECORD_ATTENDANCE}: records the sign-in and
   * sets {@link #ABSENTEES}, {@link #REFLECTION_PEOPLE} and {@link #SPOT_CHECK_ROUND} = 0.
   */
  public static final String ATTENDANCE_RECORDED_DELEGATE = "attendanceRecordedDelegate";

  /** Task listener, {@code complete} of {@value #TASK_ATTEND_MAKE_UP}. */
  public static final String MAKE_UP_RECORDED_DELEGATE = "makeUpRecordedDelegate";

  /**
   * Task listener, {@code complete} of {@value #TASK_SUBMIT_REFLECTION}: records the reflection of
   * {@link #PERSON} and whether it came on time (by the task's due date).
   */
  public static final String REFLECTION_SUBMITTED_DELEGATE = "reflectionSubmittedDelegate";

  /**
   * {@code JavaDelegate} of {@value #SERVICE_OPEN_RECTIFICATION_ITEMS}: starts one {@code followUp}
   * process per row of {@link #RECTIFICATIONS} and does not wait for them.
   */
  public static final String OPEN_RECTIFICATION_ITEMS_DELEGATE = "openRectificationItemsDelegate";

  /**
   * {@code JavaDelegate} of {@value #SERVICE_COMPUTE_BRANCH_FIGURES}: sets {@link #ATTENDED_COUNT},
   * {@link #ABSENT_COUNT}, {@link #MADE_UP_COUNT}, {@link #REFLECTIONS_ON_TIME}, {@link
   * #REFLECTIONS_LATE}.
   */
  public static final String BRANCH_FIGURES_DELEGATE = "branchFiguresDelegate";

  // ---- the branch ----------------------------------------------------------------------------

  public static final String BRANCH_NAME = "branchName";

  /**
   * The branch's people who can log in, {@code [{label, value}]} (value: username): the options of
   * the attendance, absence, rework and owner fields.
   */
  public static final String BRANCH_MEMBERS = "branchMembers";

  /** The same people's usernames, comma-separated: the session notice's {@code noticeUsers}. */
  public static final String BRANCH_MEMBER_IDS = "branchMemberIds";

  // ---- scheduling (form scheduleSession) -----------------------------------------------------

  /** {@code YYYY-MM-DD}; sign-in is due at the end of that day. */
  public static final String SESSION_DATE = "sessionDate";

  public static final String SESSION_PLACE = "sessionPlace";
  public static final String SESSION_FORM = "sessionForm";
  public static final String FORM_MEETING = "meeting";
  public static final String FORM_TRIAL = "trial";
  public static final String FORM_VISIT = "visit";
  public static final String FORM_VIDEO = "video";
  public static final String SESSION_HOST = "sessionHost";

  // ---- attendance (form recordAttendance) ----------------------------------------------------

  /** Usernames of those present. */
  public static final String ATTENDEES = "attendees";

  /** Dynamic list: rows of {@link #ABSENCE_PERSON}, {@link #ABSENCE_REASON}. */
  public static final String ABSENCES = "absences";

  public static final String ABSENCE_PERSON = "person";
  public static final String ABSENCE_REASON = "reason";

  /** Set by {@value #ATTENDANCE_RECORDED_DELEGATE}: usernames of those absent. */
  public static final String ABSENTEES = "absentees";

  /**
   * The people who write a reflection in the next round of {@value #SUBPROCESS_REFLECTION_WORK}:
   * everyone of the branch, then after a spot-check rework only {@link #REWORK_PEOPLE}.
   */
  public static final String REFLECTION_PEOPLE = "reflectionPeople";

  /** 0 for the first round of reflections, +1 for each spot-check rework (no make-up then). */
  public static final String SPOT_CHECK_ROUND = "spotCheckRound";

  // ---- per person (local to one instance of reflectionWork) ---------------------------------

  /** The element variable of {@value #SUBPROCESS_REFLECTION_WORK}: a username. */
  public static final String PERSON = "person";

  /** {@code users.displayName(person)}, for the reviewer. */
  public static final String PERSON_NAME = "personName";

  public static final String MADE_UP_ON = "madeUpOn";
  public static final String MADE_UP_HOW = "madeUpHow";
  public static final String REFLECTION_TEXT = "reflectionText";

  /** {@value #ACCEPT} or {@value #RETURN}. */
  public static final String REVIEW_DECISION = "reviewDecision";

  public static final String ACCEPT = "accept";
  public static final String REVIEW_COMMENT = "reviewComment";

  // ---- spot-check (form spotCheckReflections) ------------------------------------------------

  /** {@value #SPOT_CHECK_PASS} or {@value #SPOT_CHECK_REWORK}. */
  public static final String SPOT_CHECK_DECISION = "spotCheckDecision";

  public static final String SPOT_CHECK_PASS = "pass";
  public static final String SPOT_CHECK_REWORK = "rework";

  /** Usernames who rewrite their reflection (only with {@value #SPOT_CHECK_REWORK}). */
  public static final String REWORK_PEOPLE = "reworkPeople";

  public static final String SPOT_CHECK_COMMENT = "spotCheckComment";

  // ---- self-check (form selfCheckBranch) -----------------------------------------------------

  public static final String SELF_CHECK_SUMMARY = "selfCheckSummary";

  /** Dynamic list: rows of problem, owner, measure, deadline; one follow-up item each. */
  public static final String RECTIFICATIONS = "rectifications";

  public static final String RECTIFICATION_PROBLEM = "problem";
  public static final String RECTIFICATION_OWNER = "owner";
  public static final String RECTIFICATION_MEASURE = "measure";

  /** {@code YYYY-MM-DD}. */
  public static final String RECTIFICATION_DEADLINE = "deadline";

  // ---- branch figures and summary (form fileBranchSummary) ----------------------------------

  public static final String ATTENDED_COUNT = "attendedCount";
  public static final String ABSENT_COUNT = "absentCount";
  public static final String MADE_UP_COUNT = "madeUpCount";
  public static final String BRANCH_SUMMARY = "branchSummary";
}
