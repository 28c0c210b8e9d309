package cn.ronghe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Outside demo mode nothing tells a visitor which accounts exist. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "ronghe.demo=false")
class DemoModeOffTest {

  @LocalServerPort int port;

  @Test
  void theDemoAccountsAreNotListed() {
    ApiClient.Response response = new ApiClient(port).get("/api/auth/demo-accounts");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("Ronghe@2026", "wangwei");
  }
}
