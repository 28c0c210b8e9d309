package cn.ronghe.processes.discipline;

/**
 * Names used by the discipline clue process {@code bpmn/disciplineClue.bpmn} ({@value #PROCESS_ID},
 * 问题线索处置), the most confidential work in Ronghe: the process carries {@code confidential=true}, and
 * every task is assigned to named people on the case's access list (never to the {@code discipline}
 * group), so that nobody else sees it.
 *
 * <p>A discipline officer registers a clue with the start form {@value #FORM_REGISTER_CLUE} (the
 * starter becomes {@link #REGISTRAR}); {@value #CLUE_REGISTERED_DELEGATE} numbers it, opens its
 * access list (the registrar and the commission head, {@link #HEAD}) and checks jurisdiction: a
 * clue about the commission's own leadership goes to the higher level. Otherwise a named
 * complainant is acknowledged within 15 working days while the registrar proposes one of the four
 * ways of disposal within a month and the head approves it: talk or letter inquiry, preliminary
 * verification by a team of at least two, hold, or close. The outcome is recorded, a named
 * complainant is told of it within 15 working days, and the clue is closed; a verification that
 * opens a case calls the case review ({@value #CALL_REVIEW_CASE}, {@link DisciplineCaseVariables})
 * and ends at {@value #END_CASE_CONCLUDED} when it is over. Each user task's form id equals its
 * task id.
 */
public final class DisciplineVariables {

  private DisciplineVariables() {}

  // ---- process -------------------------------------------------------------------------------

  public static final String PROCESS_ID = "disciplineClue";
  public static final String BPMN_RESOURCE = "bpmn/disciplineClue.bpmn";

  // ---- activities ----------------------------------------------------------------------------

  /**
   * None start event, {@code camunda:initiator="registrar"}, start form {@value
   * #FORM_REGISTER_CLUE}.
   */
  public static final String START_CLUE_REGISTERED = "clueRegistered";

  public static final String FORM_REGISTER_CLUE = "registerClue";

  /** {@code ${higherLevel}}: to {@value #TASK_REFER_TO_HIGHER_LEVEL}; else the fork. */
  public static final String GATEWAY_JURISDICTION = "jurisdictionGateway";

  /** Assignee {@code ${head}}, due in 5 working days. */
  public static final String TASK_REFER_TO_HIGHER_LEVEL = "referToHigherLevel";

  public static final String END_CLUE_REFERRED = "clueReferred";

  /** Parallel split (no join): the acknowledgement and the disposal go on side by side. */
  public static final String GATEWAY_CLUE_ACCEPTED = "clueAcceptedFork";

  /** {@code ${complainantNamed == 'named'}}: to {@value #TASK_ACKNOWLEDGE_COMPLAINANT}. */
  public static final String GATEWAY_COMPLAINANT_NAMED = "complainantNamedGateway";

  /** Assignee {@code ${registrar}}, due in 15 working days. */
  public static final String TASK_ACKNOWLEDGE_COMPLAINANT = "acknowledgeComplainant";

  public static final String END_COMPLAINANT_ACKNOWLEDGED = "complainantAcknowledged";
  public static final String END_NO_ACKNOWLEDGEMENT = "noAcknowledgementNeeded";

  /**
   * Merge before {@value #TASK_PROPOSE_DISPOSAL}: the first proposal, or again after {@value
   * #FLOW_DISPOSAL_RETURNED}.
   */
  public static final String GATEWAY_PROPOSAL_DUE = "proposalDueGateway";

  /** Assignee {@code ${registrar}}, due in one calendar month. */
  public static final String TASK_PROPOSE_DISPOSAL = "proposeDisposal";

  /** Assignee {@code ${head}}, due in 5 working days. */
  public static final String TASK_APPROVE_DISPOSAL = "approveDisposal";

  public static final String GATEWAY_DISPOSAL_APPROVED = "disposalApprovedGateway";
  public static final String GATEWAY_DISPOSAL_WAY = "disposalWayGateway";

