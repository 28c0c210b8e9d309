package cn.ronghe.security;

import cn.ronghe.audit.AuditService;
import cn.ronghe.org.OrgRef;
import cn.ronghe.org.OrgService;
import cn.ronghe.system.ApiException;
import cn.ronghe.system.LikePatterns;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on login accounts: open one for a person, reset its password, unlock,
 * enable or disable it, set its roles. A change that alters what the user may do ends their
 * sessions, so it holds from their next request on every node. Every change is audited.
 */
@Service
public class AccountAdmin {

  private static final String AUDIT_OBJECT = "user";
  private static final int LIST_LIMIT = 200;
  private static final String USERNAME_PATTERN = "[a-z][a-z0-9._-]{1,31}";

  /** No 0/O, 1/l/I: a temporary password is read aloud or copied by hand. */
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";

  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SYMBOLS = "#%+=@";

  private final UserAccountMapper accounts;
  private final OrgService orgs;
  private final PasswordEncoder passwordEncoder;
  private final PasswordPolicy passwordPolicy;
  private final FindByIndexNameSessionRepository<? extends Session> sessions;
  private final AuditService audit;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  AccountAdmin(
      UserAccountMapper accounts,
      OrgService orgs,
      PasswordEncoder passwordEncoder,
      PasswordPolicy passwordPolicy,
      FindByIndexNameSessionRepository<? extends Session> sessions,
      AuditService audit,
      Clock clock) {
    this.accounts = accounts;
    this.orgs = orgs;
    this.passwordEncoder = passwordEncoder;
    this.passwordPolicy = passwordPolicy;
    this.sessions = sessions;
    this.audit = audit;
    this.clock = clock;
  }

  /** Accounts whose username or name contains {@code q} (all when blank), by username. */
  public List<AdminAccount> accounts(String q) {
    String like = q == null || q.isBlank() ? null : LikePatterns.containing(q.strip());
    return withGrants(accounts.selectForAdmin(like, LIST_LIMIT));
  }

  public AdminAccount account(String username) {
    return withGrants(List.of(existing(username))).get(0);
  }

  /** The accounts of the people, by person id. */
  public Map<Long, AdminAccount> ofPeople(Collection<Long> personIds) {
    if (personIds.isEmpty()) {
      return Map.of();
    }
    return withGrants(accounts.selectByPersonIds(personIds)).stream()
        .collect(Collectors.toMap(AdminAccount::personId, Function.identity()));
  }

  /** Opens an account with the staff role for the person, with a password to change at login. */
  @Transactional
  public AdminAccount.TemporaryPassword open(
      CurrentUser admin, long personId, String displayName, String username) {
    String name = username == null ? "" : username.strip();
    if (!name.matches(USERNAME_PATTERN)) {
      throw ApiException.invalidField("username", "账号为 2–32 位小写字母、数字、点、下划线或连字符，以字母开头");
    }
    if (accounts.selectByUsername(name) != null) {
      throw ApiException.invalidField("username", "账号 " + name + " 已存在");
    }
    if (!accounts.selectByPersonIds(List.of(personId)).isEmpty()) {
      throw new ApiException(HttpStatus.CONFLICT, "account.exists", "该人员已有账号");
    }
    String password = temporaryPassword(name);
    accounts.insert(
        new UserAccount(
            null,
            name,
            personId,
            displayName,
            passwordEncoder.encode(password),
            true,
            0,
            null,
            true));
    accounts.insertGrant(accounts.selectByUsername(name).id(), Role.STAFF.code(), null);
    audit.record(admin.username(), "account.open", AUDIT_OBJECT, name, "person " + personId);
    return new AdminAccount.TemporaryPassword(name, password);
  }

  /** A new password the user must change at their next login; unlocks the account. */
  @Transactional
  public AdminAccount.TemporaryPassword resetPassword(CurrentUser admin, String username) {
    UserAccount account = existing(username);
    String password = temporaryPassword(account.username());
    accounts.setTemporaryPassword(account.id(), passwordEncoder.encode(password), clock.instant());
    audit.record(admin.username(), "account.password-reset", AUDIT_OBJECT, username, null);
    endSessions(username);
    return new AdminAccount.TemporaryPassword(account.username(), password);
  }

  @Transactional
  public AdminAccount unlock(CurrentUser admin, String username) {
    UserAccount account = existing(username);
    accounts.resetFailedLogins(account.id());
    audit.record(admin.username(), "account.unlock", AUDIT_OBJECT, username, null);
    return account(username);
  }

