package cn.ronghe.org;

import cn.ronghe.audit.AuditService;
import cn.ronghe.org.OrgMapper.OrgState;
import cn.ronghe.security.AccountAdmin;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on the organisation tree: found an organisation, rename or move it,
 * dissolve it with its people moved elsewhere (it keeps its code and its history), name a branch's
 * secretary and committee. Every change is audited.
 */
@Service
public class OrgAdmin {

  /** Codes are what the roster and the roles name an organisation by. */
  public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

  private static final String AUDIT_OBJECT = "org";

  private final OrgMapper orgs;
  private final PersonMapper people;
  private final AccountAdmin accounts;
  private final AuditService audit;

  OrgAdmin(OrgMapper orgs, PersonMapper people, AccountAdmin accounts, AuditService audit) {
    this.orgs = orgs;
    this.people = people;
    this.accounts = accounts;
    this.audit = audit;
  }

  /** An organisation as its editor shows it: with its people, sub-organisations and leaders. */
  public record OrgDetail(
      long id,
      String code,
      String name,
      String type,
      Long parentId,
      int sortOrder,
      int people,
      int children,
      int openTasks,
      AccountAdmin.Leadership leadership) {}

  public OrgDetail detail(long id) {
    OrgState org = active(id, "id");
    Map<Long, OrgState> all = all();
    return new OrgDetail(
        org.id(),
        org.code(),
        org.name(),
        org.type(),
        org.parentId(),
        org.sortOrder(),
        people.countIn(id, true),
        (int)
            all.values().stream()
                .filter(o -> o.active() && Objects.equals(o.parentId(), id))
                .count(),
        orgs.countOpenTasks(org.code()),
        OrgType.branch.name().equals(org.type()) ? accounts.leadership(id) : null);
  }

  @Transactional
  public OrgDetail create(CurrentUser admin, String code, String name, String type, Long parentId) {
    String trimmed = code.strip();
    if (!trimmed.matches(CODE_PATTERN)) {
      throw ApiException.invalidField("code", "组织编码为 1–64 位字母、数字、下划线或连字符");
    }
    if (orgs.selectByCode(trimmed) != null) {
      throw ApiException.invalidField("code", "组织编码 " + trimmed + " 已使用（含已撤销的组织）");
    }
    OrgType orgType =
        OrgType.of(type).orElseThrow(() -> ApiException.invalidField("type", "没有这个组织类型"));
    placeUnder(orgType, parentId, null);
    orgs.insert(
        new OrgUnit(
            null, trimmed, name.strip(), orgType.name(), parentId, orgs.maxSortOrder() + 1));
    long id = orgs.selectByCode(trimmed).id();
    audit.record(admin.username(), "org.create", AUDIT_OBJECT, String.valueOf(id), trimmed);
    return detail(id);
  }

  /** Renames or moves the organisation; its type, code and place among its siblings stay. */
  @Transactional
  public OrgDetail update(CurrentUser admin, long id, String name, Long parentId) {
    OrgState org = active(id, "id");
    OrgType type = OrgType.of(org.type()).orElseThrow();
    placeUnder(type, parentId, id);
    orgs.update(new OrgUnit(id, org.code(), name.strip(), org.type(), parentId, org.sortOrder()));
    StringBuilder changed = new StringBuilder();
    if (!org.name().equals(name.strip())) {
      changed.append("name: ").append(org.name()).append(" → ").append(name.strip()).append("; ");
    }
    if (!Objects.equals(org.parentId(), parentId)) {
      changed.append("parent: ").append(org.parentId()).append(" → ").append(parentId);
    }
    if (!changed.isEmpty()) {
      audit.record(
          admin.username(),
          Objects.equals(org.parentId(), parentId) ? "org.update" : "org.move",
          AUDIT_OBJECT,
          String.valueOf(id),
          changed.toString());
    }
    return detail(id);
  }

  /** What dissolving did: whose people moved where, whose roles ended. */
  public record Dissolution(long id, int peopleMoved, Long movedTo, List<String> rolesEnded) {}

