package cn.ronghe.processes.report;

/**
 * Names used by the annual responsibility report processes (落实全面从严治党主体责任情况报告): {@code
 * bpmn/reportRound.bpmn} ({@value #ROUND_PROCESS_ID}, 主体责任报告年度部署), the per-organisation process it
 * calls, {@code bpmn/responsibilityReport.bpmn} ({@value #PROCESS_ID}, 党组织主体责任报告), and {@code
 * bpmn/reportYear.bpmn} ({@value #YEAR_PROCESS_ID}), whose timer opens the round in early January.
 *
 * <p>The Party committee opens a round with the start form {@value #FORM_OPEN_REPORT_ROUND} (year,
 * due date, template, reporting organisations) or the yearly timer opens it with the defaults;
 * {@value #ROUND_OPENED_DELEGATE} checks and records it, and skips a round the year already has
 * when the timer opened it. Each reporting organisation then reports in its own {@value
 * #PROCESS_ID} instance: the secretary drafts the sections with the year's figures filled in, the
 * branch committee reviews, the secretary signs and submits; the discipline commission gives its
 * opinion and the Party committee returns the report for revision (comments per section) or accepts
 * it with a score and a grade; feedback problems become {@code followUp} items. A report still
 * being prepared N working days after its due date is escalated. Each user task's form id equals
 * its task id.
 */
public final class ReportVariables {

  private ReportVariables() {}

  // ---- process: reportYear (timer) -----------------------------------------------------------

  public static final String YEAR_PROCESS_ID = "reportYear";
  public static final String YEAR_BPMN_RESOURCE = "bpmn/reportYear.bpmn";

  /** Timer start: {@code 0 0 9 2 1 ?}, 2 January 09:00 (server zone). */
  public static final String START_REPORT_YEAR_BEGUN = "reportYearBegun";

  /** Calls {@value #ROUND_PROCESS_ID} with no variables: the round takes its defaults. */
  public static final String CALL_OPEN_YEARS_ROUND = "openYearsRound";

  public static final String END_REPORT_YEAR_OPENED = "reportYearOpened";

  // ---- process: reportRound ------------------------------------------------------------------

  public static final String ROUND_PROCESS_ID = "reportRound";
  public static final String ROUND_BPMN_RESOURCE = "bpmn/reportRound.bpmn";

  /** None start event with the start form {@value #FORM_OPEN_REPORT_ROUND}. */
  public static final String START_ROUND_OPENED = "reportRoundOpened";

  public static final String FORM_OPEN_REPORT_ROUND = "openReportRound";
  public static final String GATEWAY_ROUND_NEEDED = "roundNeededGateway";

  /** Parallel multi-instance call of {@value #PROCESS_ID} over {@link #REPORTING_ORGS}. */
  public static final String CALL_COLLECT_REPORTS = "collectReports";

  public static final String END_ROUND_CLOSED = "reportRoundClosed";
  public static final String END_ROUND_SKIPPED = "reportRoundSkipped";

  /** {@code ${roundSkipped}}: to {@value #END_ROUND_SKIPPED}. */
  public static final String FLOW_ROUND_SKIPPED = "roundSkippedFlow";

  /** {@code ${!roundSkipped}}: to {@value #CALL_COLLECT_REPORTS}. */
  public static final String FLOW_ROUND_LAUNCHED = "roundLaunchedFlow";

  // ---- delegates: reportRound ----------------------------------------------------------------

  /**
   * {@code ExecutionListener} at the {@code end} of {@value #START_ROUND_OPENED}: fills the
   * defaults of a round the timer opened (no {@link #REPORT_YEAR}), checks the fields, records the
   * round and sets {@link #ROUND_SKIPPED}, {@link #REPORTING_ORGS} and {@link #BUSINESS_TITLE}.
   */
  public static final String ROUND_OPENED_DELEGATE = "reportRoundOpenedDelegate";

  /** {@code ExecutionListener} at the {@code start} of {@value #END_ROUND_CLOSED}: round closed. */
  public static final String ROUND_CLOSED_DELEGATE = "reportRoundClosedDelegate";

  // ---- the round (form openReportRound) ------------------------------------------------------

