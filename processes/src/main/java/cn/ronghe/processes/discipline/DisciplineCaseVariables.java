package cn.ronghe.processes.discipline;

/**
 * Names shared by {@code bpmn/disciplineCase.bpmn} (立案审查), its forms and the backend's delegates.
 *
 * <p>A verification that opens a case calls this process from the clue ({@code disciplineClue}'s
 * call activity {@value DisciplineVariables#CALL_REVIEW_CASE}) with every clue variable ({@code
 * registrar}, {@code head}, {@code subject}, {@code complainantNamed}, {@code caseNumber}, the
 * verification team ...) and {@value #CLUE_ID}. Like the clue it is confidential and no task is a
 * group's: the head decides, named teams (candidate users) investigate, hear and review the appeal.
 *
 * <ol>
 *   <li>The head names the review team (审查组, at least two officers); the team reviews within
 *       {@value #REVIEW_DUE} (90 days by default) and either sends the case to the hearing or asks
 *       for more time, which the head approves (the due date moves) or refuses.
 *   <li>The head names the hearing panel (审理组): at least two officers, none of whom investigated
 *       the case (verification or review). The panel proposes a sanction within one month; the head
 *       decides or returns it to the panel.
 *   <li>After the decision, side by side: the execution is reported within 6 months (not for
 *       {@value #SANCTION_NONE}); a named complainant is told within 15 working days; an appeal may
 *       be registered until {@value #APPEAL_DEADLINE} (a timer ends the wait), reviewed by officers
 *       who did not investigate the case and decided within 3 months of its receipt.
 * </ol>
 *
 * Each user task's form id equals its task id, except {@value #TASK_INFORM_CASE_RESULT}, which uses
 * the clue's {@code informComplainant} form.
 */
public final class DisciplineCaseVariables {

  private DisciplineCaseVariables() {}

  // ---- process -------------------------------------------------------------------------------

  public static final String PROCESS_ID = "disciplineCase";
  public static final String BPMN_RESOURCE = "bpmn/disciplineCase.bpmn";

  // ---- activities ----------------------------------------------------------------------------

  /** None start event; {@code end} listener {@value #CASE_OPENED_DELEGATE}. */
  public static final String START_CASE_OPENED = "caseOpened";

  /** Assignee {@code ${head}}, due in 5 working days; {@value #REVIEW_TEAM_DELEGATE}. */
  public static final String TASK_ASSIGN_REVIEW_TEAM = "assignReviewTeam";

  /** Merge before {@value #TASK_CONDUCT_REVIEW}: first, or after an extension is decided. */
  public static final String GATEWAY_REVIEW_DUE = "reviewDueGateway";

  /** Candidate users {@code ${reviewTeamUsers}}, due {@code ${reviewDue}}. */
  public static final String TASK_CONDUCT_REVIEW = "conductReview";

  /** {@code ${reviewResult}}: to the hearing or to {@value #TASK_APPROVE_EXTENSION}. */
  public static final String GATEWAY_REVIEW_RESULT = "reviewResultGateway";

  /** Assignee {@code ${head}}, due in 5 working days; {@value #EXTENSION_DECIDED_DELEGATE}. */
  public static final String TASK_APPROVE_EXTENSION = "approveExtension";

  /** Assignee {@code ${head}}, due in 5 working days; {@value #HEARING_PANEL_DELEGATE}. */
  public static final String TASK_ASSIGN_HEARING_PANEL = "assignHearingPanel";

  /** Merge before {@value #TASK_HOLD_HEARING}: first, or after the head returns the proposal. */
  public static final String GATEWAY_HEARING_DUE = "hearingDueGateway";

  /** Candidate users {@code ${hearingPanelUsers}}, due in one calendar month. */
  public static final String TASK_HOLD_HEARING = "holdHearing";

  /** Assignee {@code ${head}}, due in 5 working days; {@value #CASE_DECIDED_DELEGATE}. */
  public static final String TASK_DECIDE_CASE = "decideCase";

  /** {@code ${caseDecision}}: decided, or back to the hearing. */
  public static final String GATEWAY_CASE_DECISION = "caseDecisionGateway";

  /** Parallel split after the decision: execution, complainant, appeal. */
  public static final String GATEWAY_CASE_DECIDED = "caseDecidedFork";

  /** {@code ${sanction != 'none'}}: to {@value #TASK_REPORT_EXECUTION}. */
  public static final String GATEWAY_EXECUTION_NEEDED = "executionNeededGateway";

  /** Assignee {@code ${registrar}}, due {@code ${executionDue}}. */
  public static final String TASK_REPORT_EXECUTION = "reportExecution";

  /**
   * Merge after the execution branch: reported, or none needed (the parallel join counts its
   * incoming flows, so each branch reaches it by one).
   */
  public static final String GATEWAY_EXECUTION_SETTLED = "executionSettledGateway";

  /** {@code ${complainantNamed == 'named'}}: to {@value #TASK_INFORM_CASE_RESULT}. */
  public static final String GATEWAY_CASE_INFORM_NEEDED = "caseInformNeededGateway";

