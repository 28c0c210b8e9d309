package cn.ronghe.org;

/** Kinds of Party organisation in a court's organs. */
public enum OrgType {
  /** 机关党委 */
  committee,
  /** 机关纪委 */
  commission,
  /** 党支部 */
  branch,
  /** 党小组 */
  group
}
