package cn.ronghe.org;

import com.fasterxml.jackson.annotation.JsonValue;

/** A person's standing in the Party, from the member registry. */
public enum MemberStatus {
  NONE("none"),
  APPLICANT("applicant"),
  ACTIVIST("activist"),
  DEVELOPMENT_TARGET("development-target"),
  PROBATIONARY("probationary"),
  FULL("full");

  private final String code;

  MemberStatus(String code) {
    this.code = code;
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
