package cn.ronghe.processes.membership;

/**
 * Names used by the 发展党员 (membership intake) process {@code bpmn/membershipIntake.bpmn}: process
 * id, activity ids, form ids, candidate groups, the backend's delegate beans, variable names and
 * the values of the variables the gateway and the forms offer.
 *
 * <p>{@code membershipIntake} runs the whole path, stages 1 to 4 and the waiting of stage 5: from
 * the application to admission as a probationary member, then a timer at the end of probation
 * starts the conversion (转正) as its own process, {@code bpmn/membershipConversion.bpmn} ({@link
 * #CONVERSION_PROCESS_ID}), by a call activity; an extended probation waits again and starts a new
 * conversion at its new end.
 *
 * <p>The intake case lives in the backend's tables; the process holds its id ({@link #INTAKE_ID}),
 * dates and short texts. Dates entered on forms are ISO-8601 date strings ({@code 2025-03-03}), as
 * form-js date fields submit them. Each user task's form id equals its task id; the start form is
 * {@link #FORM_SUBMIT_PARTY_APPLICATION}.
 */
public final class MembershipIntakeVariables {

  private MembershipIntakeVariables() {}

  // ---- process -------------------------------------------------------------------------------

  public static final String PROCESS_ID = "membershipIntake";
  public static final String BPMN_RESOURCE = "bpmn/membershipIntake.bpmn";

  /** 预备党员转正: called by {@link #CALL_CONVERSION} when probation ends. */
  public static final String CONVERSION_PROCESS_ID = "membershipConversion";

  public static final String CONVERSION_BPMN_RESOURCE = "bpmn/membershipConversion.bpmn";

  // ---- activities ----------------------------------------------------------------------------

  public static final String START_APPLICATION_SUBMITTED = "applicationSubmitted";
  public static final String TASK_ASSIGN_TALKER = "assignTalker";
  public static final String TASK_TALK_WITH_APPLICANT = "talkWithApplicant";
  public static final String TASK_DECIDE_ACTIVIST = "decideActivist";
  public static final String TASK_FILE_ACTIVIST = "fileActivist";

  public static final String GATEWAY_ACTIVIST_DECISION = "activistDecisionGateway";

  /**
   * Ended: the branch committee did not make the applicant an activist yet; see {@link
   * #DECISION_REASON}.
   */
  public static final String END_APPLICATION_KEPT_ON_FILE = "applicationKeptOnFile";

  // stage 2: 入党积极分子的培养教育 (after the filing)

  /** Branch secretary names 1–2 mentors (培养联系人); due 5 working days. */
  public static final String TASK_ASSIGN_MENTORS = "assignMentors";

  /**
   * Branch secretary records the branch committee's resolution making the activist a development
   * target (确定发展对象), with the public notice; open from the mentors' assignment on, refused by the
   * backend before 12 months as activist and 2 half-year assessments. No due date.
   */
  public static final String TASK_DECIDE_DEVELOPMENT_TARGET = "decideDevelopmentTarget";

  /** Routes on {@link #DEVELOPMENT_DECISION}: a development target, or the activist dropped. */
  public static final String GATEWAY_DEVELOPMENT_DECISION = "developmentDecisionGateway";

  /**
   * Ended (terminating, so an open assessment ends with it): the branch committee dropped the
   * activist (取消入党积极分子资格); the person is {@code rejected} in the registry.
   */
  public static final String END_ACTIVIST_DROPPED = "activistDropped";

  /**
   * Non-interrupting cycle timer ({@link #ASSESSMENT_CYCLE}) on {@link
   * #TASK_DECIDE_DEVELOPMENT_TARGET}: every six months while an activist, one {@link
   * #TASK_ASSESS_ACTIVIST}.
   */
  public static final String TIMER_ASSESSMENT_DUE = "assessmentDue";

  /** The half-year timer: {@code R/P6M}, counted from the mentors' assignment. */
  public static final String ASSESSMENT_CYCLE = "R/P6M";

  /**
   * Half-year assessment (半年考察), offered to the mentors ({@link #MENTORS}) and the branch
   * secretary; due 10 working days.
   */
  public static final String TASK_ASSESS_ACTIVIST = "assessActivist";

  public static final String END_ASSESSMENT_RECORDED = "assessmentRecorded";

  // stage 3: 发展对象的确定和考察

  /** Party committee files (备案) the development target; due 5 working days. */
  public static final String TASK_FILE_DEVELOPMENT_TARGET = "fileDevelopmentTarget";