  /**
   * Assignee {@code ${registrar}}, due in 15 working days; form {@code informComplainant} (the
   * clue's).
   */
  public static final String TASK_INFORM_CASE_RESULT = "informCaseResult";

  /** Merge after the complainant branch: informed, or anonymous. */
  public static final String GATEWAY_CASE_INFORM_SETTLED = "caseInformSettledGateway";

  /** {@code ${sanction != 'none'}}: to {@value #TASK_RECORD_APPEAL}. */
  public static final String GATEWAY_APPEAL_POSSIBLE = "appealPossibleGateway";

  /**
   * Assignee {@code ${registrar}}, due {@code ${appealDeadline}}: completed when an appeal is
   * received. An interrupting boundary timer {@value #TIMER_APPEAL_WINDOW_CLOSED} at {@code
   * ${appealDeadline}} ends the wait.
   */
  public static final String TASK_RECORD_APPEAL = "recordAppeal";

  public static final String TIMER_APPEAL_WINDOW_CLOSED = "appealWindowClosed";

  /** Assignee {@code ${head}}, due in 5 working days; {@value #APPEAL_REVIEWERS_DELEGATE}. */
  public static final String TASK_ASSIGN_APPEAL_REVIEWERS = "assignAppealReviewers";

  /** Candidate users {@code ${appealReviewerUsers}}, due {@code ${appealDue}}. */
  public static final String TASK_REVIEW_APPEAL = "reviewAppeal";

  /** Assignee {@code ${head}}, due {@code ${appealDue}}; {@value #APPEAL_DECIDED_DELEGATE}. */
  public static final String TASK_DECIDE_APPEAL = "decideAppeal";

  /**
   * Merge after the appeal branch: the appeal decided, the window closed without one, or no appeal
   * possible.
   */
  public static final String GATEWAY_APPEAL_SETTLED = "appealSettledGateway";

  /** Parallel join of the three branches. */
  public static final String GATEWAY_CASE_CLOSING = "caseClosingJoin";

  /** {@code start} listener {@value #CASE_CLOSED_DELEGATE}. */
  public static final String END_CASE_CLOSED = "caseClosed";

  // ---- flows ---------------------------------------------------------------------------------

  /** {@code ${caseDecision == 'return'}}: back to the hearing; clears the decision. */
  public static final String FLOW_CASE_RETURNED = "caseReturnedFlow";

  /** After {@value #TASK_APPROVE_EXTENSION}: back to the review; clears the review's result. */
  public static final String FLOW_EXTENSION_DECIDED = "extensionDecidedFlow";

  // ---- delegates (beans in the backend) ------------------------------------------------------

  /**
   * {@code ExecutionListener}, {@code end} of {@value #START_CASE_OPENED}: records the case's
   * opening on the clue and sets {@link #REVIEW_DUE} and {@code businessTitle}.
   */
  public static final String CASE_OPENED_DELEGATE = "caseOpenedDelegate";

  /**
   * {@code TaskListener}, {@code complete} of {@value #TASK_ASSIGN_REVIEW_TEAM}: at least two
   * officers, not the subject, none recused; adds them to the access list; sets {@link
   * #REVIEW_TEAM_USERS}.
   */
  public static final String REVIEW_TEAM_DELEGATE = "reviewTeamDelegate";

  /**
   * {@code TaskListener}, {@code complete} of {@value #TASK_APPROVE_EXTENSION}: an approved
   * extension moves {@link #REVIEW_DUE} by {@link #EXTENSION_DAYS}.
   */
  public static final String EXTENSION_DECIDED_DELEGATE = "extensionDecidedDelegate";

  /**
   * {@code TaskListener}, {@code complete} of {@value #TASK_ASSIGN_HEARING_PANEL}: at least two
   * officers, none who investigated the case, not the subject, none recused; adds them to the
   * access list; sets {@link #HEARING_PANEL_USERS}.
   */
  public static final String HEARING_PANEL_DELEGATE = "hearingPanelDelegate";

  /**
   * {@code TaskListener}, {@code complete} of {@value #TASK_DECIDE_CASE}: a decision records the
   * sanction and its form (四种形态) on the clue and sets {@link #EXECUTION_DUE} and {@link
   * #APPEAL_DEADLINE}.
   */
  public static final String CASE_DECIDED_DELEGATE = "caseDecidedDelegate";

  /**
   * {@code TaskListener}, {@code complete} of {@value #TASK_ASSIGN_APPEAL_REVIEWERS}: at least two
   * officers, none who investigated the case; adds them to the access list; sets {@link
   * #APPEAL_REVIEWER_USERS} and {@link #APPEAL_DUE}.
   */
  public static final String APPEAL_REVIEWERS_DELEGATE = "appealReviewersDelegate";

  /**
   * {@code TaskListener}, {@code complete} of {@value #TASK_DECIDE_APPEAL}: records the appeal's
   * result (and a changed sanction).
   */
  public static final String APPEAL_DECIDED_DELEGATE = "appealDecidedDelegate";

