package cn.ronghe.membership;

/** Where an intake stands, in the order of the regulation's five stages. */
public enum IntakeStage {
  /** 入党申请: applied, talk pending or held, activist not yet decided. */
  APPLICANT("applicant"),
  /** 入党积极分子: decided by the branch committee and filed with the Party committee. */
  ACTIVIST("activist"),
  /** 发展对象: made a development target by the branch committee and filed with the committee. */
  DEVELOPMENT_TARGET("development-target"),
  /** 预备党员: admitted by the branch meeting and approved by the Party committee. */
  PROBATIONARY("probationary"),
  /** 正式党员: converted at the end of probation. */
  FULL("full");

  private final String code;

  IntakeStage(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
