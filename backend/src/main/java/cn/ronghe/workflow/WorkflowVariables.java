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
   * Optional: what the instance is about, set by a process that wants more than "initiator ·
   * process" as the title of its tasks.
   */
  public static final String BUSINESS_TITLE = "businessTitle";

  private WorkflowVariables() {}
}
