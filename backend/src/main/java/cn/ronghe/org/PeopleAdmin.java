package cn.ronghe.org;

import cn.ronghe.audit.AuditService;
import cn.ronghe.security.AccountAdmin;
import cn.ronghe.security.AdminAccount;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.LikePatterns;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on people: enter, correct and move them, take them off the roster and
 * back (never deleted: their history stays), correct their registry status with a reason, open
 * their login. Every change is audited with what changed.
 */
@Service
public class PeopleAdmin {

  private static final String AUDIT_OBJECT = "person";

  private final PersonMapper people;
  private final OrgService orgs;
  private final MemberRegistry registry;
  private final AccountAdmin accounts;
  private final AuditService audit;
  private final Clock clock;

  PeopleAdmin(
      PersonMapper people,
      OrgService orgs,
      MemberRegistry registry,
      AccountAdmin accounts,
      AuditService audit,
      Clock clock) {
    this.people = people;
    this.orgs = orgs;
    this.registry = registry;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  /** Whether the list shows people on the roster, those taken off it, or both. */
  public enum Standing {
    ACTIVE(true),
    INACTIVE(false),
    ALL(null);

    private final Boolean active;

    Standing(Boolean active) {
      this.active = active;
    }
  }

  public Page<AdminPerson> page(String q, Long orgId, Standing standing, int page, int size) {
    Set<Long> within = null;
    if (orgId != null) {
      if (!orgs.activeOrgIds().contains(orgId)) {
        throw ApiException.invalidField("orgId", "组织不存在: " + orgId);
      }
      within = orgs.subtreeOf(orgId);
    }
    String like = q == null || q.isBlank() ? null : LikePatterns.containing(q.strip());
    PersonMapper.AdminFilter filter = new PersonMapper.AdminFilter(like, within, standing.active);
    List<PersonMapper.AdminRow> rows = people.selectAdminPage(filter, (page - 1) * size, size);
    Map<Long, AdminAccount> logins =
        accounts.ofPeople(rows.stream().map(PersonMapper.AdminRow::id).toList());
    return new Page<>(
        rows.stream().map(r -> AdminPerson.of(r, logins.get(r.id()))).toList(),
        people.countAdmin(filter),
        page,
        size);
  }

  public AdminPerson person(long id) {
    PersonMapper.AdminRow row = people.selectAdminRow(id);
    if (row == null) {
      throw ApiException.notFound("人员不存在: " + id);
    }
    return AdminPerson.of(row, accounts.ofPeople(List.of(id)).get(id));
  }

  @Transactional
  public AdminPerson create(CurrentUser admin, PersonFacts facts) {
    String idNumber = checked(facts, null);
    people.insert(
        new Person(
            null,
            facts.name().strip(),
            facts.gender(),
            IdNumbers.birthDate(idNumber).orElseThrow(),
            idNumber,
            blankToNull(facts.post()),
            facts.orgId(),
            MemberStatus.NONE.code(),
            null));
    long id = people.selectIdByIdNumber(idNumber);
    if (facts.hiredOn() != null) {
      people.updateHiredOn(id, facts.hiredOn());
    }
    audit.record(admin.username(), "person.create", AUDIT_OBJECT, String.valueOf(id), null);
    return person(id);
  }

  @Transactional
  public AdminPerson update(CurrentUser admin, long id, PersonFacts facts) {
    PersonMapper.AdminRow before = lockedRow(id);
    String idNumber = checked(facts, id);
    String name = facts.name().strip();
    String post = blankToNull(facts.post());
    people.updateFacts(
        id,
        name,
        facts.gender(),
        IdNumbers.birthDate(idNumber).orElseThrow(),
        idNumber,
        post,
        facts.orgId(),
        facts.hiredOn());
    if (!name.equals(before.name())) {
      accounts.renamePerson(id, name);
    }
    List<String> changed = new ArrayList<>();
    noteChange(changed, "name", before.name(), name);
    noteChange(changed, "gender", before.gender(), facts.gender());
    noteChange(changed, "idNumber", before.idNumber(), idNumber);
    noteChange(changed, "post", before.post(), post);
    noteChange(changed, "org", before.orgId(), facts.orgId());
    noteChange(changed, "hiredOn", before.hiredOn(), facts.hiredOn());
    if (!changed.isEmpty()) {
      // The ID number itself stays out of the trail: the trail names the person by id.
      audit.record(
          admin.username(),
          before.orgId() != null && !before.orgId().equals(facts.orgId())
              ? "person.move"
              : "person.update",
          AUDIT_OBJECT,
          String.valueOf(id),
          String.join("; ", changed));
    }
    return person(id);
  }

  /** Takes the person off the roster: their login is disabled, their history stays. */
  @Transactional
  public AdminPerson deactivate(CurrentUser admin, long id, String reason) {
    PersonMapper.AdminRow row = lockedRow(id);
    if (!row.active()) {
      throw new ApiException(HttpStatus.CONFLICT, "person.inactive", row.name() + " 已停用");
    }
    people.updateActive(id, false, LocalDate.now(clock), reason.strip());
    accounts.disableOfPerson(admin, id);
    audit.record(admin.username(), "person.deactivate", AUDIT_OBJECT, String.valueOf(id), reason);
    return person(id);
  }

  /** Puts the person back on the roster; their login stays disabled until enabled. */
  @Transactional
  public AdminPerson reactivate(CurrentUser admin, long id, String reason) {
    PersonMapper.AdminRow row = lockedRow(id);
    if (row.active()) {
      throw new ApiException(HttpStatus.CONFLICT, "person.active", row.name() + " 在册，无需恢复");
    }
    people.updateActive(id, true, null, null);
    audit.record(admin.username(), "person.reactivate", AUDIT_OBJECT, String.valueOf(id), reason);
    return person(id);
  }

  /**
   * Corrects the person's registry status outside the membership process (a member transferred in,
   * a record put right), with the reason the registry history shows. While an intake of the person
   * runs, its steps alone change the status: 409.
   */
  @Transactional
  public AdminPerson changeStatus(
      CurrentUser admin, long id, String status, LocalDate effectiveOn, String reason) {
    lockedRow(id);
    MemberStatus to = MemberStatus.of(status);
    if (!to.code().equals(status)) {
      throw ApiException.invalidField("status", "没有这个政治面貌: " + status);
    }
    if (effectiveOn.isAfter(LocalDate.now(clock))) {
      throw ApiException.invalidField("effectiveOn", "生效日期不能晚于今天");
    }
    if (registry.intakeOpen(id)) {
      throw new ApiException(
          HttpStatus.CONFLICT, "person.intake-open", "该人员的发展党员流程正在进行，政治面貌由流程的步骤变更");
    }
    registry.correct(
        id, to, effectiveOn, MemberRegistry.STEP_ADMIN, "管理员变更", reason.strip(), admin.username());
    audit.record(
        admin.username(),
        "person.status",
        AUDIT_OBJECT,
        String.valueOf(id),
        to.code() + " from " + effectiveOn + ": " + reason.strip());
    return person(id);
  }

  @Transactional
  public AdminAccount.TemporaryPassword openAccount(CurrentUser admin, long id, String username) {
    PersonMapper.AdminRow row = lockedRow(id);
    if (!row.active()) {
      throw new ApiException(HttpStatus.CONFLICT, "person.inactive", row.name() + " 已停用，不能开通账号");
    }
    return accounts.open(admin, id, row.name(), username);
  }

  /**
   * The normalised ID number of the facts, after checking them: a well-formed number that agrees
   * with the gender and belongs to nobody else, an active organisation, a start date not ahead.
   */
  private String checked(PersonFacts facts, Long self) {
    String idNumber = IdNumbers.normalized(facts.idNumber());
    Optional<String> problem = IdNumbers.problem(idNumber);
    if (problem.isPresent()) {
      throw ApiException.invalidField("idNumber", problem.get());
    }
    if (!IdNumbers.gender(idNumber).equals(facts.gender())) {
      throw ApiException.invalidField("gender", "性别与公民身份号码不符");
    }
    Long holder = people.selectIdByIdNumber(idNumber);
    if (holder != null && !holder.equals(self)) {
      throw ApiException.invalidField("idNumber", "该公民身份号码已登记给另一人员（编号 " + holder + "）");
    }
    if (!orgs.activeOrgIds().contains(facts.orgId())) {
      throw ApiException.invalidField("orgId", "组织不存在或已撤销: " + facts.orgId());
    }
    if (facts.hiredOn() != null && facts.hiredOn().isAfter(LocalDate.now(clock))) {
      throw ApiException.invalidField("hiredOn", "入职日期不能晚于今天");
    }
    return idNumber;
  }

  private PersonMapper.AdminRow lockedRow(long id) {
    if (people.lockById(id) == null) {
      throw ApiException.notFound("人员不存在: " + id);
    }
    return people.selectAdminRow(id);
  }

  private static void noteChange(List<String> changed, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changed.add(field.equals("idNumber") ? field : field + ": " + before + " → " + after);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
