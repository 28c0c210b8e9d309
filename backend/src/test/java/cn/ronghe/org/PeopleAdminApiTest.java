package cn.ronghe.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.IntakeApplication;
import cn.ronghe.support.Leftovers;
import cn.ronghe.support.TestUsers;
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
 * The administrator's work on people and accounts, and what it means for the people: a moved person
 * is in the new branch, a deactivated one can no longer log in, a reset password must be changed
 * first, new roles hold from the next request. The admin and the auditor stay apart.
 */
@ApplicationTest
@ExtendWith(Leftovers.class)
class PeopleAdminApiTest {

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

  Map<String, Object> facts(String name, String gender, String idNumber, String orgCode) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("name", name);
    facts.put("gender", gender);
    facts.put("idNumber", idNumber);
    facts.put("orgId", orgId(orgCode));
    facts.put("post", "书记员");
    facts.put("hiredOn", "2023-09-01");
    return facts;
  }

  @Test
  void theAdminEntersCorrectsAndMovesAPersonAndEveryChangeIsAudited() {
    ApiClient admin = admin();
    String idNumber = TestUsers.idNumber("F");
    Response created =
        admin.post("/api/admin/people", facts("林新", "F", idNumber, "branch-1-civil"));
    assertThat(created.status()).isEqualTo(201);
    JsonNode person = created.json();
    long id = person.path("id").asLong();
    assertThat(person.path("birthDate").asText())
        .isEqualTo(IdNumbers.birthDate(idNumber).orElseThrow().toString());
    assertThat(person.path("branch").path("code").asText()).isEqualTo("branch-1");
    assertThat(person.path("memberStatus").asText()).isEqualTo("none");
    assertThat(person.path("active").asBoolean()).isTrue();

    Response duplicate = admin.post("/api/admin/people", facts("林新二", "F", idNumber, "branch-1"));
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.fields()).containsExactly("idNumber");
    String wrongCheck = idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');
    assertThat(admin.post("/api/admin/people", facts("林新", "F", wrongCheck, "branch-1")).fields())
        .containsExactly("idNumber");
    assertThat(
            admin
                .post("/api/admin/people", facts("林新", "M", TestUsers.idNumber("F"), "branch-1"))
                .fields())
        .as("the gender the ID number holds")
        .containsExactly("gender");
    Map<String, Object> noOrg = facts("林新", "F", TestUsers.idNumber("F"), "branch-1");
    noOrg.put("orgId", 999_999);
    assertThat(admin.post("/api/admin/people", noOrg).fields()).containsExactly("orgId");

    JsonNode moved =
        admin.put("/api/admin/people/" + id, facts("林新", "F", idNumber, "branch-2-enforce")).json();
    assertThat(moved.path("branch").path("code").asText()).isEqualTo("branch-2");
    assertThat(
            jdbc.queryForObject(
                "select detail from audit_event where action = 'person.move' and object_id = ?",
                String.class,
                String.valueOf(id)))
        .startsWith("org: " + orgId("branch-1-civil") + " → " + orgId("branch-2-enforce"))
        .doesNotContain(idNumber);

    JsonNode found = admin.get("/api/admin/people?q=林新&orgId=" + orgId("branch-2")).json();
    assertThat(found.path("total").asLong()).isEqualTo(1);
    assertThat(found.path("items").get(0).path("id").asLong()).isEqualTo(id);
    assertThat(
            admin
                .get("/api/admin/people?q=林新&orgId=" + orgId("branch-1"))
                .json()
                .path("total")
                .asLong())
        .isZero();
  }

  @Test
  void aStatusChangeOutsideTheProcessNeedsAReasonShowsInTheHistoryAndWaitsForAnOpenIntake() {
    ApiClient admin = admin();
    long id =
        admin
            .post("/api/admin/people", facts("转入者", "M", TestUsers.idNumber("M"), "branch-2"))
            .json()
            .path("id")
            .asLong();

    Response noReason =
        admin.post(
            "/api/admin/people/" + id + "/member-status",
            Map.of("status", "full", "effectiveOn", "2012-07-01", "reason", " "));
    assertThat(noReason.fields()).containsExactly("reason");
    assertThat(
            admin
                .post(
                    "/api/admin/people/" + id + "/member-status",
                    Map.of("status", "member", "effectiveOn", "2012-07-01", "reason", "转入"))
                .fields())
        .containsExactly("status");
    JsonNode changed =
        admin
            .post(
                "/api/admin/people/" + id + "/member-status",
                Map.of("status", "full", "effectiveOn", "2012-07-01", "reason", "组织关系转入（原单位某某法院）"))
            .json();
    assertThat(changed.path("memberStatus").asText()).isEqualTo("full");
    assertThat(changed.path("memberStatusSince").asText()).isEqualTo("2012-07-01");
    assertThat(
            jdbc.queryForMap(
                "select step, reason, changed_by from member_status_change where person_id = ?",
                id))
        .containsEntry("STEP", "admin")
        .containsEntry("REASON", "组织关系转入（原单位某某法院）")
        .containsEntry("CHANGED_BY", "admin");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where action = 'person.status' and object_id = ?",
                Integer.class,
                String.valueOf(id)))
        .isEqualTo(1);

    String applicant =
        users.createPerson("branch-1-civil", LocalDate.of(1999, 5, 4), "none", "staff");
    assertThat(
            IntakeApplication.submit(
                    ApiClient.loggedIn(port, applicant, TestUsers.PASSWORD),
                    LocalDate.now(cn.ronghe.system.ClockConfig.ZONE))
                .status())
        .isEqualTo(201);
    long applicantId =
        jdbc.queryForObject(
            "select person_id from app_user where username = ?", Long.class, applicant);
    Response refused =
        admin.post(
            "/api/admin/people/" + applicantId + "/member-status",
            Map.of("status", "activist", "effectiveOn", "2026-05-01", "reason", "更正"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("code").asText()).isEqualTo("person.intake-open");
  }

  @Test
  void aNewAccountsTemporaryPasswordMustBeChangedBeforeAnythingElse() {
    ApiClient admin = admin();
    long id =
        admin
            .post("/api/admin/people", facts("新干警", "M", TestUsers.idNumber("M"), "branch-3"))
            .json()
            .path("id")
            .asLong();
    String username = "n" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(
            admin
                .post("/api/admin/people/" + id + "/account", Map.of("username", "Bad Name"))
                .fields())
        .containsExactly("username");
    Response opened =
        admin.post("/api/admin/people/" + id + "/account", Map.of("username", username));
    assertThat(opened.status()).isEqualTo(201);
    String temporary = opened.json().path("temporaryPassword").asText();
    assertThat(temporary).hasSize(12);
    assertThat(
            admin
                .post("/api/admin/people/" + id + "/account", Map.of("username", username + "x"))
                .status())
        .as("one account per person")
        .isEqualTo(409);

    ApiClient user = new ApiClient(port);
    JsonNode me = user.login(username, temporary).json();
    assertThat(me.path("passwordMustChange").asBoolean()).isTrue();
    assertThat(me.path("roles").findValuesAsText("")).isEmpty();
    Response blocked = user.get("/api/tasks");
    assertThat(blocked.status()).isEqualTo(403);
    assertThat(blocked.json().path("code").asText()).isEqualTo("auth.password-change-required");
    assertThat(
            user.post(
                    "/api/auth/password",
                    Map.of("currentPassword", temporary, "newPassword", "Court#2026new"))
                .status())
        .isEqualTo(204);
    assertThat(user.get("/api/auth/me").json().path("passwordMustChange").asBoolean()).isFalse();
    assertThat(user.get("/api/tasks").status()).isEqualTo(200);

    JsonNode account = admin.get("/api/admin/people/" + id).json().path("account");
    assertThat(account.path("username").asText()).isEqualTo(username);
    assertThat(account.path("passwordMustChange").asBoolean()).isFalse();
    assertThat(account.path("grants").findValuesAsText("role")).containsExactly("staff");
    assertThat(account.toString()).doesNotContain("password\"").doesNotContain("$2");
  }

  @Test
  void aResetEndsTheSessionsUnlocksAndIsChangedAtTheNextLogin() {
    String username = users.create("staff");
    ApiClient user = ApiClient.loggedIn(port, username, TestUsers.PASSWORD);
    ApiClient admin = admin();
    for (int i = 0; i < 5; i++) {
      new ApiClient(port).login(username, "wrong-password");
    }
    assertThat(new ApiClient(port).login(username, TestUsers.PASSWORD).status())
        .as("locked")
        .isEqualTo(423);
    JsonNode listed = admin.get("/api/admin/accounts?q=" + username).json();
    assertThat(listed.get(0).path("lockedUntil").isTextual()).isTrue();
    assertThat(
            admin
                .post("/api/admin/accounts/" + username + "/unlock", Map.of())
                .json()
                .path("lockedUntil")
                .isMissingNode())
        .isTrue();
    assertThat(new ApiClient(port).login(username, TestUsers.PASSWORD).status())
        .as("unlocked")
        .isEqualTo(200);

    String temporary =
        admin
            .post("/api/admin/accounts/" + username + "/password-reset", Map.of())
            .json()
            .path("temporaryPassword")
            .asText();
    assertThat(user.get("/api/auth/me").status()).as("the old session ended").isEqualTo(401);
    assertThat(new ApiClient(port).login(username, TestUsers.PASSWORD).status()).isEqualTo(401);
    assertThat(
            new ApiClient(port)
                .login(username, temporary)
                .json()
                .path("passwordMustChange")
                .asBoolean())
        .isTrue();
    assertThat(
            admin
                .post("/api/admin/accounts/nobody-" + username + "/password-reset", Map.of())
                .status())
        .isEqualTo(404);
  }

  @Test
  void newRolesHoldFromTheNextRequestAndAdminAndAuditorAreNeverHeldTogether() {
    String username = users.create("staff");
    ApiClient user = ApiClient.loggedIn(port, username, TestUsers.PASSWORD);
    ApiClient admin = admin();
    String path = "/api/admin/accounts/" + username + "/grants";

    Response noBranch =
        admin.put(path, Map.of("grants", List.of(Map.of("role", "branch-secretary"))));
    assertThat(noBranch.fields()).containsExactly("grants[0].orgId");
    Map<String, Object> onGroup =
        new HashMap<>(Map.of("role", "branch-secretary", "orgId", orgId("branch-1-civil")));
    assertThat(admin.put(path, Map.of("grants", List.of(onGroup))).fields())
        .as("a branch, not a group")
        .containsExactly("grants[0].orgId");
    assertThat(admin.put(path, Map.of("grants", List.of(Map.of("role", "king")))).fields())
        .containsExactly("grants[0].role");
    assertThat(
            admin
                .put(
                    path,
                    Map.of("grants", List.of(Map.of("role", "admin"), Map.of("role", "auditor"))))
                .fields())
        .as("三员分立")
        .containsExactly("grants");
    assertThat(
            admin
                .put(
                    path,
                    Map.of("grants", List.of(Map.of("role", "auditor"), Map.of("role", "staff"))))
                .fields())
        .containsExactly("grants");
    assertThat(
            admin
                .put(
                    "/api/admin/accounts/admin/grants",
                    Map.of("grants", List.of(Map.of("role", "staff"))))
                .status())
        .as("not their own")
        .isEqualTo(409);

    JsonNode granted =
        admin
            .put(
                path,
                Map.of(
                    "grants",
                    List.of(
                        Map.of("role", "staff"),
                        Map.of("role", "branch-secretary", "orgId", orgId("branch-2")))))
            .json();
    assertThat(granted.path("grants").findValuesAsText("orgName")).contains("第二党支部（执行局）");
    assertThat(user.get("/api/auth/me").status())
        .as("the session with the old roles ended")
        .isEqualTo(401);
    ApiClient again = ApiClient.loggedIn(port, username, TestUsers.PASSWORD);
    assertThat(again.get("/api/auth/me").json().path("roles").toString())
        .contains("branch-secretary");
    assertThat(again.get("/api/people?orgId=" + orgId("branch-2")).status()).isEqualTo(200);
    assertThat(
            jdbc.queryForObject(
                "select detail from audit_event where action = 'account.grants' and object_id = ?",
                String.class,
                username))
        .isEqualTo("staff, branch-secretary@" + orgId("branch-2"));
  }

  @Test
  void aPersonTakenOffTheRosterCannotLogInButTheirHistoryStays() {
    ApiClient admin = admin();
    String username = users.createPerson("branch-1-civil", LocalDate.of(1990, 1, 1), "full");
    ApiClient user = ApiClient.loggedIn(port, username, TestUsers.PASSWORD);
    long personId =
        jdbc.queryForObject(
            "select person_id from app_user where username = ?", Long.class, username);

    assertThat(
            admin
                .post("/api/admin/people/" + personId + "/deactivate", Map.of("reason", ""))
                .fields())
        .containsExactly("reason");
    JsonNode off =
        admin
            .post("/api/admin/people/" + personId + "/deactivate", Map.of("reason", "调离本院"))
            .json();
    assertThat(off.path("active").asBoolean()).isFalse();
    assertThat(off.path("deactivatedReason").asText()).isEqualTo("调离本院");
    assertThat(off.path("account").path("enabled").asBoolean()).isFalse();
    assertThat(user.get("/api/auth/me").status()).isEqualTo(401);
    assertThat(new ApiClient(port).login(username, TestUsers.PASSWORD).status()).isEqualTo(401);
    assertThat(admin.get("/api/admin/people?q=" + username).json().path("total").asLong())
        .as("not on the roster")
        .isZero();
    assertThat(
            admin.get("/api/admin/people?active=false&q=" + username).json().path("total").asLong())
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from person where id = ?", Integer.class, personId))
        .isEqualTo(1);

    admin.post("/api/admin/people/" + personId + "/reactivate", Map.of("reason", "返回本院"));
    assertThat(new ApiClient(port).login(username, TestUsers.PASSWORD).status())
        .as("the account stays disabled")
        .isEqualTo(401);
    admin.post("/api/admin/accounts/" + username + "/enable", Map.of());
    assertThat(new ApiClient(port).login(username, TestUsers.PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void theAdminReadsNoAuditTrailAndTheAuditorChangesNoPeople() {
    ApiClient admin = admin();
    ApiClient auditor = ApiClient.loggedIn(port, "auditor", DEMO);
    assertThat(admin.get("/api/audit/events").status()).isEqualTo(403);
    assertThat(auditor.get("/api/admin/people").status()).isEqualTo(403);
    assertThat(
            auditor
                .post("/api/admin/people", facts("审计员", "M", TestUsers.idNumber("M"), "branch-3"))
                .status())
        .isEqualTo(403);
    assertThat(auditor.post("/api/admin/accounts/admin/password-reset", Map.of()).status())
        .isEqualTo(403);
    assertThat(ApiClient.loggedIn(port, "wangwei", DEMO).get("/api/admin/accounts").status())
        .as("not the Party committee either")
        .isEqualTo(403);
  }
}