  /** The user who opened the round (camunda:initiator); none when the timer opened it. */
  public static final String INITIATOR = "initiator";

  /** Shown in lists: "2026年度落实全面从严治党主体责任情况报告", "…—第一党支部" per report. */
  public static final String BUSINESS_TITLE = "businessTitle";

  /** The year reported on (number), usually last year. */
  public static final String REPORT_YEAR = "reportYear";

  /** The due date of the reports, {@code yyyy-MM-dd} (default 31 January of the year after). */
  public static final String DUE_ON = "dueOn";

  /** The template's code (select from {@link #TEMPLATE_OPTIONS}): the sections each report has. */
  public static final String TEMPLATE_CODE = "templateCode";

  public static final String TEMPLATE_OPTIONS = "templateOptions";

  /** The reporting organisations' codes (checklist from {@link #ORG_OPTIONS}). */
  public static final String REPORTING_ORGS = "reportingOrgs";

  public static final String ORG_OPTIONS = "orgOptions";

  /** The Party committee's requirements for this year's reports (optional text). */
  public static final String REQUIREMENTS = "requirements";

  /** Boolean set by {@value #ROUND_OPENED_DELEGATE}. */
  public static final String ROUND_SKIPPED = "roundSkipped";

  /** Element variable of {@value #CALL_COLLECT_REPORTS}. */
  public static final String REPORTING_ORG = "reportingOrg";

  // ---- process: responsibilityReport ---------------------------------------------------------

  public static final String PROCESS_ID = "responsibilityReport";
  public static final String BPMN_RESOURCE = "bpmn/responsibilityReport.bpmn";

  public static final String START_REPORT_OPENED = "reportOpened";

  /**
   * Merging gateway before {@value #SUBPROCESS_PREPARE_REPORT}: joins the first preparation and
   * {@value #FLOW_REPORT_RETURNED}.
   */
  public static final String GATEWAY_PREPARATION_DUE = "preparationDueGateway";

  /** Embedded sub-process: draft → branch committee review → sign and submit. */
  public static final String SUBPROCESS_PREPARE_REPORT = "prepareReport";

  public static final String START_PREPARE_REPORT = "prepareReportStarted";

  /**
   * Merging gateway before {@value #TASK_DRAFT_REPORT}: joins the first draft and {@value
   * #FLOW_BRANCH_RETURNED}.
   */
  public static final String GATEWAY_DRAFT_DUE = "draftDueGateway";

  public static final String TASK_DRAFT_REPORT = "draftReport";
  public static final String FORM_DRAFT_REPORT = TASK_DRAFT_REPORT;
  public static final String TASK_REVIEW_REPORT_IN_BRANCH = "reviewReportInBranch";
  public static final String FORM_REVIEW_REPORT_IN_BRANCH = TASK_REVIEW_REPORT_IN_BRANCH;
  public static final String GATEWAY_BRANCH_REVIEWED = "branchReviewedGateway";
  public static final String TASK_SIGN_REPORT = "signReport";
  public static final String FORM_SIGN_REPORT = TASK_SIGN_REPORT;
  public static final String END_PREPARE_REPORT = "reportSubmitted";

  /**
   * Non-interrupting timer on {@value #SUBPROCESS_PREPARE_REPORT} at {@code ${reportEscalateAt}}:
   * to {@value #SERVICE_ESCALATE_REPORT}, then {@value #END_REPORT_ESCALATED}.
   */
  public static final String BOUNDARY_REPORT_OVERDUE = "reportOverdue";

  public static final String SERVICE_ESCALATE_REPORT = "escalateOverdueReport";
  public static final String END_REPORT_ESCALATED = "reportEscalated";

  public static final String TASK_GIVE_DISCIPLINE_OPINION = "giveDisciplineOpinion";
  public static final String FORM_GIVE_DISCIPLINE_OPINION = TASK_GIVE_DISCIPLINE_OPINION;
  public static final String TASK_REVIEW_REPORT = "reviewReport";
  public static final String FORM_REVIEW_REPORT = TASK_REVIEW_REPORT;
  public static final String GATEWAY_REPORT_REVIEWED = "reportReviewedGateway";
  public static final String SERVICE_OPEN_FEEDBACK_ITEMS = "openFeedbackItems";
  public static final String END_REPORT_ACCEPTED = "reportAccepted";

