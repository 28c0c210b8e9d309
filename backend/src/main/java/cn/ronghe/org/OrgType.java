package cn.ronghe.org;

import java.util.Optional;

/** Kinds of Party organisation in a court's organs, and where each sits in the tree. */
public enum OrgType {
  /** 机关党委: the top. */
  committee("机关党委"),
  /** 机关纪委: under the committee. */
  commission("机关纪委"),
  /** 党支部: under the committee. */
  branch("党支部"),
  /** 党小组: under a branch. */
  group("党小组");

  private final String label;

  OrgType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The type an organisation of this type sits under; none for the committee. */
  public Optional<OrgType> parentType() {
    return switch (this) {
      case committee -> Optional.empty();
      case commission, branch -> Optional.of(committee);
      case group -> Optional.of(branch);
    };
  }

  /** What is wrong with placing an organisation of this type under one of {@code parent} type. */
  public Optional<String> parentProblem(OrgType parent) {
    if (parentType().equals(Optional.ofNullable(parent))) {
      return Optional.empty();
    }
    return Optional.of(parentType().map(p -> label + "的上级应为" + p.label()).orElse(label + "没有上级组织"));
  }

  /** The type of a stored code ({@code branch}), if it is one. */
  public static Optional<OrgType> of(String code) {
    for (OrgType type : values()) {
      if (type.name().equals(code)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