  /** Branch secretary names exactly two introducers (入党介绍人); due 10 working days. */
  public static final String TASK_NAME_INTRODUCERS = "nameIntroducers";

  /** Branch secretary records the political review (政治审查); due 20 working days. */
  public static final String TASK_POLITICAL_REVIEW = "politicalReview";

  public static final String GATEWAY_POLITICAL_REVIEW = "politicalReviewGateway";

  /** Ended: the political review was not passed; the person is {@code rejected} in the registry. */
  public static final String END_POLITICAL_REVIEW_FAILED = "politicalReviewFailed";

  /** Party committee records the short training (集中培训); due 20 working days. */
  public static final String TASK_SHORT_TRAINING = "shortTraining";

  // stage 4: 预备党员的接收

  /** Branch secretary records the branch committee's review (支委会审查); due 10 working days. */
  public static final String TASK_REVIEW_BY_BRANCH_COMMITTEE = "reviewByBranchCommittee";

  /**
   * Party committee's pre-review (预审): passed (form number issued) or returned; 10 working days.
   */
  public static final String TASK_PRE_REVIEW = "preReview";

  public static final String GATEWAY_PRE_REVIEW = "preReviewGateway";

  /** The development target fills in the application form (入党志愿书); due 10 working days. */
  public static final String TASK_FILL_APPLICATION_FORM = "fillApplicationForm";

  /** Branch secretary enters the branch general meeting's vote (支部大会); due 20 working days. */
  public static final String TASK_BRANCH_MEETING_VOTE = "branchMeetingVote";

  /** Routes on {@link #VOTE_RESULT}: no quorum → vote again, lost → end, admitted → approval. */
  public static final String GATEWAY_ADMISSION_VOTE = "admissionVoteGateway";

  /** Ended: the branch meeting did not admit; the person is {@code rejected} in the registry. */
  public static final String END_ADMISSION_VOTE_LOST = "admissionVoteLost";

  /**
   * Embedded sub-process 上级党委审批: {@link #TASK_COMMITTEE_TALK} then {@link #TASK_APPROVE_ADMISSION},
   * with two non-interrupting timers on it.
   */
  public static final String SUBPROCESS_ADMISSION_APPROVAL = "admissionApproval";

  /** Party committee member talks with the development target (上级党委派人谈话). */
  public static final String TASK_COMMITTEE_TALK = "committeeTalk";

  /** Party committee's approval (审批), due {@link #APPROVAL_WARN_AT}. */
  public static final String TASK_APPROVE_ADMISSION = "approveAdmission";

  /** Non-interrupting timer on the approval at {@link #APPROVAL_WARN_AT} (3 months). */
  public static final String TIMER_APPROVAL_WARNING = "approvalWarningDue";

  /** Service task behind {@link #TIMER_APPROVAL_WARNING}: {@link #APPROVAL_LATE_DELEGATE}. */
  public static final String SERVICE_WARN_APPROVAL_LATE = "warnApprovalLate";

  public static final String END_APPROVAL_WARNED = "approvalWarned";

  /** Non-interrupting timer on the approval at {@link #APPROVAL_BREACH_AT} (6 months). */
  public static final String TIMER_APPROVAL_BREACH = "approvalBreachDue";

  /** Service task behind {@link #TIMER_APPROVAL_BREACH}: {@link #APPROVAL_LATE_DELEGATE}. */
  public static final String SERVICE_FLAG_APPROVAL_BREACH = "flagApprovalBreach";

  public static final String END_APPROVAL_BREACH_FLAGGED = "approvalBreachFlagged";

  public static final String GATEWAY_APPROVAL_DECISION = "approvalDecisionGateway";

  /** Ended: the Party committee did not approve; the person is {@code rejected}. */
  public static final String END_ADMISSION_NOT_APPROVED = "admissionNotApproved";

  /** Party committee reports the admission to the organisation department (报备案); 5 WD. */
  public static final String TASK_REPORT_ADMISSION = "reportAdmission";

  /** Branch secretary: joined to a Party group and oath taken (编入党小组、入党宣誓); 20 WD. */
  public static final String TASK_TAKE_OATH = "takeOath";

  // stage 5: 预备党员的教育考察和转正

  /**
   * Timer catch event at {@link #PROBATION_ENDS_AT}: the probation year (or its extension) ends.
   */
  public static final String TIMER_PROBATION_ENDED = "probationEnded";

