package cn.ronghe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In demo mode the login page may list the demo logins, without logging in. */
@ApplicationTest
class DemoAccountsTest {

  static final List<String> DEMO_LOGINS =
      List.of(
          "wangwei",
          "zhaomin",
          "zhoujian",
          "liqiang",
          "chenjing",
          "zhangsan",
          "lisi",
          "sunli",
          "huangzhiming",
          "admin",
          "auditor");

  @LocalServerPort int port;

  @Test
  void demoModeListsEveryDemoLoginWithRolesAndBranch() {
    JsonNode demo = new ApiClient(port).get("/api/auth/demo-accounts").json();

    assertThat(demo.path("password").asText()).isEqualTo("Ronghe@2026");
    List<String> usernames = new ArrayList<>();
    demo.path("accounts").forEach(a -> usernames.add(a.path("username").asText()));
    assertThat(usernames).containsExactlyElementsOf(DEMO_LOGINS);
    JsonNode liqiang = demo.path("accounts").get(3);
    assertThat(liqiang.path("displayName").asText()).isEqualTo("李强");
    assertThat(liqiang.path("branch").path("name").asText()).isEqualTo("第一党支部（审判业务）");
  }

  @Test
  void everyDemoLoginWorksWithTheSharedPassword() {
    for (String username : DEMO_LOGINS) {
      assertThat(new ApiClient(port).login(username, "Ronghe@2026").status())
          .as(username)
          .isEqualTo(200);
    }
  }
}
