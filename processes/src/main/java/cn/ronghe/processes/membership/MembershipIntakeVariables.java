package cn.ronghe.processes.membership;

/**
 * Names used by the 发展党员 (membership intake) process {@code bpmn/membershipIntake.bpmn}: process
 * id, activity ids, form ids, candidate groups, the backend's delegate beans, variable names and
 * the values of the variables the gateway and the forms offer.
 *
 * <p>This first slice covers stage 1 (入党申请) and the start of stage 2 (确定入党积极分子, 备案): the process
 * ends when the activist is filed with the Party committee, or when the branch committee does not
 * make the applicant an activist yet.
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

  // ---- activities ----------------------------------------------------------------------------

  public static final String START_APPLICATION_SUBMITTED = "applicationSubmitted";
  public static final String TASK_ASSIGN_TALKER = "assignTalker";
  public static final String TASK_TALK_WITH_APPLICANT = "talkWithApplicant";
  public static final String TASK_DECIDE_ACTIVIST = "decideActivist";
  public static final String TASK_FILE_ACTIVIST = "fileActivist";

  public static final String GATEWAY_ACTIVIST_DECISION = "activistDecisionGateway";

  /** Ended: the applicant is an activist (入党积极分子) and filed with the Party committee. */
  public static final String END_ACTIVIST_FILED = "activistFiled";

  /**
   * Ended: the branch committee did not make the applicant an activist yet; see {@link
   * #DECISION_REASON}.
   */
  public static final String END_APPLICATION_KEPT_ON_FILE = "applicationKeptOnFile";

  // ---- forms (Camunda Forms, forms/<id>.form, bound to the deployment) -----------------------

  public static final String FORM_SUBMIT_PARTY_APPLICATION = "submitPartyApplication";
  public static final String FORM_ASSIGN_TALKER = TASK_ASSIGN_TALKER;
  public static final String FORM_TALK_WITH_APPLICANT = TASK_TALK_WITH_APPLICANT;
  public static final String FORM_DECIDE_ACTIVIST = TASK_DECIDE_ACTIVIST;
  public static final String FORM_FILE_ACTIVIST = TASK_FILE_ACTIVIST;

  // ---- candidate groups (Ronghe roles) -------------------------------------------------------

  /**
   * Branch-scoped role: {@link #TASK_ASSIGN_TALKER} and {@link #TASK_DECIDE_ACTIVIST} are offered
   * to {@code branch-secretary:<branchCode>}.
   */
  public static final String ROLE_BRANCH_SECRETARY = "branch-secretary";

  /** Global role: candidate group of {@link #TASK_FILE_ACTIVIST}. */
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
}