  /** Assignee {@code ${registrar}}, due in 5 working days. */
  public static final String TASK_SEND_INQUIRY = "sendInquiry";

  /** Assignee {@code ${registrar}}, due {@code ${inquiryReplyDue}}. */
  public static final String TASK_RECORD_INQUIRY_REPLY = "recordInquiryReply";

  public static final String GATEWAY_INQUIRY_OUTCOME = "inquiryOutcomeGateway";

  /**
   * Merge before {@value #TASK_ASSIGN_VERIFICATION_TEAM}: verification approved as the way, or an
   * inquiry's outcome {@value #INQUIRY_VERIFY}.
   */
  public static final String GATEWAY_VERIFICATION_TEAM_DUE = "verificationTeamDueGateway";

  /** Assignee {@code ${head}}, due in 5 working days. */
  public static final String TASK_ASSIGN_VERIFICATION_TEAM = "assignVerificationTeam";

  /**
   * Merge before {@value #TASK_REPORT_VERIFICATION}: the team's first report, or again after
   * {@value #FLOW_VERIFICATION_RETURNED}.
   */
  public static final String GATEWAY_VERIFICATION_REPORT_DUE = "verificationReportDueGateway";

  /** Candidate users {@code ${verificationTeamUsers}}, due {@code ${verificationDue}}. */
  public static final String TASK_REPORT_VERIFICATION = "reportVerification";

  /** Assignee {@code ${head}}, due in 5 working days; may return the report. */
  public static final String TASK_APPROVE_VERIFICATION = "approveVerification";

  public static final String GATEWAY_VERIFICATION_APPROVED = "verificationApprovedGateway";
  public static final String GATEWAY_VERIFICATION_OUTCOME = "verificationOutcomeGateway";

  /**
   * {@value #VERIFICATION_OPEN_CASE}: the clue becomes a case (立案审查): calls {@code disciplineCase}
   * with every variable and {@code clueId}, and waits for it.
   */
  public static final String CALL_REVIEW_CASE = "reviewCase";

  /** After the case: the complainant was told inside the case, so the clue ends here. */
  public static final String END_CASE_CONCLUDED = "caseConcluded";

  /** Merge of every other outcome. */
  public static final String GATEWAY_OUTCOME_RECORDED = "outcomeRecordedGateway";

  /** {@code ${complainantNamed == 'named'}}: to {@value #TASK_INFORM_COMPLAINANT}. */
  public static final String GATEWAY_INFORM_NEEDED = "informNeededGateway";

  /** Assignee {@code ${registrar}}, due in 15 working days. */
  public static final String TASK_INFORM_COMPLAINANT = "informComplainant";

  /**
   * Merge before {@value #END_CLUE_CLOSED}: the complainant informed, or anonymous (an end event
   * with two incoming flows is a fake join to bpmnlint).
   */
  public static final String GATEWAY_CLUE_CLOSING = "clueClosingGateway";

  public static final String END_CLUE_CLOSED = "clueClosed";

  // ---- flows ---------------------------------------------------------------------------------

  /** {@code ${approveDecision == 'return'}}: back to the proposal; clears the decision. */
  public static final String FLOW_DISPOSAL_RETURNED = "disposalReturnedFlow";

  /** {@code ${verificationDecision == 'return'}}: back to the team's report; clears it. */
  public static final String FLOW_VERIFICATION_RETURNED = "verificationReturnedFlow";

  // ---- delegates -----------------------------------------------------------------------------

  /**
   * {@code ExecutionListener} at the {@code end} of {@value #START_CLUE_REGISTERED}: numbers the
   * clue, records it, opens its access list and sets {@link #CASE_NUMBER}, {@link #HEAD}, {@link
   * #HIGHER_LEVEL}, {@link #SUBJECT_NAME} and {@link #BUSINESS_TITLE}.
   */
  public static final String CLUE_REGISTERED_DELEGATE = "clueRegisteredDelegate";

