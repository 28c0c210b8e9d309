package cn.ronghe.org;

import com.fasterxml.jackson.annotation.JsonValue;

/** A person's standing in the Party, from the member registry. */
public enum MemberStatus {
  NONE("none", "群众"),
  APPLICANT("applicant", "入党申请人"),
  ACTIVIST("activist", "入党积极分子"),
  DEVELOPMENT_TARGET("development-target", "发展对象"),
  PROBATIONARY("probationary", "预备党员"),
  FULL("full", "正式党员"),
  /** Not admitted: the political review, the branch meeting or the approval said no. */
  REJECTED("rejected", "未予发展"),
  /** Probationary membership cancelled at the end of probation (第三十条). */
  CANCELLED("cancelled", "取消预备党员资格");

  private final String code;
  private final String label;

  MemberStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The status as the registry names it in Chinese. */
  public String label() {
    return label;
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** The status of a registry code; an unknown or missing code is {@link #NONE}. */
  public static MemberStatus of(String code) {
    for (MemberStatus status : values()) {
      if (status.code.equals(code)) {
        return status;
      }
    }
    return NONE;
  }
}