  @Transactional
  public AdminAccount setEnabled(CurrentUser admin, String username, boolean enabled) {
    UserAccount account = existing(username);
    if (!enabled && account.username().equals(admin.username())) {
      throw new ApiException(HttpStatus.CONFLICT, "account.self", "不能停用自己的账号");
    }
    accounts.updateEnabled(account.id(), enabled);
    audit.record(
        admin.username(),
        enabled ? "account.enable" : "account.disable",
        AUDIT_OBJECT,
        username,
        null);
    if (!enabled) {
      endSessions(username);
    }
    return account(username);
  }

  /** The person's account, if any, carries the person's new name. */
  public void renamePerson(long personId, String name) {
    accounts.updateDisplayName(personId, name);
  }

  /** Disables the person's account, if they have one: they left the roster. */
  @Transactional
  public void disableOfPerson(CurrentUser admin, long personId) {
    for (UserAccount account : accounts.selectByPersonIds(List.of(personId))) {
      if (account.enabled()) {
        setEnabled(admin, account.username(), false);
      }
    }
  }

  /** One requested role: the role's code and, for a branch role, the branch. */
  public record GrantRequest(String role, Long orgId) {}

  /**
   * Replaces the account's roles. Branch roles name a branch; no other role names one, except a
   * leader's department. {@code admin} and {@code auditor} are each held alone (三员分立): the
   * administrator reads no audit trail and no confidential content, the auditor reads only the
   * audit trail. An administrator does not change their own roles.
   */
  @Transactional
  public AdminAccount setGrants(CurrentUser admin, String username, List<GrantRequest> requested) {
    UserAccount account = existing(username);
    if (account.username().equals(admin.username())) {
      throw new ApiException(HttpStatus.CONFLICT, "account.self", "不能修改自己的角色");
    }
    if (requested == null || requested.isEmpty()) {
      throw ApiException.invalidField("grants", "至少保留一个角色；不再使用的账号请停用");
    }
    Set<Long> branches =
        orgs.branches().stream().map(OrgRef::id).collect(Collectors.toCollection(HashSet::new));
    Set<Long> active = orgs.activeOrgIds();
    Set<GrantRequest> unique = new LinkedHashSet<>();
    for (int i = 0; i < requested.size(); i++) {
      GrantRequest grant = requested.get(i);
      String field = "grants[" + i + "]";
      Role role =
          grant == null || grant.role() == null ? null : Role.ofCode(grant.role()).orElse(null);
      if (role == null) {
        throw ApiException.invalidField(field + ".role", "没有这个角色");
      }
      if (role.branchScoped() && (grant.orgId() == null || !branches.contains(grant.orgId()))) {
        throw ApiException.invalidField(field + ".orgId", role.label() + "须选择所在党支部");
      }
      if (!role.branchScoped()
          && grant.orgId() != null
          && !(role == Role.LEADER && active.contains(grant.orgId()))) {
        throw ApiException.invalidField(field + ".orgId", role.label() + "不按组织授予");
      }
      unique.add(grant);
    }
    Set<String> roles = unique.stream().map(GrantRequest::role).collect(Collectors.toSet());
    for (Role alone : List.of(Role.ADMIN, Role.AUDITOR)) {
      if (roles.contains(alone.code()) && roles.size() > 1) {
        throw ApiException.invalidField("grants", alone.label() + "不能兼任其他角色（系统管理员、安全审计员分设）");
      }
    }
    accounts.deleteGrants(account.id());
    unique.forEach(g -> accounts.insertGrant(account.id(), g.role(), g.orgId()));
    audit.record(
        admin.username(),
        "account.grants",
        AUDIT_OBJECT,
        username,
        unique.stream()
            .map(g -> g.orgId() == null ? g.role() : g.role() + "@" + g.orgId())
            .collect(Collectors.joining(", ")));
    endSessions(username);
    return account(username);
  }

  /** Someone holding a role in an organisation. */
  public record Holder(String username, String displayName) {}

  /** A branch's secretary (if any) and its committee members. */
  public record Leadership(Holder secretary, List<Holder> committee) {}

  public Leadership leadership(long orgId) {
    List<UserAccountMapper.OrgHolder> holders = accounts.selectHoldersInOrg(orgId);
    return new Leadership(
        holders.stream()
            .filter(h -> h.role().equals(Role.BRANCH_SECRETARY.code()))
            .map(h -> new Holder(h.username(), h.displayName()))
            .findFirst()
            .orElse(null),
        holders.stream()
            .filter(h -> h.role().equals(Role.BRANCH_COMMITTEE.code()))
            .map(h -> new Holder(h.username(), h.displayName()))
            .toList());
  }