  /**
   * Dissolves the organisation: its people move to {@code moveTo} (required when it has any), the
   * roles held in it end. Refused while it has sub-organisations (dissolve or move them first) or
   * open tasks (finish or hand them over first). The committee itself is never dissolved.
   */
  @Transactional
  public Dissolution dissolve(CurrentUser admin, long id, Long moveTo, String reason) {
    OrgState org = active(id, "id");
    if (org.parentId() == null) {
      throw new ApiException(HttpStatus.CONFLICT, "org.root", "机关党委不能撤销");
    }
    Map<Long, OrgState> all = all();
    long children =
        all.values().stream().filter(o -> o.active() && Objects.equals(o.parentId(), id)).count();
    if (children > 0) {
      throw new ApiException(
          HttpStatus.CONFLICT,
          "org.has-children",
          org.name() + " 还有 " + children + " 个下级组织，请先撤销或移走");
    }
    int openTasks = orgs.countOpenTasks(org.code());
    if (openTasks > 0) {
      throw new ApiException(
          HttpStatus.CONFLICT, "org.open-tasks", org.name() + " 还有 " + openTasks + " 项待办，请先办结或转办");
    }
    int moved = 0;
    // People on the roster must go somewhere; those off it may stay with the dissolved one.
    boolean hasPeople =
        people.countIn(id, true) > 0 || moveTo != null && people.countIn(id, null) > 0;
    if (hasPeople) {
      if (moveTo == null) {
        throw ApiException.invalidField("moveTo", "请选择人员转入的组织");
      }
      if (moveTo == id) {
        throw ApiException.invalidField("moveTo", "不能转入被撤销的组织本身");
      }
      active(moveTo, "moveTo");
      moved = people.moveAll(id, moveTo);
    }
    orgs.dissolve(id);
    List<String> rolesEnded = accounts.revokeAllIn(id);
    audit.record(
        admin.username(),
        "org.dissolve",
        AUDIT_OBJECT,
        String.valueOf(id),
        reason.strip()
            + " · "
            + moved
            + " 人转入 "
            + (hasPeople ? moveTo : "-")
            + (rolesEnded.isEmpty() ? "" : " · 角色终止: " + String.join(", ", rolesEnded)));
    return new Dissolution(id, moved, hasPeople ? moveTo : null, rolesEnded);
  }

  /** Names the branch's secretary and committee members. */
  @Transactional
  public OrgDetail setLeadership(
      CurrentUser admin, long id, String secretary, List<String> committee) {
    OrgState org = active(id, "id");
    if (!OrgType.branch.name().equals(org.type())) {
      throw new ApiException(HttpStatus.CONFLICT, "org.not-branch", "只有党支部设支部书记和支部委员");
    }
    accounts.setLeadership(admin, new OrgRef(id, org.code(), org.name()), secretary, committee);
    return detail(id);
  }

  /** The type fits under the parent, which is active and not the organisation or under it. */
  private void placeUnder(OrgType type, Long parentId, Long self) {
    OrgType parentType = null;
    if (parentId != null) {
      OrgState parent = active(parentId, "parentId");
      Map<Long, OrgState> all = all();
      for (Long at = parentId; at != null; at = all.get(at).parentId()) {
        if (at.equals(self)) {
          throw ApiException.invalidField("parentId", "不能移到自己或自己的下级组织之下");
        }
      }
      parentType = OrgType.of(parent.type()).orElseThrow();
    }
    Optional<String> problem = type.parentProblem(parentType);
    if (problem.isPresent()) {
      throw ApiException.invalidField("parentId", problem.get());
    }
  }

  private OrgState active(long id, String field) {
    OrgState org = all().get(id);
    if (org == null || !org.active()) {
      if (field.equals("id")) {
        throw ApiException.notFound("组织不存在或已撤销: " + id);
      }
      throw ApiException.invalidField(field, "组织不存在或已撤销: " + id);
    }
    return org;
  }

  private Map<Long, OrgState> all() {
    return orgs.selectAllStates().stream()
        .collect(Collectors.toMap(OrgState::id, Function.identity()));
  }
}