  /** {@code TaskListener} on {@code complete} of {@value #TASK_APPROVE_DISPOSAL}: the way, kept. */
  public static final String DISPOSAL_APPROVED_DELEGATE = "disposalApprovedDelegate";

  /**
   * {@code TaskListener} on {@code complete} of {@value #TASK_SEND_INQUIRY}: sets {@link
   * #INQUIRY_REPLY_DUE} (15 working days after the inquiry's date).
   */
  public static final String INQUIRY_SENT_DELEGATE = "inquirySentDelegate";

  /**
   * {@code TaskListener} on {@code complete} of {@value #TASK_ASSIGN_VERIFICATION_TEAM}: at least
   * two officers, none the clue's subject; adds them to the access list and sets {@link
   * #VERIFICATION_TEAM_USERS} and {@link #VERIFICATION_DUE}.
   */
  public static final String VERIFICATION_TEAM_DELEGATE = "verificationTeamDelegate";

  /**
   * {@code ExecutionListener} at the {@code start} of {@value #END_CLUE_CLOSED}, {@value
   * #END_CLUE_REFERRED} and {@value #END_CASE_CONCLUDED}: records the outcome and the closing.
   */
  public static final String CLUE_CLOSED_DELEGATE = "clueClosedDelegate";

  // ---- candidate groups ----------------------------------------------------------------------

  /** 机关纪委: may register clues (candidate starter group); no task is ever this group's. */
  public static final String GROUP_DISCIPLINE = "discipline";

  // ---- the clue (form registerClue) ----------------------------------------------------------

  /** The officer who registered the clue (camunda:initiator): the case officer of its disposal. */
  public static final String REGISTRAR = "registrar";

  /** The commission head (the one user with the {@code discipline-head} role). */
  public static final String HEAD = "head";

  /** Shown in the assignees' inbox: "问题线索 纪线〔2026〕3号", never the subject's name. */
  public static final String BUSINESS_TITLE = "businessTitle";

  /** "纪线〔2026〕3号": numbered per year. */
  public static final String CASE_NUMBER = "caseNumber";

  /** One of the {@code SOURCE_*} codes. */
  public static final String SOURCE = "source";

  public static final String SOURCE_LETTER = "letter";
  public static final String SOURCE_VISIT = "visit";
  public static final String SOURCE_PHONE = "phone";
  public static final String SOURCE_ONLINE = "online";
  public static final String SOURCE_REFERRAL = "referral";
  public static final String SOURCE_AUDIT = "audit";
  public static final String SOURCE_INSPECTION = "inspection";

  /** Date the clue was received, {@code yyyy-MM-dd} (not after today). */
  public static final String RECEIVED_ON = "receivedOn";

  /** {@value #NAMED} or {@value #ANONYMOUS}. */
  public static final String COMPLAINANT_NAMED = "complainantNamed";

  public static final String NAMED = "named";
  public static final String ANONYMOUS = "anonymous";

  /** Hidden unless named. */
  public static final String COMPLAINANT_NAME = "complainantName";

  public static final String COMPLAINANT_CONTACT = "complainantContact";

  /** The subject's username (select from {@link #SUBJECT_OPTIONS}, searchable). */
  public static final String SUBJECT = "subject";

  public static final String SUBJECT_OPTIONS = "subjectOptions";
  public static final String SUBJECT_NAME = "subjectName";

  /** What the clue alleges (textarea, required, at most 4000). */
  public static final String ALLEGATION = "allegation";

  /** Boolean: the subject is of the commission's own leadership. */
  public static final String HIGHER_LEVEL = "higherLevel";

  // ---- referToHigherLevel --------------------------------------------------------------------

  public static final String REFERRED_TO = "referredTo";
  public static final String REFERRAL_NOTE = "referralNote";

  // ---- acknowledgeComplainant / informComplainant --------------------------------------------

  public static final String ACKNOWLEDGED_ON = "acknowledgedOn";

