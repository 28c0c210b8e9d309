package cn.ronghe.security;

import java.io.Serializable;

/**
 * One role of a user; {@code orgId}/{@code orgCode} name the branch of a branch-scoped role, and
 * the organisation whose people are a leader's cadres.
 */
public record RoleGrant(String role, Long orgId, String orgCode) implements Serializable {

  /**
   * The Camunda candidate group this grant makes the user a member of: a global role's grant may
   * name an organisation (a leader's department), which does not change its group.
   */
  public String candidateGroup() {
    return Role.ofCode(role)
        .map(r -> r.branchScoped() && orgCode != null ? r.candidateGroup(orgCode) : r.code())
        .orElse(role);
  }
}
