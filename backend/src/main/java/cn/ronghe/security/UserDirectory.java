package cn.ronghe.security;

import cn.ronghe.org.OrgRef;
import cn.ronghe.org.OrgService;
import cn.ronghe.system.LikePatterns;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Users and candidate groups as the workflow engine sees them, read from the same tables as the
 * logins: there is no second list of users or groups to keep in step.
 */
@Service
public class UserDirectory {

  private final UserAccountMapper accounts;
  private final PasswordEncoder passwordEncoder;
  private final OrgService orgs;

  UserDirectory(UserAccountMapper accounts, PasswordEncoder passwordEncoder, OrgService orgs) {
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.orgs = orgs;
  }

  /** A user as the engine knows them: id is the username. */
  public record DirectoryUser(String username, String displayName) {}

  /** A candidate group: a role, or a branch role in one organisation. */
  public record DirectoryGroup(String id, Role role, String orgCode) {}

  /** A person who can log in: username, name and the organisation of their person record. */
  public record PersonUser(String username, String displayName, String orgName) {}

  /** Everyone who is a person of the court and can log in, by name. */
  public List<PersonUser> peopleWithAccounts() {
    return accounts.selectPeopleWithAccounts();
  }

  public Optional<DirectoryUser> user(String username) {
    return Optional.ofNullable(accounts.selectByUsername(username))
        .filter(UserAccount::enabled)
        .map(a -> new DirectoryUser(a.username(), a.displayName()));
  }

  public List<DirectoryUser> users(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return List.of();
    }
    return accounts.selectByUsernames(List.copyOf(usernames)).stream()
        .filter(UserAccount::enabled)
        .map(a -> new DirectoryUser(a.username(), a.displayName()))
        .toList();
  }

  /** People to pick (transfer, delegate, copy in): enabled users whose username or name matches. */
  public List<DirectoryUser> search(String text, int limit) {
    return accounts.selectMatching(LikePatterns.containing(text), limit).stream()
        .map(a -> new DirectoryUser(a.username(), a.displayName()))
        .toList();
  }

  /** Members of a candidate group; empty when no such group exists. */
  public List<String> members(String groupId) {
    return group(groupId)
        .map(g -> accounts.selectUsernamesByGrant(g.role().code(), g.orgCode()))
        .orElse(List.of());
  }

  /** The person record of the user's account, if it has one. */
  public Optional<Long> personOf(String username) {
    return Optional.ofNullable(accounts.selectByUsername(username)).map(UserAccount::personId);
  }

  /** The code of the branch the user works in (from their person record), if they have one. */
  public Optional<String> branchOf(String username) {
    UserAccount account = accounts.selectByUsername(username);
    if (account == null) {
      return Optional.empty();
    }
    return orgs.branchOfPerson(account.personId()).map(OrgRef::code);
  }

  public List<DirectoryGroup> groupsOf(String username) {
    UserAccount account = accounts.selectByUsername(username);
    if (account == null || !account.enabled()) {
      return List.of();
    }
    return toGroups(accounts.selectGrants(account.id()));
  }

  /** Every candidate group someone belongs to. */
  public List<DirectoryGroup> allGroups() {
    return toGroups(accounts.selectDistinctGrants());
  }

  public Optional<DirectoryGroup> group(String groupId) {
    String roleCode = groupId;
    String orgCode = null;
    int colon = groupId.indexOf(':');
    if (colon > 0) {
      roleCode = groupId.substring(0, colon);
      orgCode = groupId.substring(colon + 1);
    }
    String org = orgCode;
    return Role.ofCode(roleCode)
        .filter(r -> r.branchScoped() == (org != null))
        .map(r -> new DirectoryGroup(groupId, r, org));
  }

  public boolean checkPassword(String username, String password) {
    UserAccount account = accounts.selectByUsername(username);
    return account != null
        && account.enabled()
        && password != null
        && passwordEncoder.matches(password, account.passwordHash());
  }

  private static List<DirectoryGroup> toGroups(List<RoleGrant> grants) {
    List<DirectoryGroup> groups = new ArrayList<>();
    for (RoleGrant g : grants) {
      Role.ofCode(g.role())
          .ifPresent(
              role -> {
                DirectoryGroup group =
                    new DirectoryGroup(
                        g.candidateGroup(), role, role.branchScoped() ? g.orgCode() : null);
                if (!groups.contains(group)) {
                  groups.add(group);
                }
              });
    }
    return groups;
  }
}
