package cn.ronghe.processes.talk;

/**
 * Names used by the talk process {@code bpmn/talk.bpmn} (谈心谈话): one talk duty — a yearly plan item,
 * a must-talk event or a talk recorded on the talker's own initiative — from the talker's record to
 * the follow-up of every problem found. A reminder or admonishment talk (提醒谈话、诫勉谈话) also takes the
 * person's explanation and the talker's sign-off, and is reported to the discipline commission.
 *
 * <p>Started from the catalog by the Party committee or a leader with the start form {@value
 * #FORM_SCHEDULE_TALK}: the person ({@link #TALKEE}, one of {@link #TALKEE_OPTIONS}), the kind, for
 * a must-talk event its kind and reason, and the date by which to talk ({@link #TALK_DUE_ON}); the
 * starter is the talker. {@value #SCHEDULE_TALK_DELEGATE} adds the names, the person's branch and
 * the due date ({@link #TALK_DUE}). Each user task's form id equals its task id.
 */
public final class TalkVariables {

  private TalkVariables() {}

  // ---- process -------------------------------------------------------------------------------

  public static final String PROCESS_ID = "talk";
  public static final String BPMN_RESOURCE = "bpmn/talk.bpmn";

  // ---- activities ----------------------------------------------------------------------------

  public static final String START_TALK_SCHEDULED = "talkScheduled";
  public static final String FORM_SCHEDULE_TALK = "scheduleTalk";
  public static final String TASK_RECORD_TALK = "recordTalk";
  public static final String TASK_EXPLAIN_TALK = "explainTalk";
  public static final String TASK_SIGN_OFF_TALK = "signOffTalk";
  public static final String SERVICE_NOTICE_DISCIPLINE = "noticeDiscipline";
  public static final String CALL_FOLLOW_UP_PROBLEMS = "followUpProblems";
  public static final String END_TALK_CLOSED = "talkClosed";

  // ---- delegates -----------------------------------------------------------------------------

  public static final String SCHEDULE_TALK_DELEGATE = "scheduleTalkDelegate";
  public static final String TALK_RECORDED_DELEGATE = "talkRecordedDelegate";

  // ---- candidate groups ----------------------------------------------------------------------

  /** Told of every signed reminder or admonishment talk. */
  public static final String GROUP_DISCIPLINE = "discipline";

  // ---- variables in --------------------------------------------------------------------------

  public static final String TALKER = "talker";
  public static final String TALKER_NAME = "talkerName";
  public static final String TALKEE = "talkee";
  public static final String TALKEE_NAME = "talkeeName";
  public static final String TALK_KIND = "talkKind";
  public static final String TALK_DUE = "talkDue";
  public static final String TALK_DUE_ON = "talkDueOn";
  public static final String TALKEE_OPTIONS = "talkeeOptions";

  /** The people the record form offers as a problem's owner (supplied by the server). */
  public static final String OWNER_OPTIONS = "ownerOptions";

  public static final String EVENT_KIND = "eventKind";
  public static final String TALK_REASON = "talkReason";
  public static final String BRANCH_CODE = "branchCode";
  public static final String BRANCH_NAME = "branchName";

  public static final String KIND_ROUTINE = "routine";
  public static final String KIND_LEADERSHIP = "leadership";
  public static final String KIND_EVENT = "event";
  public static final String KIND_REMINDER = "reminder";
  public static final String KIND_ADMONISHMENT = "admonishment";

  // ---- the record (form recordTalk) ----------------------------------------------------------

  public static final String TALKED_ON = "talkedOn";
  public static final String PLACE = "place";
  public static final String PARTICIPANTS = "participants";
  public static final String TOPIC = "topic";
  public static final String STRENGTHS = "strengths";
  public static final String REQUESTS = "requests";

  /** The dynamic list of problems found: rows of {@code problem, owner, measure, deadline}. */
  public static final String PROBLEMS = "problems";

  public static final String PROBLEM = "problem";
  public static final String PROBLEM_OWNER = "owner";
  public static final String PROBLEM_MEASURE = "measure";
  public static final String PROBLEM_DEADLINE = "deadline";

  // ---- the yearly plan (bpmn/talkPlan.bpmn) --------------------------------------------------

  /**
   * 年度谈心谈话计划: on 1 January (a timer) and whenever the Party committee starts it for a year, every
   * member of every branch gets a routine talk with a secretary of the branch (the secretaries with
   * a committee member), due on 31 December; a talk already planned for a person and year is not
   * planned again.
   */
  public static final String PLAN_PROCESS_ID = "talkPlan";

  public static final String PLAN_BPMN_RESOURCE = "bpmn/talkPlan.bpmn";
  public static final String START_PLAN_REQUESTED = "talkPlanRequested";

  /** Calls {@value #PLAN_PROCESS_ID} for the new year on 1 January, 00:10. */
  public static final String YEAR_PROCESS_ID = "talkYear";

  public static final String YEAR_BPMN_RESOURCE = "bpmn/talkYear.bpmn";
  public static final String START_YEAR_BEGUN = "talkYearBegun";
  public static final String SERVICE_OPEN_TALK_PLAN = "openTalkPlan";
  public static final String OPEN_TALK_PLAN_DELEGATE = "openTalkPlanDelegate";
  public static final String PLAN_YEAR = "planYear";

  /** Set by the plan: how many talks it started, and how many people it found already planned. */
  public static final String PLAN_TALKS_STARTED = "planTalksStarted";

  public static final String PLAN_TALKS_ALREADY_PLANNED = "planTalksAlreadyPlanned";

  /** Members of a branch with nobody to talk with them (no secretary, no committee member). */
  public static final String PLAN_TALKS_WITHOUT_TALKER = "planTalksWithoutTalker";

  // ---- explanation and sign-off --------------------------------------------------------------

  public static final String EXPLANATION = "explanation";
  public static final String SIGN_OFF_COMMENT = "signOffComment";
}
