package cn.ronghe.workflow;

/**
 * Variables the workbench sets on every process it starts, so every process can show who started it
 * and for which branch, and the inbox can title its tasks.
 */
public final class WorkflowVariables {

  /** Display name of the person who started the instance. */
  public static final String INITIATOR_NAME = "initiatorName";

  /** Code and name of the initiator's branch; branch roles are candidate groups per code. */
  public static final String BRANCH_CODE = "branchCode";

  public static final String BRANCH_NAME = "branchName";

  /**
   * Optional, set by the process: what the instance is about (a request's subject). Tasks are
   * titled 「initiator · business title · step」, or 「initiator · process · step」 without it.
   */
  public static final String BUSINESS_TITLE = "businessTitle";

  private WorkflowVariables() {}

  /**
   * 「initiator · business title」, or 「initiator · process」 without one; parts absent are left out.
   */
  public static String caseTitle(Object initiatorName, Object businessTitle, String processName) {
    String about = businessTitle != null ? businessTitle.toString() : processName;
    return initiatorName != null ? initiatorName + " · " + about : about;
  }
}