  /**
   * Call activity of {@link #CONVERSION_PROCESS_ID}; passes {@link #INTAKE_ID}, {@link #APPLICANT},
   * {@link #INITIATOR_NAME}, {@link #BRANCH_CODE}, {@link #BRANCH_NAME}, {@link #PROBATION_ENDS_AT}
   * in and gets {@link #CONVERSION_OUTCOME} and {@link #PROBATION_ENDS_AT} back.
   */
  public static final String CALL_CONVERSION = "conversion";

  /** Routes on {@link #CONVERSION_OUTCOME}: converted, extended (wait again) or cancelled. */
  public static final String GATEWAY_CONVERSION_OUTCOME = "conversionOutcomeGateway";

  /** Ended: probationary membership cancelled; the person is {@code cancelled}. */
  public static final String END_PROBATION_CANCELLED = "probationCancelled";

  /** Branch secretary archives the documents (材料归档); due 5 working days. */
  public static final String TASK_ARCHIVE_DOCUMENTS = "archiveDocuments";

  /** Ended: a full member, documents archived. */
  public static final String END_MEMBER_CONVERTED = "memberConverted";

  // conversion process (membershipConversion)

  public static final String START_CONVERSION_STARTED = "conversionStarted";

  /** The probationary member's request (转正申请), assignee {@link #APPLICANT}; due 10 WD. */
  public static final String TASK_REQUEST_CONVERSION = "requestConversion";

  /** Branch secretary enters the branch meeting's conversion vote; due 20 working days. */
  public static final String TASK_CONVERSION_VOTE = "conversionVote";

  /**
   * Routes on {@link #VOTE_RESULT}: not valid (no quorum, not passed) → vote again, else approve.
   */
  public static final String GATEWAY_CONVERSION_VOTE = "conversionVoteGateway";

  /** Party committee approves the branch's decision, due {@link #CONVERSION_APPROVAL_DUE}. */
  public static final String TASK_APPROVE_CONVERSION = "approveConversion";

  /** Routes on {@link #APPROVAL_DECISION}: approved → end, returned → vote again. */
  public static final String GATEWAY_CONVERSION_APPROVAL = "conversionApprovalGateway";

  /** Ended: the conversion is decided; {@link #CONVERSION_OUTCOME} says how. */
  public static final String END_CONVERSION_DECIDED = "conversionDecided";

  // ---- forms (Camunda Forms, forms/<id>.form, bound to the deployment) -----------------------

  public static final String FORM_SUBMIT_PARTY_APPLICATION = "submitPartyApplication";
  public static final String FORM_ASSIGN_TALKER = TASK_ASSIGN_TALKER;
  public static final String FORM_TALK_WITH_APPLICANT = TASK_TALK_WITH_APPLICANT;
  public static final String FORM_DECIDE_ACTIVIST = TASK_DECIDE_ACTIVIST;
  public static final String FORM_FILE_ACTIVIST = TASK_FILE_ACTIVIST;
  public static final String FORM_ASSIGN_MENTORS = TASK_ASSIGN_MENTORS;
  public static final String FORM_ASSESS_ACTIVIST = TASK_ASSESS_ACTIVIST;
  public static final String FORM_DECIDE_DEVELOPMENT_TARGET = TASK_DECIDE_DEVELOPMENT_TARGET;
  public static final String FORM_FILE_DEVELOPMENT_TARGET = TASK_FILE_DEVELOPMENT_TARGET;
  public static final String FORM_NAME_INTRODUCERS = TASK_NAME_INTRODUCERS;
  public static final String FORM_POLITICAL_REVIEW = TASK_POLITICAL_REVIEW;
  public static final String FORM_SHORT_TRAINING = TASK_SHORT_TRAINING;
  public static final String FORM_REVIEW_BY_BRANCH_COMMITTEE = TASK_REVIEW_BY_BRANCH_COMMITTEE;
  public static final String FORM_PRE_REVIEW = TASK_PRE_REVIEW;
  public static final String FORM_FILL_APPLICATION_FORM = TASK_FILL_APPLICATION_FORM;
  public static final String FORM_BRANCH_MEETING_VOTE = TASK_BRANCH_MEETING_VOTE;
  public static final String FORM_COMMITTEE_TALK = TASK_COMMITTEE_TALK;
  public static final String FORM_APPROVE_ADMISSION = TASK_APPROVE_ADMISSION;
  public static final String FORM_REPORT_ADMISSION = TASK_REPORT_ADMISSION;
  public static final String FORM_TAKE_OATH = TASK_TAKE_OATH;
  public static final String FORM_ARCHIVE_DOCUMENTS = TASK_ARCHIVE_DOCUMENTS;
  public static final String FORM_REQUEST_CONVERSION = TASK_REQUEST_CONVERSION;
  public static final String FORM_CONVERSION_VOTE = TASK_CONVERSION_VOTE;
  public static final String FORM_APPROVE_CONVERSION = TASK_APPROVE_CONVERSION;

