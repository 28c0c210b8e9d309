package cn.ronghe.security;

import cn.ronghe.org.OrgRef;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is logged in: kept in the server session as the authentication's principal. Its name, for
 * Spring Security and the session table's principal column, is the username.
 */
public record CurrentUser(
    long userId,
    String username,
    String displayName,
    Long personId,
    OrgRef branch,
    List<RoleGrant> grants,
    boolean passwordMustChange)
    implements Serializable, AuthenticatedPrincipal {

  public CurrentUser {
    grants = List.copyOf(grants);
  }

  /** The same user after choosing a new password. */
  public CurrentUser withPasswordChanged() {
    return new CurrentUser(userId, username, displayName, personId, branch, grants, false);
  }

  @Override
  public String getName() {
    return username;
  }

  /** Role codes, each once, in the order of {@link Role}. */
  public List<String> roles() {
    Set<String> held = grants.stream().map(RoleGrant::role).collect(Collectors.toSet());
    return java.util.Arrays.stream(Role.values()).map(Role::code).filter(held::contains).toList();
  }

  public boolean hasRole(Role role) {
    return grants.stream().anyMatch(g -> g.role().equals(role.code()));
  }

  /** The organisations in which the user holds the given branch-scoped role. */
  public Set<Long> orgsWhere(Role role) {
    return grants.stream()
        .filter(g -> g.role().equals(role.code()) && g.orgId() != null)
        .map(RoleGrant::orgId)
        .collect(Collectors.toSet());
  }

  /**
   * The branches (codes) the user answers for as a secretary or committee member: whose lists,
   * registers and views they see.
   */
  public Set<String> branchesOverseen() {
    return grants.stream()
        .filter(
            g ->
                g.orgCode() != null
                    && (Role.BRANCH_SECRETARY.code().equals(g.role())
                        || Role.BRANCH_COMMITTEE.code().equals(g.role())))
        .map(RoleGrant::orgCode)
        .collect(Collectors.toSet());
  }

  /** The Camunda candidate groups of the user, derived from the same grants. */
  public List<String> candidateGroups() {
    return grants.stream().map(RoleGrant::candidateGroup).distinct().toList();
  }
}
