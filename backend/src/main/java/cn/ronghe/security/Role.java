package cn.ronghe.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of Ronghe. They are also the Camunda candidate groups: a global role is the group of
 * the same name ({@code party-committee}); a branch role is scoped to one organisation and its
 * group is {@code <role>:<org code>} ({@code branch-secretary:branch-1}).
 */
public enum Role {
  STAFF("staff", false, "干警"),
  BRANCH_SECRETARY("branch-secretary", true, "支部书记"),
  BRANCH_COMMITTEE("branch-committee", true, "支部委员"),
  PARTY_COMMITTEE("party-committee", false, "机关党委"),
  DISCIPLINE("discipline", false, "机关纪委"),
  /** 机关纪委书记: approves the disposal of clues; on every discipline case's access list. */
  DISCIPLINE_HEAD("discipline-head", false, "机关纪委书记"),
  LEADER("leader", false, "院领导/部门负责人"),
  ADMIN("admin", false, "系统管理员"),
  AUDITOR("auditor", false, "安全审计员");

  private final String code;
  private final boolean branchScoped;
  private final String label;

  Role(String code, boolean branchScoped, String label) {
    this.code = code;
    this.branchScoped = branchScoped;
    this.label = label;
  }

  /** The Chinese name, as the engine's group name and in documents. */
  public String label() {
    return label;
  }

  public String code() {
    return code;
  }

  public boolean branchScoped() {
    return branchScoped;
  }

  /** The Spring Security authority, so {@code hasRole("party-committee")} works. */
  public String authority() {
    return "ROLE_" + code;
  }

  public static Optional<Role> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }

  /** The candidate group for this role, scoped to an organisation when the role is. */
  public String candidateGroup(String orgCode) {
    return branchScoped ? code + ":" + orgCode : code;
  }
}