  // ---- candidate groups (Ronghe roles) -------------------------------------------------------

  /**
   * Branch-scoped role: {@link #TASK_ASSIGN_TALKER} and {@link #TASK_DECIDE_ACTIVIST} are offered
   * to {@code branch-secretary:<branchCode>}.
   */
  public static final String ROLE_BRANCH_SECRETARY = "branch-secretary";

  /** Global role: candidate group of the filings, training, pre-review, talk and approvals. */
  public static final String ROLE_PARTY_COMMITTEE = "party-committee";

  /** Global role: candidate starter group of the process. */
  public static final String ROLE_STAFF = "staff";

  // ---- delegates the backend provides (Spring beans, by delegateExpression) ------------------

  /**
   * Execution listener at the end of the start event: checks the application (age ≥ 18 on {@link
   * #APPLICATION_DATE}, one open intake per person, the date not in the future), creates the intake
   * case and sets {@link #INTAKE_ID} and {@link #TALK_DUE}. Throwing refuses the start.
   */
  public static final String OPEN_INTAKE_DELEGATE = "openIntakeDelegate";

  /**
   * Task listener on completing {@link #TASK_ASSIGN_TALKER}: {@link #TALKER} must be a full member
   * of the branch. Throwing refuses the completion and the task stays open.
   */
  public static final String ASSIGN_TALKER_DELEGATE = "assignTalkerDelegate";

  /** Task listener on completing {@link #TASK_TALK_WITH_APPLICANT}: records the talk. */
  public static final String RECORD_TALK_DELEGATE = "recordTalkDelegate";

  /**
   * Task listener on completing {@link #TASK_DECIDE_ACTIVIST}: records the committee's decision.
   */
  public static final String RECORD_ACTIVIST_DECISION_DELEGATE = "recordActivistDecisionDelegate";

  /** Task listener on completing {@link #TASK_FILE_ACTIVIST}: records the filing. */
  public static final String FILE_ACTIVIST_DELEGATE = "fileActivistDelegate";

  /**
   * Task listener on completing {@link #TASK_ASSIGN_MENTORS}: {@link #MENTOR_1} (and {@link
   * #MENTOR_2} if given) must be full members, not the applicant, not the same person; sets {@link
   * #MENTORS}.
   */
  public static final String ASSIGN_MENTORS_DELEGATE = "assignMentorsDelegate";

  /** Task listener on completing {@link #TASK_ASSESS_ACTIVIST}: records the assessment. */
  public static final String RECORD_ASSESSMENT_DELEGATE = "recordAssessmentDelegate";

  /**
   * Task listener on completing {@link #TASK_DECIDE_DEVELOPMENT_TARGET}: ≥ 12 months as activist, ≥
   * 2 assessments, public notice ≥ 5 working days.
   */
  public static final String DECIDE_DEVELOPMENT_TARGET_DELEGATE = "decideDevelopmentTargetDelegate";

  /** Task listener on completing {@link #TASK_FILE_DEVELOPMENT_TARGET}: registry → target. */
  public static final String FILE_DEVELOPMENT_TARGET_DELEGATE = "fileDevelopmentTargetDelegate";

  /**
   * Task listener on completing {@link #TASK_NAME_INTRODUCERS}: exactly two different full members,
   * neither the applicant, neither under 留党察看.
   */
  public static final String NAME_INTRODUCERS_DELEGATE = "nameIntroducersDelegate";

  /**
   * Task listener on completing {@link #TASK_POLITICAL_REVIEW}; a failed review closes the case.
   */
  public static final String RECORD_POLITICAL_REVIEW_DELEGATE = "recordPoliticalReviewDelegate";

  /** Task listener on completing {@link #TASK_SHORT_TRAINING}: ≥ 3 days or ≥ 24 class hours. */
  public static final String RECORD_TRAINING_DELEGATE = "recordTrainingDelegate";

  /** Task listener on completing {@link #TASK_REVIEW_BY_BRANCH_COMMITTEE}. */
  public static final String RECORD_COMMITTEE_REVIEW_DELEGATE = "recordCommitteeReviewDelegate";