  /** {@code ExecutionListener}, {@code start} of {@value #END_CASE_CLOSED}: records the closing. */
  public static final String CASE_CLOSED_DELEGATE = "caseClosedDelegate";

  // ---- the case ------------------------------------------------------------------------------

  /** The clue's process instance id (the access list's key): {@code camunda:in} of the call. */
  public static final String CLUE_ID = "clueId";

  /** Date: the review's due date (opening + 90 days, moved by approved extensions). */
  public static final String REVIEW_DUE = "reviewDue";

  // ---- assignReviewTeam / conductReview / approveExtension ------------------------------------

  /** Usernames from {@code officerOptions} (the clue's name for the officers); at least two. */
  public static final String REVIEW_TEAM = "reviewTeam";

  public static final String REVIEW_TEAM_USERS = "reviewTeamUsers";

  public static final String REVIEW_FINDINGS = "reviewFindings";

  /** {@value #REVIEW_TO_HEARING} or {@value #REVIEW_EXTEND}. */
  public static final String REVIEW_RESULT = "reviewResult";

  /** 移送审理. */
  public static final String REVIEW_TO_HEARING = "toHearing";

  /** 申请延长审查期限. */
  public static final String REVIEW_EXTEND = "extend";

  /** Days asked for (1–90). */
  public static final String EXTENSION_DAYS = "extensionDays";

  public static final String EXTENSION_REASON = "extensionReason";

  /** {@code approve} or {@code refuse}. */
  public static final String EXTENSION_DECISION = "extensionDecision";

  public static final String EXTENSION_APPROVE = "approve";
  public static final String EXTENSION_REFUSE = "refuse";
  public static final String EXTENSION_COMMENT = "extensionComment";

  // ---- assignHearingPanel / holdHearing / decideCase ------------------------------------------

  public static final String HEARING_PANEL = "hearingPanel";
  public static final String HEARING_PANEL_USERS = "hearingPanelUsers";
  public static final String HEARING_OPINION = "hearingOpinion";

  /** One of the {@code SANCTION_*} codes: what the panel proposes. */
  public static final String PROPOSED_SANCTION = "proposedSanction";

  /** {@code decide} or {@code return}. */
  public static final String CASE_DECISION = "caseDecision";

  public static final String CASE_DECIDE = "decide";
  public static final String CASE_RETURN = "return";

  /** One of the {@code SANCTION_*} codes: what the head decides. */
  public static final String SANCTION = "sanction";

  /** 撤销案件（不构成违纪）: no execution, no appeal. */
  public static final String SANCTION_NONE = "none";

  /** 批评教育、诫勉（免予处分）. */
  public static final String SANCTION_ADMONITION = "admonition";

  public static final String SANCTION_WARNING = "warning";
  public static final String SANCTION_SERIOUS_WARNING = "seriousWarning";

  /** 撤销党内职务. */
  public static final String SANCTION_REMOVAL = "removal";

  /** 留党察看. */
  public static final String SANCTION_PROBATION = "probation";

  /** 开除党籍. */
  public static final String SANCTION_EXPULSION = "expulsion";

  public static final String DECISION_DATE = "decisionDate";
  public static final String DECISION_NUMBER = "decisionNumber";
  public static final String DECISION_NOTE = "decisionNote";

  /** Date: 6 calendar months after the decision. */
  public static final String EXECUTION_DUE = "executionDue";

  /** Date: the end of the appeal window after the decision. */
  public static final String APPEAL_DEADLINE = "appealDeadline";

  // ---- reportExecution -----------------------------------------------------------------------

  public static final String EXECUTED_ON = "executedOn";
  public static final String EXECUTION_NOTE = "executionNote";

  // ---- recordAppeal / assignAppealReviewers / reviewAppeal / decideAppeal ---------------------

  public static final String APPEAL_RECEIVED_ON = "appealReceivedOn";
  public static final String APPEAL_GROUNDS = "appealGrounds";
  public static final String APPEAL_REVIEWERS = "appealReviewers";
  public static final String APPEAL_REVIEWER_USERS = "appealReviewerUsers";

  /** Date: 3 calendar months after the appeal was received. */
  public static final String APPEAL_DUE = "appealDue";

  public static final String APPEAL_FINDINGS = "appealFindings";

  /** {@value #APPEAL_UPHOLD}, {@value #APPEAL_CHANGE} or {@value #APPEAL_REVOKE}. */
  public static final String APPEAL_RESULT = "appealResult";

  /** 维持原处分. */
  public static final String APPEAL_UPHOLD = "uphold";

  /** 变更处分: {@link #APPEAL_SANCTION} is the new sanction. */
  public static final String APPEAL_CHANGE = "change";

  /** 撤销处分. */
  public static final String APPEAL_REVOKE = "revoke";

  public static final String APPEAL_SANCTION = "appealSanction";
  public static final String APPEAL_NOTE = "appealNote";
}
