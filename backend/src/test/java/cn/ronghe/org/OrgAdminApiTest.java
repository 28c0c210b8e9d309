package cn.ronghe.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.IntakeApplication;
import cn.ronghe.support.Leftovers;
import cn.ronghe.support.TestUsers;
import cn.ronghe.system.ClockConfig;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The organisation tree's editor: a branch and its group founded, renamed and moved where the tree
 * allows; a branch's secretary and committee named from its own people, their roles holding at
 * their next login; a group dissolved with its people moved, never while it has sub-organisations
 * or open tasks.
 */
@ApplicationTest
@ExtendWith(Leftovers.class)
class OrgAdminApiTest {

  static final String DEMO = "Ronghe@2026";

  @LocalServerPort int port;
  @Autowired TestUsers users;
  @Autowired JdbcTemplate jdbc;

  ApiClient admin() {
    return ApiClient.loggedIn(port, "admin", DEMO);
  }

  long orgId(String code) {
    return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
  }

  static String code() {
    return "t-" + UUID.randomUUID().toString().substring(0, 8);
  }

  long create(ApiClient admin, String code, String name, String type, Long parentId) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("type", type);
    body.put("parentId", parentId);
    Response created = admin.post("/api/admin/orgs", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  @Test
  void organisationsAreFoundedRenamedAndMovedWhereTheTreeAllows() {
    ApiClient admin = admin();
    String branchCode = code();
    long branch = create(admin, branchCode, "第九党支部", "branch", orgId("committee"));
    long group = create(admin, code(), "第九党小组", "group", branch);

    Map<String, Object> underCommittee =
        new HashMap<>(
            Map.of("code", code(), "name", "错挂", "type", "group", "parentId", orgId("committee")));
    Response wrong = admin.post("/api/admin/orgs", underCommittee);
    assertThat(wrong.fields()).containsExactly("parentId");
    assertThat(wrong.json().path("detail").asText()).isEqualTo("党小组的上级应为党支部");
    assertThat(
            admin
                .post(
                    "/api/admin/orgs",
                    Map.of(
                        "code",
                        branchCode,
                        "name",
                        "重复",
                        "type",
                        "branch",
                        "parentId",
                        orgId("committee")))
                .fields())
        .containsExactly("code");
    assertThat(
            admin
                .post("/api/admin/orgs", Map.of("code", code(), "name", "x", "type", "kingdom"))
                .fields())
        .containsExactly("type");

    JsonNode moved =
        admin
            .put(
                "/api/admin/orgs/" + group,
                Map.of("name", "第九党小组（审判）", "parentId", orgId("branch-2")))
            .json();
    assertThat(moved.path("parentId").asLong()).isEqualTo(orgId("branch-2"));
    assertThat(moved.path("name").asText()).isEqualTo("第九党小组（审判）");
    assertThat(
            jdbc.queryForObject(
                "select detail from audit_event where action = 'org.move' and object_id = ?",
                String.class,
                String.valueOf(group)))
        .contains("parent: " + branch + " → " + orgId("branch-2"));
    assertThat(
            admin
                .put("/api/admin/orgs/" + branch, Map.of("name", "第九党支部", "parentId", group))
                .fields())
        .containsExactly("parentId");
    assertThat(admin.get("/api/orgs").body()).contains("第九党小组（审判）");
  }

  @Test
  void aBranchsSecretaryAndCommitteeAreItsOwnPeopleAndTheirRolesHoldAtTheirNextLogin() {
    ApiClient admin = admin();
    String branchCode = code();
    long branch = create(admin, branchCode, "第十党支部", "branch", orgId("committee"));
    String secretary = person(admin, branch);
    String member = person(admin, branch);
    ApiClient before = ApiClient.loggedIn(port, secretary, TestUsers.PASSWORD);
    String outsider =
        users.createPerson("branch-1-civil", LocalDate.of(1985, 1, 1), "full", "staff");

    Map<String, Object> withOutsider = new HashMap<>();
    withOutsider.put("secretary", secretary);
    withOutsider.put("committee", List.of(member, outsider));
    Response refused = admin.put("/api/admin/orgs/" + branch + "/leadership", withOutsider);
    assertThat(refused.fields()).containsExactly("committee[1]");

    Map<String, Object> leaders = new HashMap<>();
    leaders.put("secretary", secretary);
    leaders.put("committee", List.of(member));
    JsonNode named = admin.put("/api/admin/orgs/" + branch + "/leadership", leaders).json();
    assertThat(named.path("leadership").path("secretary").path("username").asText())
        .isEqualTo(secretary);
    assertThat(named.path("leadership").path("committee").findValuesAsText("username"))
        .containsExactly(member);
    assertThat(before.get("/api/auth/me").status())
        .as("the session without the role ended")
        .isEqualTo(401);
    ApiClient now = ApiClient.loggedIn(port, secretary, TestUsers.PASSWORD);
    assertThat(now.get("/api/auth/me").json().path("roles").toString())
        .contains("branch-secretary");
    assertThat(now.get("/api/people?orgId=" + branch).json().path("total").asLong()).isEqualTo(2);
    assertThat(now.get("/api/people?orgId=" + orgId("branch-1")).status()).isEqualTo(403);

    Map<String, Object> none = new HashMap<>();
    none.put("secretary", null);
    none.put("committee", List.of());
    assertThat(
            admin
                .put("/api/admin/orgs/" + branch + "/leadership", none)
                .json()
                .path("leadership")
                .path("secretary")
                .isMissingNode())
        .isTrue();
    long group = create(admin, code(), "小组", "group", branch);
    assertThat(admin.put("/api/admin/orgs/" + group + "/leadership", leaders).status())
        .isEqualTo(409);
  }

  @Test
  void aGroupIsDissolvedWithItsPeopleMovedNeverWithSubOrganisationsOrOpenTasks() {
    ApiClient admin = admin();
    String branchCode = code();
    long branch = create(admin, branchCode, "第十一党支部", "branch", orgId("committee"));
    long group = create(admin, code(), "待撤销党小组", "group", branch);
    String inGroup = person(admin, group);
    long personId =
        jdbc.queryForObject(
            "select person_id from app_user where username = ?", Long.class, inGroup);

    Response withChildren =
        admin.post(
            "/api/admin/orgs/" + branch + "/dissolve",
            Map.of("reason", "机构调整", "moveTo", orgId("branch-2")));
    assertThat(withChildren.status()).isEqualTo(409);
    assertThat(withChildren.json().path("code").asText()).isEqualTo("org.has-children");
    assertThat(
            admin.post("/api/admin/orgs/" + group + "/dissolve", Map.of("reason", "机构调整")).fields())
        .as("its people must go somewhere")
        .containsExactly("moveTo");
    assertThat(
            admin
                .post("/api/admin/orgs/" + orgId("committee") + "/dissolve", Map.of("reason", "x"))
                .status())
        .isEqualTo(409);

    JsonNode dissolved =
        admin
            .post(
                "/api/admin/orgs/" + group + "/dissolve",
                Map.of("reason", "机构调整", "moveTo", branch))
            .json();
    assertThat(dissolved.path("peopleMoved").asInt()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select org_id from person where id = ?", Long.class, personId))
        .isEqualTo(branch);
    assertThat(
            jdbc.queryForObject("select active from org_unit where id = ?", Boolean.class, group))
        .isFalse();
    assertThat(admin.get("/api/orgs").body()).doesNotContain("待撤销党小组");
    assertThat(admin.get("/api/admin/orgs/" + group).status()).isEqualTo(404);

    // An application waits at the branch's secretary: the branch has an open task.
    String applicant = person(admin, branch);
    assertThat(
            IntakeApplication.submit(
                    ApiClient.loggedIn(port, applicant, TestUsers.PASSWORD),
                    LocalDate.now(ClockConfig.ZONE))
                .status())
        .isEqualTo(201);
    assertThat(admin.get("/api/admin/orgs/" + branch).json().path("openTasks").asInt())
        .isPositive();
    Response busy =
        admin.post(
            "/api/admin/orgs/" + branch + "/dissolve",
            Map.of("reason", "机构调整", "moveTo", orgId("branch-2")));
    assertThat(busy.status()).isEqualTo(409);
    assertThat(busy.json().path("code").asText()).isEqualTo("org.open-tasks");
  }

  /** A person of the organisation with a login (password {@link TestUsers#PASSWORD}). */
  private String person(ApiClient admin, long orgId) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("name", "支部成员");
    facts.put("gender", "M");
    facts.put("idNumber", TestUsers.idNumber("M"));
    facts.put("orgId", orgId);
    long id = admin.post("/api/admin/people", facts).json().path("id").asLong();
    String username = "o" + UUID.randomUUID().toString().substring(0, 8);
    String temporary =
        admin
            .post("/api/admin/people/" + id + "/account", Map.of("username", username))
            .json()
            .path("temporaryPassword")
            .asText();
    ApiClient user = new ApiClient(port);
    user.login(username, temporary);
    user.post(
        "/api/auth/password",
        Map.of("currentPassword", temporary, "newPassword", TestUsers.PASSWORD));
    return username;
  }
}
