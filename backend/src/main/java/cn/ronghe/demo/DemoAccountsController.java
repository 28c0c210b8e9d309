package cn.ronghe.demo;

import cn.ronghe.org.OrgRef;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.security.LoginService;
import cn.ronghe.security.UserAccount;
import cn.ronghe.security.UserAccountMapper;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** In demo mode only: the demo logins, so the login page can offer them. */
@RestController
@ConditionalOnProperty(name = "ronghe.demo", havingValue = "true")
class DemoAccountsController {

  private final UserAccountMapper accounts;
  private final LoginService loginService;

  DemoAccountsController(UserAccountMapper accounts, LoginService loginService) {
    this.accounts = accounts;
    this.loginService = loginService;
  }

  record DemoAccount(String username, String displayName, List<String> roles, OrgRef branch) {}

  record DemoAccounts(String password, List<DemoAccount> accounts) {}

  @GetMapping("/api/auth/demo-accounts")
  DemoAccounts demoAccounts() {
    List<DemoAccount> list =
        DemoData.ACCOUNTS.stream()
            .map(a -> accounts.selectByUsername(a.username()))
            .filter(Objects::nonNull)
            .filter(UserAccount::enabled)
            .map(loginService::load)
            .map(DemoAccountsController::toDemoAccount)
            .toList();
    return new DemoAccounts(DemoData.PASSWORD, list);
  }

  private static DemoAccount toDemoAccount(CurrentUser user) {
    return new DemoAccount(user.username(), user.displayName(), user.roles(), user.branch());
  }
}
