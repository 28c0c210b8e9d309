package cn.ronghe.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Login accounts, for the administrator ({@code /api/admin/**} is theirs alone). */
@RestController
class AccountAdminController {

  private final AccountAdmin accounts;

  AccountAdminController(AccountAdmin accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/api/admin/accounts")
  List<AdminAccount> accounts(
      @RequestParam(required = false) @Size(max = 64, message = "最多 64 个字") String q) {
    return accounts.accounts(q);
  }

  @PostMapping("/api/admin/accounts/{username}/password-reset")
  AdminAccount.TemporaryPassword resetPassword(
      @AuthenticationPrincipal CurrentUser admin, @PathVariable String username) {
    return accounts.resetPassword(admin, username);
  }

  @PostMapping("/api/admin/accounts/{username}/unlock")
  AdminAccount unlock(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username) {
    return accounts.unlock(admin, username);
  }

  @PostMapping("/api/admin/accounts/{username}/enable")
  AdminAccount enable(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username) {
    return accounts.setEnabled(admin, username, true);
  }

  @PostMapping("/api/admin/accounts/{username}/disable")
  AdminAccount disable(@AuthenticationPrincipal CurrentUser admin, @PathVariable String username) {
    return accounts.setEnabled(admin, username, false);
  }

  record Grants(
      @NotNull(message = "请选择角色") @Size(max = 20, message = "最多 20 个角色")
          List<AccountAdmin.GrantRequest> grants) {}

  @PutMapping("/api/admin/accounts/{username}/grants")
  AdminAccount setGrants(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable String username,
      @Valid @RequestBody Grants body) {
    return accounts.setGrants(admin, username, body.grants());
  }
}