  /** {@code phone}, {@code letter}, {@code inPerson}. */
  public static final String ACKNOWLEDGED_HOW = "acknowledgedHow";

  public static final String INFORMED_ON = "informedOn";
  public static final String INFORMED_HOW = "informedHow";
  public static final String INFORM_NOTE = "informNote";

  // ---- proposeDisposal / approveDisposal -----------------------------------------------------

  /**
   * One of the four ways: {@value #WAY_INQUIRY}, {@value #WAY_VERIFICATION}, {@value #WAY_HOLD},
   * {@value #WAY_CLOSE}.
   */
  public static final String DISPOSAL_WAY = "disposalWay";

  /** 谈话函询. */
  public static final String WAY_INQUIRY = "inquiry";

  /** 初步核实. */
  public static final String WAY_VERIFICATION = "verification";

  /** 暂存待查. */
  public static final String WAY_HOLD = "hold";

  /** 予以了结. */
  public static final String WAY_CLOSE = "close";

  public static final String PROPOSAL_REASON = "proposalReason";

  /** {@value #APPROVE} or {@value #RETURN}. */
  public static final String APPROVE_DECISION = "approveDecision";

  public static final String APPROVE = "approve";
  public static final String RETURN = "return";
  public static final String APPROVE_COMMENT = "approveComment";

  // ---- sendInquiry / recordInquiryReply ------------------------------------------------------

  /** {@code talk} (谈话) or {@code letter} (函询). */
  public static final String INQUIRY_FORM = "inquiryForm";

  public static final String INQUIRY_DATE = "inquiryDate";
  public static final String INQUIRY_CONTENT = "inquiryContent";

  /** Date: end of the 15th working day after the inquiry. */
  public static final String INQUIRY_REPLY_DUE = "inquiryReplyDue";

  public static final String REPLY_RECEIVED_ON = "replyReceivedOn";
  public static final String REPLY_SUMMARY = "replySummary";

  /** {@value #OUTCOME_CLOSE}, {@value #OUTCOME_REMIND} or {@value #INQUIRY_VERIFY}. */
  public static final String INQUIRY_OUTCOME = "inquiryOutcome";

  /** The reply does not clear the matter: on to preliminary verification. */
  public static final String INQUIRY_VERIFY = "verify";

  // ---- assignVerificationTeam / reportVerification / approveVerification ----------------------

  /** Usernames (checklist or taglist from {@link #OFFICER_OPTIONS}); at least two. */
  public static final String VERIFICATION_TEAM = "verificationTeam";

  public static final String OFFICER_OPTIONS = "officerOptions";

  /** The team as a comma-separated string for {@code camunda:candidateUsers}. */
  public static final String VERIFICATION_TEAM_USERS = "verificationTeamUsers";

  /** Date the team's report is due. */
  public static final String VERIFICATION_DUE = "verificationDue";

  public static final String FINDINGS = "findings";

  /**
   * {@value #VERIFICATION_OPEN_CASE}, {@value #OUTCOME_CLOSE}, {@value #OUTCOME_REMIND}, {@value
   * #OUTCOME_HOLD} or {@value #OUTCOME_TRANSFER}.
   */
  public static final String VERIFICATION_OUTCOME = "verificationOutcome";

  /** 立案审查. */
  public static final String VERIFICATION_OPEN_CASE = "openCase";

  /** {@value #APPROVE} or {@value #RETURN}. */
  public static final String VERIFICATION_DECISION = "verificationDecision";

  public static final String VERIFICATION_COMMENT = "verificationComment";

  // ---- outcomes ------------------------------------------------------------------------------

  /** 予以了结 (澄清或了结). */
  public static final String OUTCOME_CLOSE = "close";

  /** 谈话提醒. */
  public static final String OUTCOME_REMIND = "remind";

  /** 暂存待查. */
  public static final String OUTCOME_HOLD = "hold";

  /** 移送有关党组织或机关处理. */
  public static final String OUTCOME_TRANSFER = "transfer";
}
