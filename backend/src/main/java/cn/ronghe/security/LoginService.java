package cn.ronghe.security;

import cn.ronghe.audit.AuditService;
import cn.ronghe.org.OrgService;
import cn.ronghe.settings.Rule;
import cn.ronghe.settings.Rules;
import cn.ronghe.system.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks passwords and keeps the count of failed logins in the database, so a lockout holds on
 * every node of a cluster.
 */
@Service
public class LoginService {

  private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");

  private static final String AUDIT_USER = "user";

  private final UserAccountMapper accounts;
  private final AuditService audit;
  private final OrgService orgService;
  private final PasswordEncoder passwordEncoder;
  private final PasswordPolicy passwordPolicy;
  private final Rules rules;
  private final Clock clock;

  /** Compared against when the username is unknown, so both cases take the same time. */
  private final String unknownUserHash;

  LoginService(
      UserAccountMapper accounts,
      OrgService orgService,
      PasswordEncoder passwordEncoder,
      PasswordPolicy passwordPolicy,
      Rules rules,
      AuditService audit,
      Clock clock) {
    this.accounts = accounts;
    this.audit = audit;
    this.orgService = orgService;
    this.passwordEncoder = passwordEncoder;
    this.passwordPolicy = passwordPolicy;
    this.rules = rules;
    this.clock = clock;
    this.unknownUserHash = passwordEncoder.encode("unknown-user-placeholder");
  }

  /**
   * The user for these credentials; otherwise 401, or 423 while the account is locked. Runs in its
   * own transaction so a failed attempt is counted, and audited, even though the caller gets an
   * error. Every attempt leaves one audit row: {@code auth.login} or {@code auth.login-failed}.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = ApiException.class)
  public CurrentUser authenticate(String username, String password) {
    UserAccount account = accounts.selectByUsername(username);
    if (account == null || !account.enabled()) {
      passwordEncoder.matches(password, unknownUserHash);
      loginFailed(username, account == null ? "unknown user" : "account disabled");
      throw badCredentials();
    }
    Instant now = clock.instant();
    if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
      loginFailed(username, "locked until " + account.lockedUntil());
      throw locked(account.lockedUntil());
    }
    if (!passwordEncoder.matches(password, account.passwordHash())) {
      accounts.incrementFailedLogins(account.id());
      Instant until = now.plus(rules.duration(Rule.SECURITY_LOCKOUT));
      if (accounts.lockIfFailedAtLeast(
              account.id(), rules.value(Rule.SECURITY_MAX_FAILED_LOGINS), until)
          > 0) {
        loginFailed(username, "wrong password, now locked until " + until);
        throw locked(until);
      }
      loginFailed(username, "wrong password");
      throw badCredentials();
    }
    if (account.failedLogins() > 0 || account.lockedUntil() != null) {
      accounts.resetFailedLogins(account.id());
    }
    audit.record(account.username(), "auth.login", AUDIT_USER, account.username(), null);
    return load(account);
  }

  /** The current user as stored now (roles may have changed since login). */
  public CurrentUser load(UserAccount account) {
    return new CurrentUser(
        account.id(),
        account.username(),
        account.displayName(),
        account.personId(),
        orgService.branchOfPerson(account.personId()).orElse(null),
        accounts.selectGrants(account.id()),
        account.passwordMustChange());
  }

  @Transactional
  public void changePassword(CurrentUser user, String currentPassword, String newPassword) {
    UserAccount account = accounts.selectByUsername(user.username());
    if (account == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
      throw ApiException.invalidField("currentPassword", "当前密码不正确");
    }
    passwordPolicy.check("newPassword", user.username(), newPassword);
    if (passwordEncoder.matches(newPassword, account.passwordHash())) {
      throw ApiException.invalidField("newPassword", "新密码不能与当前密码相同");
    }
    accounts.updatePassword(account.id(), passwordEncoder.encode(newPassword), clock.instant());
    audit.record(user.username(), "auth.password", AUDIT_USER, user.username(), null);
  }

  /** After logout: the session is gone. */
  public void loggedOut(String username) {
    audit.record(username, "auth.logout", AUDIT_USER, username, null);
  }

  private void loginFailed(String username, String why) {
    String name = username.length() <= 64 ? username : username.substring(0, 64);
    audit.record(name, "auth.login-failed", AUDIT_USER, name, why);
  }

  private static ApiException badCredentials() {
    return new ApiException(HttpStatus.UNAUTHORIZED, "auth.bad-credentials", "用户名或密码错误");
  }

  private ApiException locked(Instant until) {
    String at = LocalDateTime.ofInstant(until, clock.getZone()).format(UNTIL);
    return new ApiException(
        HttpStatus.LOCKED,
        "auth.locked",
        "连续 "
            + rules.value(Rule.SECURITY_MAX_FAILED_LOGINS)
            + " 次密码错误，账号已锁定至 "
            + at
            + "，请稍后再试或联系管理员");
  }
}