  /** Task listener on completing {@link #TASK_PRE_REVIEW}: a pass needs the form number. */
  public static final String RECORD_PRE_REVIEW_DELEGATE = "recordPreReviewDelegate";

  /** Task listener on completing {@link #TASK_FILL_APPLICATION_FORM}. */
  public static final String RECORD_APPLICATION_FORM_DELEGATE = "recordApplicationFormDelegate";

  /**
   * Task listener on completing {@link #TASK_BRANCH_MEETING_VOTE}: checks the numbers, the
   * political review and training before the meeting; sets {@link #VOTE_RESULT} and, when admitted,
   * {@link #APPROVAL_WARN_AT}, {@link #APPROVAL_BREACH_AT} and {@link #PROBATION_ENDS_AT}.
   */
  public static final String RECORD_ADMISSION_VOTE_DELEGATE = "recordAdmissionVoteDelegate";

  /** Task listener on completing {@link #TASK_COMMITTEE_TALK}: records the talk. */
  public static final String RECORD_COMMITTEE_TALK_DELEGATE = "recordCommitteeTalkDelegate";

  /**
   * Task listener on completing {@link #TASK_APPROVE_ADMISSION}: approved → registry probationary
   * from the meeting date; not approved → rejected, case closed.
   */
  public static final String RECORD_ADMISSION_APPROVAL_DELEGATE = "recordAdmissionApprovalDelegate";

  /**
   * Java delegate of {@link #SERVICE_WARN_APPROVAL_LATE} and {@link #SERVICE_FLAG_APPROVAL_BREACH}:
   * marks the case and tells the Party committee; tells which by the current activity id.
   */
  public static final String APPROVAL_LATE_DELEGATE = "approvalLateDelegate";

  /** Task listener on completing {@link #TASK_REPORT_ADMISSION}. */
  public static final String RECORD_ADMISSION_REPORT_DELEGATE = "recordAdmissionReportDelegate";

  /** Task listener on completing {@link #TASK_TAKE_OATH}. */
  public static final String RECORD_OATH_DELEGATE = "recordOathDelegate";

  /** Task listener on completing {@link #TASK_REQUEST_CONVERSION}. */
  public static final String RECORD_CONVERSION_REQUEST_DELEGATE = "recordConversionRequestDelegate";

  /**
   * Task listener on completing {@link #TASK_CONVERSION_VOTE}: the numbers, the decision and the
   * extension (6–12 months); sets {@link #VOTE_RESULT} and {@link #CONVERSION_APPROVAL_DUE}.
   */
  public static final String RECORD_CONVERSION_VOTE_DELEGATE = "recordConversionVoteDelegate";

  /**
   * Task listener on completing {@link #TASK_APPROVE_CONVERSION}: when approved, carries out the
   * decision (registry full / new {@link #PROBATION_ENDS_AT} / cancelled) and sets {@link
   * #CONVERSION_OUTCOME}.
   */
  public static final String RECORD_CONVERSION_APPROVAL_DELEGATE =
      "recordConversionApprovalDelegate";

  /** Task listener on completing {@link #TASK_ARCHIVE_DOCUMENTS}: closes the case. */
  public static final String ARCHIVE_DOCUMENTS_DELEGATE = "archiveDocumentsDelegate";

  // ---- variables set by the backend when it starts the process -------------------------------

  /** User id of the applicant; also the start event's initiator variable. */
  public static final String APPLICANT = "applicant";

  public static final String INITIATOR_NAME = "initiatorName";
  public static final String BRANCH_CODE = "branchCode";
  public static final String BRANCH_NAME = "branchName";

  // ---- start form: submitPartyApplication (applicant) ----------------------------------------

  /** Date of the application letter, {@code YYYY-MM-DD}; the applicant is 18 or older on it. */
  public static final String APPLICATION_DATE = "applicationDate";

  public static final String APPLICATION_LETTER = "applicationLetter";

  /** Optional reference (附件编号) to the scanned letter stored by the backend; forms cannot upload. */
  public static final String ATTACHMENT_REF = "attachmentRef";

  // ---- set by openIntakeDelegate -------------------------------------------------------------

  /** Id ({@code Long}) of the intake case in the backend's tables. */
  public static final String INTAKE_ID = "intakeId";

  /**
   * When the talk is due (a {@code java.util.Date}): 23:59:59 one calendar month after {@link
   * #APPLICATION_DATE}; both {@link #TASK_ASSIGN_TALKER} and {@link #TASK_TALK_WITH_APPLICANT} fall
   * due then.
   */
  public static final String TALK_DUE = "talkDue";

