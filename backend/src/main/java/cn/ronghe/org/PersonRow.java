package cn.ronghe.org;

/** A person as listed by the API: with the branch they belong to. */
public record PersonRow(
    long id,
    String name,
    String gender,
    String post,
    String memberStatus,
    Long orgId,
    String orgName,
    OrgRef branch) {}
