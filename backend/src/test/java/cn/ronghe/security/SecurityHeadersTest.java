package cn.ronghe.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApplicationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser-side protections on every response, the API's and the single-page app's: a Content
 * Security Policy the Vue build satisfies, no framing, no MIME sniffing, no referrer to other
 * sites, and HSTS only over TLS (behind the reverse proxy, told by X-Forwarded-Proto).
 */
@ApplicationTest
class SecurityHeadersTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @Test
  void apiResponsesCarryTheHeaders() throws Exception {
    assertProtected(get("/api/auth/me", Map.of()).headers()); // 401 problem
    assertProtected(get("/api/nothing-here", Map.of()).headers()); // 401 before routing

    ApiClient client = ApiClient.loggedIn(port, "lisi", AuthApiTest.DEMO_PASSWORD);
    HttpHeaders me = client.get("/api/auth/me").raw().headers();
    assertThat(client.get("/api/auth/me").status()).isEqualTo(200);
    assertProtected(me);
  }

  @Test
  void theSinglePageAppCarriesTheHeaders() throws Exception {
    for (String path : List.of("/", "/index.html", "/tasks")) {
      HttpResponse<String> page = get(path, Map.of());
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(page.body()).contains("<div id=\"app\">");
      assertProtected(page.headers());
    }
  }

  @Test
  void theContentSecurityPolicyAllowsOnlyOwnScriptsAndNoFraming() throws Exception {
    Map<String, String> csp =
        directives(get("/", Map.of()).headers().firstValue("Content-Security-Policy").orElse(""));

    assertThat(csp).containsEntry("default-src", "'self'");
    assertThat(csp).containsEntry("script-src", "'self'");
    assertThat(csp).containsEntry("style-src", "'self'");
    assertThat(csp).containsEntry("object-src", "'none'");
    assertThat(csp).containsEntry("base-uri", "'self'");
    assertThat(csp).containsEntry("form-action", "'self'");
    assertThat(csp).containsEntry("frame-ancestors", "'none'");
    assertThat(String.join(" ", csp.values())).doesNotContain("unsafe-", "*");
  }

  @Test
  void swaggerUiAloneMayUseInlineStyles() {
    ApiClient admin = ApiClient.loggedIn(port, "admin", AuthApiTest.DEMO_PASSWORD);
    HttpHeaders swagger = admin.get("/swagger-ui/index.html").raw().headers();

    Map<String, String> csp = directives(swagger.firstValue("Content-Security-Policy").orElse(""));
    assertThat(csp).containsEntry("style-src", "'self' 'unsafe-inline'");
    assertThat(csp).containsEntry("script-src", "'self'");
    assertThat(csp).containsEntry("frame-ancestors", "'none'");
    assertProtected(swagger);
  }

  @Test
  void hstsOnlyOverTls() throws Exception {
    HttpHeaders plain = get("/api/auth/me", Map.of()).headers();
    assertThat(plain.firstValue("Strict-Transport-Security")).isEmpty();

    Map<String, String> viaTlsProxy = Map.of("X-Forwarded-Proto", "https");
    HttpHeaders api = get("/api/auth/me", viaTlsProxy).headers();
    HttpHeaders page = get("/", viaTlsProxy).headers();

    for (HttpHeaders headers : List.of(api, page)) {
      assertThat(headers.firstValue("Strict-Transport-Security"))
          .hasValue("max-age=31536000 ; includeSubDomains");
      assertProtected(headers);
    }
    // the request counts as secure, so the cookies are marked Secure too
    assertThat(api.allValues("Set-Cookie"))
        .anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("Secure"));
    assertThat(plain.allValues("Set-Cookie"))
        .anySatisfy(
            cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").doesNotContain("Secure"));
  }

  private static void assertProtected(HttpHeaders headers) {
    assertThat(headers.allValues("Content-Security-Policy"))
        .singleElement()
        .satisfies(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
  }

  private static Map<String, String> directives(String policy) {
    Map<String, String> directives = new LinkedHashMap<>();
    Arrays.stream(policy.split(";"))
        .map(String::trim)
        .filter(d -> !d.isEmpty())
        .forEach(
            d -> directives.put(d.split(" ", 2)[0], d.contains(" ") ? d.split(" ", 2)[1] : ""));
    return directives;
  }

  private HttpResponse<String> get(String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    headers.forEach(request::header);
    return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