  // ---- assignTalker (branch secretary) -------------------------------------------------------

  /** User id of the full member of the branch who talks with the applicant. */
  public static final String TALKER = "talker";

  // ---- talkWithApplicant (talker) ------------------------------------------------------------

  /** {@code YYYY-MM-DD}. */
  public static final String TALK_DATE = "talkDate";

  public static final String TALK_RECORD = "talkRecord";

  // ---- decideActivist (branch secretary, for the branch committee) ---------------------------

  /** {@link #ACTIVIST_DECISION_ACTIVIST} or {@link #ACTIVIST_DECISION_NOT_YET}. */
  public static final String ACTIVIST_DECISION = "activistDecision";

  /** Make the applicant an activist (列为入党积极分子); goes on to {@link #TASK_FILE_ACTIVIST}. */
  public static final String ACTIVIST_DECISION_ACTIVIST = "activist";

  /** Not yet (暂不列为); ends at {@link #END_APPLICATION_KEPT_ON_FILE}. */
  public static final String ACTIVIST_DECISION_NOT_YET = "notYet";

  /**
   * How the activist was recommended, required when making one: {@link
   * #RECOMMENDATION_TYPE_PARTY_MEMBER} or {@link #RECOMMENDATION_TYPE_MASS_ORGANISATION}.
   */
  public static final String RECOMMENDATION_TYPE = "recommendationType";

  /** 党员推荐. */
  public static final String RECOMMENDATION_TYPE_PARTY_MEMBER = "partyMember";

  /** 群团组织推优. */
  public static final String RECOMMENDATION_TYPE_MASS_ORGANISATION = "massOrganisation";

  /** Date of the branch committee's resolution, {@code YYYY-MM-DD}; required when making one. */
  public static final String RESOLUTION_DATE = "resolutionDate";

  /** Why not yet; required with {@link #ACTIVIST_DECISION_NOT_YET}, kept on the history. */
  public static final String DECISION_REASON = "decisionReason";

  // ---- fileActivist (Party committee) --------------------------------------------------------

  /** {@code YYYY-MM-DD}. */
  public static final String FILING_DATE = "filingDate";

  public static final String FILING_COMMENT = "filingComment";

  // ---- assignMentors (branch secretary) ------------------------------------------------------

  /** User id of the first mentor (培养联系人), required. */
  public static final String MENTOR_1 = "mentor1";

  /** User id of the second mentor, optional. */
  public static final String MENTOR_2 = "mentor2";

  /** Set by {@link #ASSIGN_MENTORS_DELEGATE}: the mentors' user ids, comma-separated. */
  public static final String MENTORS = "mentors";

  // ---- assessActivist (mentor or branch secretary) -------------------------------------------

  /** {@code YYYY-MM-DD}. */
  public static final String ASSESSMENT_DATE = "assessmentDate";

  /** {@link #ASSESSMENT_CONCLUSION_GOOD}, {@link #ASSESSMENT_CONCLUSION_FAIR}, ... */
  public static final String ASSESSMENT_CONCLUSION = "assessmentConclusion";

  public static final String ASSESSMENT_CONCLUSION_GOOD = "good";
  public static final String ASSESSMENT_CONCLUSION_FAIR = "fair";
  public static final String ASSESSMENT_CONCLUSION_POOR = "poor";

  public static final String ASSESSMENT_RECORD = "assessmentRecord";

  // ---- decideDevelopmentTarget (branch secretary) --------------------------------------------

  /** {@link #DEVELOPMENT_DECISION_TARGET} or {@link #DEVELOPMENT_DECISION_DROP}. */
  public static final String DEVELOPMENT_DECISION = "developmentDecision";

  /** Make the activist a development target; the fields below are required. */
  public static final String DEVELOPMENT_DECISION_TARGET = "target";

  /** Drop the activist (取消入党积极分子资格), with {@link #DROP_REASON}; ends the intake. */
  public static final String DEVELOPMENT_DECISION_DROP = "drop";

  /** Why the activist is dropped; required with {@link #DEVELOPMENT_DECISION_DROP}. */
  public static final String DROP_REASON = "dropReason";

  /**
   * Branch committee's resolution, {@code YYYY-MM-DD}: ≥ 12 months after becoming activist (for a
   * target); the date of the decision either way.
   */
  public static final String TARGET_RESOLUTION_DATE = "targetResolutionDate";