  // ---- flows: responsibilityReport -----------------------------------------------------------

  /** {@code ${branchReviewDecision == 'return'}}: back to the draft; clears the decision. */
  public static final String FLOW_BRANCH_RETURNED = "branchReturnedFlow";

  public static final String FLOW_BRANCH_AGREED = "branchAgreedFlow";

  /**
   * {@code ${reviewDecision == 'return'}}: back into {@value #SUBPROCESS_PREPARE_REPORT}; clears
   * {@link #REVIEW_DECISION} and {@link #SIGN_CONFIRMED}, and {@link #BRANCH_REVIEW_DECISION} too,
   * so that the branch committee's second review does not start with its first "agree" ticked.
   */
  public static final String FLOW_REPORT_RETURNED = "reportReturnedFlow";

  public static final String FLOW_REPORT_ACCEPTED = "reportAcceptedFlow";

  // ---- delegates: responsibilityReport -------------------------------------------------------

  /**
   * {@code ExecutionListener} at the {@code end} of {@value #START_REPORT_OPENED}: records the
   * report, its sections from the template and its figures from Ronghe's records, and sets {@link
   * #ORG_NAME}, {@link #SECTIONS}, {@link #FIGURES}, {@link #ORG_PEOPLE}, {@link #REPORT_DUE},
   * {@link #REPORT_ESCALATE_AT} and {@link #BUSINESS_TITLE}.
   */
  public static final String REPORT_OPENED_DELEGATE = "reportOpenedDelegate";

  /**
   * {@code TaskListener} on {@code complete} of {@value #TASK_DRAFT_REPORT}: checks and records the
   * sections' text and the figures as reported (a figure changed needs a note).
   */
  public static final String REPORT_DRAFTED_DELEGATE = "reportDraftedDelegate";

  /** {@code TaskListener} on {@code complete} of {@value #TASK_REVIEW_REPORT_IN_BRANCH}. */
  public static final String BRANCH_REVIEWED_DELEGATE = "reportBranchReviewedDelegate";

  /** {@code TaskListener} on {@code complete} of {@value #TASK_SIGN_REPORT}: submitted. */
  public static final String REPORT_SIGNED_DELEGATE = "reportSignedDelegate";

  /** {@code JavaDelegate} of {@value #SERVICE_ESCALATE_REPORT}. */
  public static final String REPORT_ESCALATION_DELEGATE = "reportEscalationDelegate";

  /** {@code TaskListener} on {@code complete} of {@value #TASK_GIVE_DISCIPLINE_OPINION}. */
  public static final String DISCIPLINE_OPINION_DELEGATE = "reportDisciplineOpinionDelegate";

  /**
   * {@code TaskListener} on {@code complete} of {@value #TASK_REVIEW_REPORT}: a return needs a
   * comment and sets the new {@link #REPORT_DUE}, {@link #REPORT_ESCALATE_AT} and {@link
   * #RETURN_NOTES}; an acceptance needs a score and a grade.
   */
  public static final String REPORT_REVIEWED_DELEGATE = "reportReviewedDelegate";

  /** {@code JavaDelegate} of {@value #SERVICE_OPEN_FEEDBACK_ITEMS}: one followUp per row. */
  public static final String FEEDBACK_ITEMS_DELEGATE = "reportFeedbackItemsDelegate";

  // ---- candidate groups ----------------------------------------------------------------------

  /** 机关党委: opens rounds, reviews reports. */
  public static final String GROUP_PARTY_COMMITTEE = "party-committee";

  /** 机关纪委: gives its opinion on each report. */
  public static final String GROUP_DISCIPLINE = "discipline";

  /** Followed by the organisation's code: {@code branch-secretary:branch-1}. */
  public static final String GROUP_BRANCH_SECRETARY_PREFIX = "branch-secretary:";

  /** Followed by the organisation's code: {@code branch-committee:branch-1}. */
  public static final String GROUP_BRANCH_COMMITTEE_PREFIX = "branch-committee:";

