package cn.ronghe.settings;

import cn.ronghe.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The rules' settings page ({@code /api/admin/**}: the administrator's). */
@RestController
class SettingsController {

  private final Rules rules;

  SettingsController(Rules rules) {
    this.rules = rules;
  }

  @GetMapping("/api/admin/settings")
  List<Rules.Setting> settings() {
    return rules.all();
  }

  /** The new values by rule; each is checked to be a whole number within the rule's bounds. */
  record Change(@NotNull(message = "请填写要修改的设置") Map<String, Object> values) {}

  @PutMapping("/api/admin/settings")
  List<Rules.Setting> update(
      @AuthenticationPrincipal CurrentUser admin, @Valid @RequestBody Change body) {
    return rules.update(admin, body.values());
  }
}
