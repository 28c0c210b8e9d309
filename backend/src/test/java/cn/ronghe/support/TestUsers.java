package cn.ronghe.support;

import cn.ronghe.org.OrgMapper;
import cn.ronghe.org.Person;
import cn.ronghe.org.PersonMapper;
import cn.ronghe.security.UserAccount;
import cn.ronghe.security.UserAccountMapper;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates throw-away logins for tests, so tests never depend on each other's changes. */
@Component
public class TestUsers {

  public static final String PASSWORD = "Test@Pass2026";

  private final UserAccountMapper accounts;
  private final OrgMapper orgs;
  private final PersonMapper people;
  private final PasswordEncoder passwordEncoder;
  private String passwordHash;

  TestUsers(
      UserAccountMapper accounts,
      OrgMapper orgs,
      PersonMapper people,
      PasswordEncoder passwordEncoder) {
    this.accounts = accounts;
    this.orgs = orgs;
    this.people = people;
    this.passwordEncoder = passwordEncoder;
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /**
   * A well-formed resident ID number nobody else has (in all likelihood): a random region, birth
   * date in 1960–1999 and sequence.
   */
  public static String idNumber(String gender) {
    String region = String.valueOf(110000 + RANDOM.nextInt(540000));
    LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(RANDOM.nextInt(365 * 40));
    return cn.ronghe.org.IdNumbers.of(region, birth, RANDOM.nextInt(500), gender);
  }

  /** A new user holding the given grants: a role code, or role@orgCode for a branch role. */
  public String create(String... grants) {
    return createAccount(null, grants);
  }

  /**
   * A new user with a person record in the organisation (a branch or one of its groups), born on
   * {@code birthDate}, with the registry status given (a {@code MemberStatus} code), and the
   * grants.
   */
  public String createPerson(
      String orgCode, LocalDate birthDate, String memberStatus, String... grants) {
    String idNumber = "9" + UUID.randomUUID().toString().replaceAll("[^0-9]", "0").substring(0, 17);
    people.insert(
        new Person(
            null,
            "测试人员",
            "F",
            birthDate,
            idNumber,
            "测试岗位",
            orgs.selectByCode(orgCode).id(),
            memberStatus,
            null));
    return createAccount(people.selectIdByIdNumber(idNumber), grants);
  }

  private String createAccount(Long personId, String... grants) {
    if (passwordHash == null) {
      passwordHash = passwordEncoder.encode(PASSWORD);
    }
    String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    accounts.insert(
        new UserAccount(
            null,
            username,
            personId,
            "测试" + username.substring(1, 5),
            passwordHash,
            true,
            0,
            null,
            false));
    long id = accounts.selectByUsername(username).id();
    for (String grant : grants) {
      String[] parts = grant.split("@");
      Long orgId = parts.length > 1 ? orgs.selectByCode(parts[1]).id() : null;
      accounts.insertGrant(id, parts[0], orgId);
    }
    return username;
  }
}