  /** Opinions heard (党小组、培养联系人、党员和群众意见). */
  public static final String OPINIONS_HEARD = "opinionsHeard";

  /** First and last day of the public notice (公示), {@code YYYY-MM-DD}; ≥ 5 working days. */
  public static final String NOTICE_START_DATE = "noticeStartDate";

  public static final String NOTICE_END_DATE = "noticeEndDate";

  public static final String NOTICE_RESULT = "noticeResult";

  // ---- fileDevelopmentTarget (Party committee) -----------------------------------------------

  /** {@code YYYY-MM-DD}. */
  public static final String TARGET_FILING_DATE = "targetFilingDate";

  public static final String TARGET_FILING_COMMENT = "targetFilingComment";

  // ---- nameIntroducers (branch secretary) ----------------------------------------------------

  public static final String INTRODUCER_1 = "introducer1";
  public static final String INTRODUCER_2 = "introducer2";

  // ---- politicalReview (branch secretary) ----------------------------------------------------

  public static final String POLITICAL_REVIEW_DATE = "politicalReviewDate";

  /** {@link #POLITICAL_REVIEW_PASSED} or {@link #POLITICAL_REVIEW_FAILED}. */
  public static final String POLITICAL_REVIEW_RESULT = "politicalReviewResult";

  public static final String POLITICAL_REVIEW_PASSED = "passed";
  public static final String POLITICAL_REVIEW_FAILED = "failed";

  /** The written conclusion (政审结论). */
  public static final String POLITICAL_REVIEW_CONCLUSION = "politicalReviewConclusion";

  // ---- shortTraining (Party committee) -------------------------------------------------------

  public static final String TRAINING_START_DATE = "trainingStartDate";
  public static final String TRAINING_END_DATE = "trainingEndDate";

  /** Whole days ({@code Long}); with {@link #TRAINING_HOURS}: ≥ 3 days or ≥ 24 hours. */
  public static final String TRAINING_DAYS = "trainingDays";

  /** Class hours ({@code Long}). */
  public static final String TRAINING_HOURS = "trainingHours";

  /** Certificate number (结业证书编号). */
  public static final String TRAINING_CERTIFICATE = "trainingCertificate";

  // ---- reviewByBranchCommittee (branch secretary) --------------------------------------------

  public static final String COMMITTEE_REVIEW_DATE = "committeeReviewDate";
  public static final String COMMITTEE_REVIEW_OPINION = "committeeReviewOpinion";

  // ---- preReview (Party committee) -----------------------------------------------------------

  public static final String PRE_REVIEW_DATE = "preReviewDate";

  /** {@link #PRE_REVIEW_PASSED} or {@link #PRE_REVIEW_RETURNED} (back to the branch committee). */
  public static final String PRE_REVIEW_RESULT = "preReviewResult";

  public static final String PRE_REVIEW_PASSED = "passed";
  public static final String PRE_REVIEW_RETURNED = "returned";

  /** Number of the application form issued (入党志愿书编号), required when passed. */
  public static final String APPLICATION_FORM_NUMBER = "applicationFormNumber";

  /** Checkbox: the candidate is expected to leave the court within 3 months (the form warns). */
  public static final String LEAVING_SOON = "leavingSoon";

  public static final String PRE_REVIEW_COMMENT = "preReviewComment";

  // ---- fillApplicationForm (the development target) ------------------------------------------

  public static final String APPLICATION_FORM_DATE = "applicationFormDate";

  /** The introducers' opinions written on the form. */
  public static final String INTRODUCER_OPINIONS = "introducerOpinions";

  // ---- branchMeetingVote and conversionVote (branch secretary) -------------------------------

  public static final String MEETING_DATE = "meetingDate";

  /** Full members entitled to vote (应到有表决权的正式党员), {@code Long}. */
  public static final String ENTITLED_MEMBERS = "entitledMembers";

  /** Entitled members present (实到), {@code Long}. */
  public static final String PRESENT_MEMBERS = "presentMembers";

  public static final String VOTES_FOR = "votesFor";
  public static final String VOTES_AGAINST = "votesAgainst";
  public static final String VOTES_ABSTAIN = "votesAbstain";

  /** Written votes of absent entitled members (书面表决), counted in for/against/abstain. */
  public static final String WRITTEN_VOTES = "writtenVotes";

  public static final String MEETING_RESOLUTION = "meetingResolution";

