package cn.ronghe.membership;

/** Where an intake stands, in the order of the regulation's five stages. */
public enum IntakeStage {
  /** 入党申请: applied, talk pending or held, activist not yet decided. */
  APPLICANT("applicant"),
  /** 入党积极分子: decided by the branch committee and filed with the Party committee. */
  ACTIVIST("activist");

  private final String code;

  IntakeStage(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
