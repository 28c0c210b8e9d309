package cn.ronghe.security;

import cn.ronghe.security.UserDirectory.DirectoryUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Finding a person to hand a task to or copy in: by username or name, for any logged-in user. */
@RestController
class UserSearchController {

  private final UserDirectory directory;

  UserSearchController(UserDirectory directory) {
    this.directory = directory;
  }

  @GetMapping("/api/users")
  List<DirectoryUser> search(
      @RequestParam @NotBlank @Size(max = 50) String q,
      @RequestParam(defaultValue = "20") @Min(1) @Max(50) int limit) {
    return directory.search(q.trim(), limit);
  }
}