  /**
   * Set by the vote delegates: {@link #VOTE_RESULT_NO_QUORUM}, {@link #VOTE_RESULT_LOST}
   * (admission: ends; conversion: vote again) or {@link #VOTE_RESULT_PASSED}.
   */
  public static final String VOTE_RESULT = "voteResult";

  public static final String VOTE_RESULT_NO_QUORUM = "noQuorum";
  public static final String VOTE_RESULT_LOST = "lost";
  public static final String VOTE_RESULT_PASSED = "passed";

  // ---- set when admitted by the branch meeting -----------------------------------------------

  /** {@code java.util.Date}: meeting date + 3 months, the approval's due date and warning. */
  public static final String APPROVAL_WARN_AT = "approvalWarnAt";

  /** {@code java.util.Date}: meeting date + 6 months, the approval's outer limit. */
  public static final String APPROVAL_BREACH_AT = "approvalBreachAt";

  /**
   * {@code java.util.Date}: end of probation, meeting date + 12 months (00:00 of that day); moved
   * by an extension.
   */
  public static final String PROBATION_ENDS_AT = "probationEndsAt";

  // ---- committeeTalk (Party committee) -------------------------------------------------------

  /** User id of the committee member who talked. */
  public static final String COMMITTEE_TALKER = "committeeTalker";

  public static final String COMMITTEE_TALK_DATE = "committeeTalkDate";
  public static final String COMMITTEE_TALK_RECORD = "committeeTalkRecord";

  // ---- approveAdmission and approveConversion (Party committee) ------------------------------

  public static final String APPROVAL_DATE = "approvalDate";

  /** {@link #APPROVAL_DECISION_APPROVED} or {@link #APPROVAL_DECISION_REJECTED}. */
  public static final String APPROVAL_DECISION = "approvalDecision";

  public static final String APPROVAL_DECISION_APPROVED = "approved";

  /** Admission: not approved (ends); conversion: returned to the branch meeting. */
  public static final String APPROVAL_DECISION_REJECTED = "rejected";

  public static final String APPROVAL_COMMENT = "approvalComment";

  // ---- reportAdmission (Party committee) -----------------------------------------------------

  public static final String REPORT_DATE = "reportDate";

  // ---- takeOath (branch secretary) -----------------------------------------------------------

  /** The Party group (党小组) joined. */
  public static final String PARTY_GROUP = "partyGroup";

  public static final String OATH_DATE = "oathDate";

  // ---- conversion: requestConversion (probationary member) -----------------------------------

  public static final String CONVERSION_REQUEST_DATE = "conversionRequestDate";
  public static final String CONVERSION_LETTER = "conversionLetter";

  // ---- conversion: conversionVote (branch secretary) -----------------------------------------

  /**
   * {@link #CONVERSION_DECISION_CONVERT}, {@link #CONVERSION_DECISION_EXTEND} or {@link
   * #CONVERSION_DECISION_CANCEL}.
   */
  public static final String CONVERSION_DECISION = "conversionDecision";

  public static final String CONVERSION_DECISION_CONVERT = "convert";
  public static final String CONVERSION_DECISION_EXTEND = "extend";
  public static final String CONVERSION_DECISION_CANCEL = "cancel";

  /** Months of extension ({@code Long}, 6–12) with {@link #CONVERSION_DECISION_EXTEND}. */
  public static final String EXTENSION_MONTHS = "extensionMonths";

  /** {@code java.util.Date}: vote's meeting date + 3 months; due date of the approval. */
  public static final String CONVERSION_APPROVAL_DUE = "conversionApprovalDue";

  // ---- set by recordConversionApprovalDelegate, returned to membershipIntake -----------------

  /**
   * {@link #CONVERSION_OUTCOME_CONVERTED}, {@link #CONVERSION_OUTCOME_EXTENDED} or {@link
   * #CONVERSION_OUTCOME_CANCELLED}.
   */
  public static final String CONVERSION_OUTCOME = "conversionOutcome";

  public static final String CONVERSION_OUTCOME_CONVERTED = "converted";
  public static final String CONVERSION_OUTCOME_EXTENDED = "extended";
  public static final String CONVERSION_OUTCOME_CANCELLED = "cancelled";

  // ---- archiveDocuments (branch secretary) ---------------------------------------------------

  public static final String ARCHIVE_DATE = "archiveDate";

  /** Checklist values (form-js checklist): the documents put in the member's file. */
  public static final String ARCHIVED_DOCUMENTS = "archivedDocuments";

  public static final String ARCHIVE_COMMENT = "archiveComment";
}
