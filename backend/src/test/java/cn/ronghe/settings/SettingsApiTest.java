package cn.ronghe.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rules' settings: each listed with its bounds and default, a change checked whole before any
 * is stored, audited with its old and new value, and in force from the next request on.
 */
@ApplicationTest
class SettingsApiTest {

  static final String DEMO = "Ronghe@2026";
  static final String LOCKOUT_AFTER = "ronghe.security.max-failed-logins";

  @LocalServerPort int port;
  @Autowired TestUsers users;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void backToTheDefaults() {
    jdbc.update("delete from app_setting");
  }

  static JsonNode setting(JsonNode all, String name) {
    for (JsonNode s : all) {
      if (s.path("name").asText().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no setting " + name);
  }

  @Test
  void everyRuleIsListedWithItsBoundsAndDefault() {
    JsonNode all = ApiClient.loggedIn(port, "admin", DEMO).get("/api/admin/settings").json();
    assertThat(all.findValuesAsText("name"))
        .contains("ronghe.talk.member-quota", "ronghe.discipline.review-days", LOCKOUT_AFTER);
    JsonNode review = setting(all, "ronghe.discipline.review-days");
    assertThat(review.path("group").asText()).isEqualTo("问题线索");
    assertThat(review.path("unit").asText()).isEqualTo("天");
    assertThat(review.path("value").asInt()).isEqualTo(90);
    assertThat(review.path("defaultValue").asInt()).isEqualTo(90);
    assertThat(review.path("max").asInt()).isEqualTo(365);
    assertThat(setting(all, "ronghe.security.lockout").path("value").asInt())
        .as("15m in application.yml, in minutes")
        .isEqualTo(15);
  }

  @Test
  void aChangeIsCheckedWholeAuditedAndInForceAtOnce() {
    ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
    Response outOfBounds =
        admin.put(
            "/api/admin/settings",
            Map.of("values", Map.of("ronghe.discipline.review-days", 120, LOCKOUT_AFTER, 99)));
    assertThat(outOfBounds.status()).isEqualTo(400);
    assertThat(outOfBounds.fields()).containsExactly("values." + LOCKOUT_AFTER);
    assertThat(
            setting(admin.get("/api/admin/settings").json(), "ronghe.discipline.review-days")
                .path("value")
                .asInt())
        .as("nothing stored")
        .isEqualTo(90);
    assertThat(
            admin
                .put(
                    "/api/admin/settings",
                    Map.of("values", Map.of("ronghe.nope", 1, LOCKOUT_AFTER, 2)))
                .fields())
        .as("every wrong value is named")
        .containsExactlyInAnyOrder("values.ronghe.nope", "values." + LOCKOUT_AFTER);

    JsonNode changed =
        admin.put("/api/admin/settings", Map.of("values", Map.of(LOCKOUT_AFTER, 3))).json();
    JsonNode lockout = setting(changed, LOCKOUT_AFTER);
    assertThat(lockout.path("value").asInt()).isEqualTo(3);
    assertThat(lockout.path("defaultValue").asInt()).isEqualTo(5);
    assertThat(lockout.path("changedBy").asText()).isEqualTo("admin");
    assertThat(
            jdbc.queryForObject(
                "select detail from audit_event where action = 'setting.change' and object_id = ?"
                    + " order by id desc limit 1",
                String.class,
                LOCKOUT_AFTER))
        .isEqualTo("5 → 3");

    String user = users.create("staff");
    for (int i = 0; i < 2; i++) {
      assertThat(new ApiClient(port).login(user, "Wrong@Pass2026").status()).isEqualTo(401);
    }
    Response third = new ApiClient(port).login(user, "Wrong@Pass2026");
    assertThat(third.status()).as("locked at the third, not the fifth").isEqualTo(423);
    assertThat(third.json().path("detail").asText()).contains("连续 3 次");
  }
}
