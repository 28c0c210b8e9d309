package cn.ronghe.security;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Login accounts and their role grants. */
@Mapper
public interface UserAccountMapper {

  UserAccount selectByUsername(String username);

  List<UserAccount> selectByUsernames(@Param("usernames") List<String> usernames);

  List<RoleGrant> selectGrants(long userId);

  /** Enabled accounts whose username or name contains the text, by name. */
  List<UserAccount> selectMatching(@Param("like") String like, @Param("limit") int limit);

  /** Enabled accounts of active people, with the organisation each belongs to, by name. */
  List<UserDirectory.PersonUser> selectPeopleWithAccounts();

  /** Usernames of everyone holding the role, optionally only within one organisation. */
  List<String> selectUsernamesByGrant(@Param("role") String role, @Param("orgCode") String orgCode);

  /** All candidate groups that exist: each global role held by someone, each role:org pair. */
  List<RoleGrant> selectDistinctGrants();

  void insert(UserAccount account);

  void insertGrant(
      @Param("userId") long userId, @Param("role") String role, @Param("orgId") Long orgId);

  int updatePassword(
      @Param("id") long id,
      @Param("passwordHash") String passwordHash,
      @Param("changedAt") Instant changedAt);

  int incrementFailedLogins(long id);

  /** Locks the account when it has reached the limit of failed logins; 1 when it did. */
  int lockIfFailedAtLeast(
      @Param("id") long id, @Param("limit") int limit, @Param("until") Instant until);

  int resetFailedLogins(long id);

  /** Sets a password its owner must change at the next login, and unlocks the account. */
  int setTemporaryPassword(
      @Param("id") long id,
      @Param("passwordHash") String passwordHash,
      @Param("changedAt") Instant changedAt);

  int updateEnabled(@Param("id") long id, @Param("enabled") boolean enabled);

  /** The display name of the person's account follows the person's name. */
  int updateDisplayName(@Param("personId") long personId, @Param("displayName") String displayName);

  int deleteGrants(long userId);

  /** Who holds which role in the organisation, by role then name. */
  List<OrgHolder> selectHoldersInOrg(long orgId);

  /** A role held in an organisation, and by whom. */
  record OrgHolder(String role, String username, String displayName) {}

  int deleteGrantsInOrg(
      @Param("orgId") long orgId, @Param("roles") java.util.Collection<String> roles);

  /** Every account (enabled or not) whose username or name matches, by username; all when null. */
  List<UserAccount> selectForAdmin(@Param("like") String like, @Param("limit") int limit);

  List<UserAccount> selectByPersonIds(@Param("personIds") java.util.Collection<Long> personIds);

  /** The grants of the users, with the names of their organisations. */
  List<UserGrant> selectGrantsOf(@Param("userIds") java.util.Collection<Long> userIds);

  /** A grant with its user and the name of its organisation. */
  record UserGrant(long userId, String role, Long orgId, String orgCode, String orgName) {}
}
