package cn.ronghe.support;

import cn.ronghe.org.OrgMapper;
import cn.ronghe.security.UserAccount;
import cn.ronghe.security.UserAccountMapper;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates throw-away logins for tests, so tests never depend on each other's changes. */
@Component
public class TestUsers {

  public static final String PASSWORD = "Test@Pass2026";

  private final UserAccountMapper accounts;
  private final OrgMapper orgs;
  private final PasswordEncoder passwordEncoder;
  private String passwordHash;

  TestUsers(UserAccountMapper accounts, OrgMapper orgs, PasswordEncoder passwordEncoder) {
    this.accounts = accounts;
    this.orgs = orgs;
    this.passwordEncoder = passwordEncoder;
  }

  /** A new user holding the given grants: a role code, or role@orgCode for a branch role. */
  public String create(String... grants) {
    if (passwordHash == null) {
      passwordHash = passwordEncoder.encode(PASSWORD);
    }
    String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    accounts.insert(
        new UserAccount(
            null, username, null, "测试" + username.substring(1, 5), passwordHash, true, 0, null));
    long id = accounts.selectByUsername(username).id();
    for (String grant : grants) {
      String[] parts = grant.split("@");
      Long orgId = parts.length > 1 ? orgs.selectByCode(parts[1]).id() : null;
      accounts.insertGrant(id, parts[0], orgId);
    }
    return username;
  }
}
