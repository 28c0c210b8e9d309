package cn.ronghe.org;

import java.util.ArrayList;
import java.util.List;

/** An organisation in the tree the API returns. */
public record OrgNode(
    long id, String code, String name, String type, Long parentId, List<OrgNode> children) {

  static OrgNode of(OrgUnit org) {
    return new OrgNode(
        org.id(), org.code(), org.name(), org.type(), org.parentId(), new ArrayList<>());
  }
}
