package cn.ronghe.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The single-page app is served at / and for any client-side route, but never for the API. */
@ApplicationTest
class SpaWebConfigTest {

  @LocalServerPort int port;

  @Test
  void theRootServesTheApp() {
    Response root = new ApiClient(port).get("/");

    assertThat(root.status()).isEqualTo(200);
    assertThat(root.contentType()).startsWith("text/html");
    assertThat(root.body()).contains("id=\"app\"");
  }

  @Test
  void aClientSideRouteServesTheAppToo() {
    Response route = new ApiClient(port).get("/org/people");

    assertThat(route.status()).isEqualTo(200);
    assertThat(route.body()).contains("id=\"app\"");
  }

  @Test
  void aMissingFileStaysMissing() {
    assertThat(new ApiClient(port).get("/assets/no-such-file.js").status()).isEqualTo(404);
  }
}
