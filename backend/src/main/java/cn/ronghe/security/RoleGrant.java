package cn.ronghe.security;

import java.io.Serializable;

/** One role of a user; {@code orgId}/{@code orgCode} are set for branch-scoped roles only. */
public record RoleGrant(String role, Long orgId, String orgCode) implements Serializable {

  /** The Camunda candidate group this grant makes the user a member of. */
  public String candidateGroup() {
    return orgCode == null ? role : role + ":" + orgCode;
  }
}