  /**
   * Names the branch's secretary (or none) and its committee members: each an enabled account of a
   * person on the branch's roster. Those who gain or lose a role start afresh at their next
   * request.
   */
  @Transactional
  public Leadership setLeadership(
      CurrentUser admin, OrgRef branch, String secretary, List<String> committee) {
    List<UserAccount> members = new ArrayList<>();
    if (secretary != null && !secretary.isBlank()) {
      members.add(memberOf(branch, secretary.strip(), "secretary"));
    }
    List<UserAccount> committeeAccounts = new ArrayList<>();
    for (int i = 0; i < committee.size(); i++) {
      UserAccount member = memberOf(branch, committee.get(i), "committee[" + i + "]");
      if (committeeAccounts.stream().anyMatch(a -> a.id().equals(member.id()))) {
        throw ApiException.invalidField("committee[" + i + "]", member.displayName() + " 已在名单中");
      }
      committeeAccounts.add(member);
    }
    Set<String> touched =
        accounts.selectHoldersInOrg(branch.id()).stream()
            .map(UserAccountMapper.OrgHolder::username)
            .collect(Collectors.toCollection(HashSet::new));
    accounts.deleteGrantsInOrg(
        branch.id(), List.of(Role.BRANCH_SECRETARY.code(), Role.BRANCH_COMMITTEE.code()));
    members.forEach(m -> accounts.insertGrant(m.id(), Role.BRANCH_SECRETARY.code(), branch.id()));
    committeeAccounts.forEach(
        m -> accounts.insertGrant(m.id(), Role.BRANCH_COMMITTEE.code(), branch.id()));
    members.forEach(m -> touched.add(m.username()));
    committeeAccounts.forEach(m -> touched.add(m.username()));
    audit.record(
        admin.username(),
        "org.leadership",
        "org",
        String.valueOf(branch.id()),
        "secretary: "
            + (members.isEmpty() ? "-" : members.get(0).username())
            + "; committee: "
            + committeeAccounts.stream()
                .map(UserAccount::username)
                .collect(Collectors.joining(", ")));
    touched.forEach(this::endSessions);
    return leadership(branch.id());
  }

  /** Takes away every role held in the organisation (it is dissolved); who held one. */
  @Transactional
  public List<String> revokeAllIn(long orgId) {
    List<String> holders =
        accounts.selectHoldersInOrg(orgId).stream()
            .map(UserAccountMapper.OrgHolder::username)
            .distinct()
            .toList();
    accounts.deleteGrantsInOrg(
        orgId, java.util.Arrays.stream(Role.values()).map(Role::code).toList());
    holders.forEach(this::endSessions);
    return holders;
  }

  private UserAccount memberOf(OrgRef branch, String username, String field) {
    UserAccount account = username == null ? null : accounts.selectByUsername(username);
    if (account == null || !account.enabled()) {
      throw ApiException.invalidField(field, "账号不存在或已停用: " + username);
    }
    boolean inBranch =
        orgs.branchOfPerson(account.personId()).map(b -> b.id() == branch.id()).orElse(false);
    if (!inBranch) {
      throw ApiException.invalidField(
          field, account.displayName() + " 不是" + branch.name() + "的在册人员");
    }
    return account;
  }

  /** Ends every session of the user: what they may do changed. */
  private void endSessions(String username) {
    sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
  }

  private UserAccount existing(String username) {
    UserAccount account = username == null ? null : accounts.selectByUsername(username);
    if (account == null) {
      throw ApiException.notFound("账号不存在: " + username);
    }
    return account;
  }

  private List<AdminAccount> withGrants(List<UserAccount> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Map<Long, List<UserAccountMapper.UserGrant>> grants =
        accounts.selectGrantsOf(found.stream().map(UserAccount::id).toList()).stream()
            .collect(Collectors.groupingBy(UserAccountMapper.UserGrant::userId));
    Instant now = clock.instant();
    List<AdminAccount> result = new ArrayList<>();
    for (UserAccount a : found) {
      result.add(
          new AdminAccount(
              a.username(),
              a.displayName(),
              a.personId(),
              a.enabled(),
              a.lockedUntil() != null && a.lockedUntil().isAfter(now) ? a.lockedUntil() : null,
              a.passwordMustChange(),
              grants.getOrDefault(a.id(), List.of()).stream()
                  .map(g -> new AdminAccount.Grant(g.role(), g.orgId(), g.orgName()))
                  .toList()));
    }
    return result;
  }

  private String temporaryPassword(String username) {
    while (true) {
      StringBuilder password = new StringBuilder();
      String all = UPPER + LOWER + DIGITS + SYMBOLS;
      for (String set : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
        password.append(set.charAt(random.nextInt(set.length())));
      }
      while (password.length() < 12) {
        password.append(all.charAt(random.nextInt(all.length())));
      }
      for (int i = password.length() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        char c = password.charAt(i);
        password.setCharAt(i, password.charAt(j));
        password.setCharAt(j, c);
      }
      try {
        passwordPolicy.check("password", username, password.toString());
        return password.toString();
      } catch (ApiException containsTheUsername) {
        // draw again
      }
    }
  }
}
