package cn.ronghe.org;

import cn.ronghe.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The organisation tree's editor ({@code /api/admin/**}: the administrator's). */
@RestController
class OrgAdminController {

  private final OrgAdmin orgs;

  OrgAdminController(OrgAdmin orgs) {
    this.orgs = orgs;
  }

  @GetMapping("/api/admin/orgs/{id}")
  OrgAdmin.OrgDetail detail(@PathVariable long id) {
    return orgs.detail(id);
  }

  record NewOrg(
      @NotBlank(message = "请填写组织编码") @Size(max = 64, message = "组织编码最多 64 位") String code,
      @NotBlank(message = "请填写组织名称") @Size(max = 100, message = "组织名称最多 100 个字") String name,
      @NotBlank(message = "请选择组织类型") @Size(max = 20, message = "没有这个组织类型") String type,
      Long parentId) {}

  @PostMapping("/api/admin/orgs")
  @ResponseStatus(HttpStatus.CREATED)
  OrgAdmin.OrgDetail create(
      @AuthenticationPrincipal CurrentUser admin, @Valid @RequestBody NewOrg body) {
    return orgs.create(admin, body.code(), body.name(), body.type(), body.parentId());
  }

  record OrgChange(
      @NotBlank(message = "请填写组织名称") @Size(max = 100, message = "组织名称最多 100 个字") String name,
      Long parentId) {}

  @PutMapping("/api/admin/orgs/{id}")
  OrgAdmin.OrgDetail update(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @Valid @RequestBody OrgChange body) {
    return orgs.update(admin, id, body.name(), body.parentId());
  }

  record Dissolve(
      Long moveTo,
      @NotBlank(message = "请填写撤销原因") @Size(max = 500, message = "原因最多 500 个字") String reason) {}

  @PostMapping("/api/admin/orgs/{id}/dissolve")
  OrgAdmin.Dissolution dissolve(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @Valid @RequestBody Dissolve body) {
    return orgs.dissolve(admin, id, body.moveTo(), body.reason());
  }

  record Leadership(
      @Size(max = 64, message = "账号最多 64 位") String secretary,
      @Size(max = 15, message = "支部委员最多 15 人")
          List<@NotBlank(message = "请选择人员") @Size(max = 64, message = "账号最多 64 位") String>
              committee) {}

  @PutMapping("/api/admin/orgs/{id}/leadership")
  OrgAdmin.OrgDetail setLeadership(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @Valid @RequestBody Leadership body) {
    return orgs.setLeadership(
        admin, id, body.secretary(), body.committee() == null ? List.of() : body.committee());
  }
}
