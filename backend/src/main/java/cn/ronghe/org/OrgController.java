package cn.ronghe.org;

import cn.ronghe.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The organisation tree and the people in it. */
@RestController
class OrgController {

  private final OrgService orgService;

  OrgController(OrgService orgService) {
    this.orgService = orgService;
  }

  @GetMapping("/api/orgs")
  List<OrgNode> tree() {
    return orgService.tree();
  }

  @GetMapping("/api/people")
  Page<PersonRow> people(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) Long orgId,
      @RequestParam(defaultValue = "1") @Min(1) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return orgService.people(user, orgId, page, size);
  }

  /** The member registry entry of a person and how it changed, step by step. */
  @GetMapping("/api/people/{id}/member-history")
  OrgService.MemberHistory memberHistory(
      @AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    return orgService.memberHistory(user, id);
  }
}
