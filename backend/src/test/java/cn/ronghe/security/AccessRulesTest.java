package cn.ronghe.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who can reach the engine's own API, the actuator and the API at all. */
@ApplicationTest
class AccessRulesTest {

  @LocalServerPort int port;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/engine-rest/task",
        "/engine-rest/engine",
        "/engine-rest/user",
        "/camunda/app/cockpit/"
      })
  void theEnginesOwnApiIsNotReachableForAStaffSession(String path) {
    ApiClient staff = new ApiClient(port);
    staff.login("zhangsan", AuthApiTest.DEMO_PASSWORD);

    Response response = staff.get(path);

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).doesNotContain("taskDefinitionKey", "processEngine");
  }

  @Test
  void theEnginesOwnApiIsNotReachableEvenForAdmin() {
    ApiClient admin = new ApiClient(port);
    admin.login("admin", AuthApiTest.DEMO_PASSWORD);

    assertThat(admin.get("/engine-rest/task").status()).isEqualTo(403);
  }

  @Test
  void healthIsOpenWithLivenessAndReadiness() {
    ApiClient anonymous = new ApiClient(port);

    assertThat(anonymous.get("/actuator/health").json().path("status").asText()).isEqualTo("UP");
    assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
    assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
  }

  @Test
  void metricsAreForAdminOnly() {
    ApiClient anonymous = new ApiClient(port);
    ApiClient staff = new ApiClient(port);
    staff.login("lisi", AuthApiTest.DEMO_PASSWORD);
    ApiClient admin = new ApiClient(port);
    admin.login("admin", AuthApiTest.DEMO_PASSWORD);

    assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
    assertThat(staff.get("/actuator/prometheus").status()).isEqualTo(403);
    Response prometheus = admin.get("/actuator/prometheus");
    assertThat(prometheus.status()).isEqualTo(200);
    assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
  }

  @Test
  void theApiDescriptionIsForAdminOnlyAndCoversTheApi() {
    ApiClient staff = new ApiClient(port);
    staff.login("lisi", AuthApiTest.DEMO_PASSWORD);
    ApiClient admin = new ApiClient(port);
    admin.login("admin", AuthApiTest.DEMO_PASSWORD);

    assertThat(new ApiClient(port).get("/v3/api-docs").status()).isEqualTo(401);
    assertThat(staff.get("/v3/api-docs").status()).isEqualTo(403);
    assertThat(staff.get("/swagger-ui/index.html").status()).isEqualTo(403);
    Response docs = admin.get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().path("paths").has("/api/tasks")).isTrue();
    assertThat(docs.json().path("paths").has("/api/processes/{key}/start")).isTrue();
    assertThat(admin.get("/swagger-ui/index.html").status()).isEqualTo(200);
  }

  @Test
  void peopleCanBeFoundByNameOrUsernameToHandATaskTo() {
    ApiClient staff = new ApiClient(port);
    staff.login("zhangsan", AuthApiTest.DEMO_PASSWORD);

    Response byName =
        staff.get(
            "/api/users?q="
                + java.net.URLEncoder.encode("李", java.nio.charset.StandardCharsets.UTF_8));
    Response byUsername = staff.get("/api/users?q=sunli");
    Response wildcard = staff.get("/api/users?q=%25");
    Response empty = staff.get("/api/users?q=");

    assertThat(byName.json().findValuesAsText("displayName")).contains("李强", "李四");
    assertThat(byUsername.json().findValuesAsText("username")).containsExactly("sunli");
    assertThat(wildcard.json()).isEmpty();
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().path("errors").get(0).path("field").asText()).isEqualTo("q");
    assertThat(new ApiClient(port).get("/api/users?q=li").status()).isEqualTo(401);
  }

  @Test
  void theApiNeedsALogin() {
    Response people = new ApiClient(port).get("/api/people");

    assertThat(people.status()).isEqualTo(401);
    assertThat(people.json().path("code").asText()).isEqualTo("auth.required");
  }

  @Test
  void anUnknownApiPathIsA404Problem() {
    ApiClient client = new ApiClient(port);
    client.login("lisi", AuthApiTest.DEMO_PASSWORD);

    Response response = client.get("/api/no-such-thing");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("code").asText()).isEqualTo("not-found");
  }
}