  // ---- one report (passed in by the round) ---------------------------------------------------

  /** The reporting organisation's code (from {@link #REPORTING_ORG}). */
  public static final String ORG_CODE = "orgCode";

  public static final String ORG_NAME = "orgName";

  /** The round's process instance id. */
  public static final String ROUND_INSTANCE_ID = "roundInstanceId";

  /** Date: end of the day the report is due (after a return, of the revision's due day). */
  public static final String REPORT_DUE = "reportDue";

  /** Date: when a report still being prepared is escalated (due + N working days). */
  public static final String REPORT_ESCALATE_AT = "reportEscalateAt";

  /**
   * The sections (dynamic list rows, JSON): {@link #SECTION_TITLE}, {@link #SECTION_GUIDANCE},
   * {@link #SECTION_CONTENT} (the secretary writes it), {@link #SECTION_COMMENT} (the Party
   * committee's comment when it returns the report). The server keeps the canonical list and
   * rewrites the variable after each step.
   */
  public static final String SECTIONS = "sections";

  public static final String SECTION_TITLE = "title";
  public static final String SECTION_GUIDANCE = "guidance";
  public static final String SECTION_CONTENT = "content";
  public static final String SECTION_COMMENT = "comment";

  /**
   * The year's figures (dynamic list rows, JSON): {@link #FIGURE_LABEL}, {@link #FIGURE_COMPUTED}
   * (counted from the records, read-only), {@link #FIGURE_REPORTED} (the secretary may correct it),
   * {@link #FIGURE_NOTE} (required when the reported value differs).
   */
  public static final String FIGURES = "figures";

  public static final String FIGURE_LABEL = "label";
  public static final String FIGURE_COMPUTED = "computed";
  public static final String FIGURE_REPORTED = "reported";
  public static final String FIGURE_NOTE = "note";

  /** The organisation's people as {@code {label, value}} options: owners of feedback items. */
  public static final String ORG_PEOPLE = "orgPeople";

  /** Text shown on the draft after a return: the comments of whoever returned it. */
  public static final String RETURN_NOTES = "returnNotes";

  // ---- reviewReportInBranch ------------------------------------------------------------------

  public static final String BRANCH_REVIEW_DECISION = "branchReviewDecision";
  public static final String AGREE = "agree";
  public static final String RETURN = "return";
  public static final String BRANCH_REVIEW_OPINION = "branchReviewOpinion";

  // ---- signReport ----------------------------------------------------------------------------

  /** Checkbox: 本人已审核报告内容，确认属实 (required). */
  public static final String SIGN_CONFIRMED = "signConfirmed";

  // ---- giveDisciplineOpinion -----------------------------------------------------------------

  public static final String DISCIPLINE_OPINION = "disciplineOpinion";

  // ---- reviewReport --------------------------------------------------------------------------

  /** {@value #ACCEPT} or {@value #RETURN}. */
  public static final String REVIEW_DECISION = "reviewDecision";

  public static final String ACCEPT = "accept";
  public static final String REVIEW_COMMENT = "reviewComment";

  /** 0–100, required when accepting. */
  public static final String SCORE = "score";

  /**
   * One of {@value #GRADE_EXCELLENT}, {@value #GRADE_GOOD}, {@value #GRADE_FAIR}, {@value
   * #GRADE_POOR}.
   */
  public static final String GRADE = "grade";

  public static final String GRADE_EXCELLENT = "excellent";
  public static final String GRADE_GOOD = "good";
  public static final String GRADE_FAIR = "fair";
  public static final String GRADE_POOR = "poor";

  /**
   * Feedback problems (dynamic list rows): {@link #FEEDBACK_PROBLEM}, {@link #FEEDBACK_OWNER} (one
   * of {@link #ORG_PEOPLE}), {@link #FEEDBACK_MEASURE}, {@link #FEEDBACK_DEADLINE}.
   */
  public static final String FEEDBACK_ITEMS = "feedbackItems";

  public static final String FEEDBACK_PROBLEM = "problem";
  public static final String FEEDBACK_OWNER = "owner";
  public static final String FEEDBACK_MEASURE = "measure";
  public static final String FEEDBACK_DEADLINE = "deadline";
}
