package cn.ronghe.org;

import cn.ronghe.security.AdminAccount;
import cn.ronghe.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** People, for the administrator ({@code /api/admin/**} is theirs alone). */
@RestController
class PeopleAdminController {

  private final PeopleAdmin people;

  PeopleAdminController(PeopleAdmin people) {
    this.people = people;
  }

  @GetMapping("/api/admin/people")
  Page<AdminPerson> page(
      @RequestParam(required = false) @Size(max = 50, message = "最多 50 个字") String q,
      @RequestParam(required = false) Long orgId,
      @RequestParam(defaultValue = "active") String active,
      @RequestParam(defaultValue = "1") @Min(1) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return people.page(q, orgId, standing(active), page, size);
  }

  @GetMapping("/api/admin/people/{id}")
  AdminPerson person(@PathVariable long id) {
    return people.person(id);
  }

  @PostMapping("/api/admin/people")
  @ResponseStatus(HttpStatus.CREATED)
  AdminPerson create(
      @AuthenticationPrincipal CurrentUser admin, @Valid @RequestBody PersonFacts body) {
    return people.create(admin, body);
  }

  @PutMapping("/api/admin/people/{id}")
  AdminPerson update(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @Valid @RequestBody PersonFacts body) {
    return people.update(admin, id, body);
  }

  record Reason(
      @NotBlank(message = "请填写原因") @Size(max = 500, message = "原因最多 500 个字") String reason) {}

  @PostMapping("/api/admin/people/{id}/deactivate")
  AdminPerson deactivate(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @Valid @RequestBody Reason body) {
    return people.deactivate(admin, id, body.reason());
  }

  @PostMapping("/api/admin/people/{id}/reactivate")
  AdminPerson reactivate(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @Valid @RequestBody Reason body) {
    return people.reactivate(admin, id, body.reason());
  }

  record StatusChange(
      @NotBlank(message = "请选择政治面貌") @Size(max = 30, message = "没有这个政治面貌") String status,
      @NotNull(message = "请填写生效日期") LocalDate effectiveOn,
      @NotBlank(message = "请填写变更原因") @Size(max = 500, message = "原因最多 500 个字") String reason) {}

  @PostMapping("/api/admin/people/{id}/member-status")
  AdminPerson changeStatus(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @Valid @RequestBody StatusChange body) {
    return people.changeStatus(admin, id, body.status(), body.effectiveOn(), body.reason());
  }

  record NewAccount(
      @NotBlank(message = "请填写账号") @Size(max = 32, message = "账号最多 32 位") String username) {}

  @PostMapping("/api/admin/people/{id}/account")
  @ResponseStatus(HttpStatus.CREATED)
  AdminAccount.TemporaryPassword openAccount(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @Valid @RequestBody NewAccount body) {
    return people.openAccount(admin, id, body.username());
  }

  private static PeopleAdmin.Standing standing(String active) {
    return switch (active) {
      case "true", "active" -> PeopleAdmin.Standing.ACTIVE;
      case "false", "inactive" -> PeopleAdmin.Standing.INACTIVE;
      case "all" -> PeopleAdmin.Standing.ALL;
      default -> throw cn.ronghe.system.ApiException.invalidField("active", "取值为 true、false 或 all");
    };
  }
}
