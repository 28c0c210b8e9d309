package cn.ronghe.org;

import cn.ronghe.audit.AuditService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.Role;
import cn.ronghe.system.ApiException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation tree and who may see which people in it. */
@Service
public class OrgService {

  private final OrgMapper orgMapper;
  private final PersonMapper personMapper;
  private final AuditService audit;

  OrgService(OrgMapper orgMapper, PersonMapper personMapper, AuditService audit) {
    this.orgMapper = orgMapper;
    this.personMapper = personMapper;
    this.audit = audit;
  }

  /** The whole tree of active organisations, roots first, children in their sort order. */
  public List<OrgNode> tree() {
    List<OrgUnit> all = orgMapper.selectAllActive();
    Map<Long, OrgNode> nodes = new LinkedHashMap<>();
    all.forEach(o -> nodes.put(o.id(), OrgNode.of(o)));
    List<OrgNode> roots = new ArrayList<>();
    for (OrgUnit o : all) {
      OrgNode parent = o.parentId() == null ? null : nodes.get(o.parentId());
      if (parent == null) {
        roots.add(nodes.get(o.id()));
      } else {
        parent.children().add(nodes.get(o.id()));
      }
    }
    return roots;
  }

  /** The active Party branches, in their order: the organisations that report and hold sessions. */
  public List<OrgRef> branches() {
    return orgMapper.selectAllActive().stream()
        .filter(o -> OrgType.branch.name().equals(o.type()))
        .map(o -> new OrgRef(o.id(), o.code(), o.name()))
        .toList();
  }

  /** The organisation with the code, if there is one. */
  public Optional<OrgRef> org(String code) {
    return Optional.ofNullable(orgMapper.selectByCode(code))
        .map(o -> new OrgRef(o.id(), o.code(), o.name()));
  }

  /** The branch a person belongs to: their organisation, or its branch when it is a Party group. */
  public Optional<OrgRef> branchOfPerson(Long personId) {
    if (personId == null) {
      return Optional.empty();
    }
    Person person = personMapper.selectById(personId);
    if (person == null || person.orgId() == null) {
      return Optional.empty();
    }
    Map<Long, OrgUnit> byId = byId();
    OrgUnit org = byId.get(person.orgId());
    while (org != null && OrgType.group.name().equals(org.type()) && org.parentId() != null) {
      org = byId.get(org.parentId());
    }
    return Optional.ofNullable(org).map(o -> new OrgRef(o.id(), o.code(), o.name()));
  }

  /**
   * A page of the people the user may see, in {@code orgId} and its sub-organisations (all when
   * null). The Party committee and admins see everyone; branch secretaries and committee members
   * see their own branches; anyone else is refused.
   */
  public Page<PersonRow> people(CurrentUser user, Long orgId, int page, int size) {
    Set<Long> visible = visibleOrgs(user);
    Map<Long, OrgUnit> byId = byId();
    if (orgId != null && !byId.containsKey(orgId)) {
      throw ApiException.notFound("组织不存在: " + orgId);
    }
    Set<Long> wanted = orgId == null ? null : subtree(orgId, byId.values());
    Collection<Long> filter;
    if (visible == null) {
      filter = wanted;
    } else {
      Set<Long> allowed = new HashSet<>();
      visible.forEach(v -> allowed.addAll(subtree(v, byId.values())));
      if (wanted == null) {
        filter = allowed;
      } else if (allowed.containsAll(wanted)) {
        filter = wanted;
      } else {
        throw ApiException.forbidden("只能查看本支部的人员");
      }
    }
    int offset = (page - 1) * size;
    return new Page<>(
        personMapper.selectPage(filter, offset, size), personMapper.countPage(filter), page, size);
  }

  /** A person's registry entry and its history, for those who may see the person's branch. */
  public record MemberHistory(
      long personId,
      String name,
      String memberStatus,
      java.time.LocalDate memberStatusSince,
      List<MemberStatusChange> history) {}

  /**
   * The registry history of a person the user may see (the Party committee and admins: everyone;
   * branch secretaries and committee members: their branches); anyone else is told there is none. A
   * person's record is confidential: every read is audited.
   */
  @Transactional
  public MemberHistory memberHistory(CurrentUser user, long personId) {
    Person person = personMapper.selectById(personId);
    Set<Long> visible = visibleOrgs(user);
    if (person == null || !(visible == null || mayReach(visible, person.orgId()))) {
      throw ApiException.notFound("人员不存在或您无权查看: " + personId);
    }
    audit.record(user.username(), "person.history.read", "person", String.valueOf(personId), null);
    return new MemberHistory(
        personId,
        person.name(),
        person.memberStatus(),
        person.memberStatusSince(),
        personMapper.selectStatusChanges(personId));
  }

  private boolean mayReach(Set<Long> visible, Long orgId) {
    if (orgId == null) {
      return false;
    }
    Map<Long, OrgUnit> byId = byId();
    return visible.stream().anyMatch(v -> subtree(v, byId.values()).contains(orgId));
  }

  /** null means every organisation. */
  private static Set<Long> visibleOrgs(CurrentUser user) {
    if (user.hasRole(Role.PARTY_COMMITTEE) || user.hasRole(Role.ADMIN)) {
      return null;
    }
    Set<Long> own = new HashSet<>(user.orgsWhere(Role.BRANCH_SECRETARY));
    own.addAll(user.orgsWhere(Role.BRANCH_COMMITTEE));
    if (own.isEmpty()) {
      throw ApiException.forbidden("无权查看人员名册");
    }
    return own;
  }

  /** The ids of every active organisation. */
  public Set<Long> activeOrgIds() {
    return byId().keySet();
  }

  /** The organisation and every active organisation under it, by id. */
  public Set<Long> subtreeOf(long orgId) {
    return subtree(orgId, byId().values());
  }

  private Map<Long, OrgUnit> byId() {
    Map<Long, OrgUnit> byId = new LinkedHashMap<>();
    orgMapper.selectAllActive().forEach(o -> byId.put(o.id(), o));
    return byId;
  }

  private static Set<Long> subtree(long rootId, Collection<OrgUnit> all) {
    Set<Long> result = new HashSet<>();
    result.add(rootId);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (OrgUnit o : all) {
        if (o.parentId() != null && result.contains(o.parentId()) && result.add(o.id())) {
          grew = true;
        }
      }
    }
    return result;
  }
}
