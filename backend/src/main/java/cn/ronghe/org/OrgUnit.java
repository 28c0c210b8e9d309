package cn.ronghe.org;

/** One Party organisation as stored in {@code org_unit}. */
public record OrgUnit(
    Long id, String code, String name, String type, Long parentId, int sortOrder) {}
