package cn.ronghe.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.EngineTime;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@ApplicationTest
class AuthApiTest {

  static final String DEMO_PASSWORD = "Ronghe@2026";

  @LocalServerPort int port;
  @Autowired UserAccountMapper accounts;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired ServerProperties serverProperties;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    EngineTime.reset();
  }

  @Test
  void meIsUnauthorizedProblemWhenAnonymousAndStillIssuesTheCsrfCookie() {
    ApiClient client = new ApiClient(port);

    Response me = client.get("/api/auth/me");

    assertThat(me.status()).isEqualTo(401);
    assertThat(me.contentType()).startsWith("application/problem+json");
    assertThat(me.json().path("code").asText()).isEqualTo("auth.required");
    assertThat(me.json().path("status").asInt()).isEqualTo(401);
    assertThat(client.cookie("XSRF-TOKEN")).isPresent();
  }

  @Test
  void loginReturnsTheUserWithRolesAndBranch() {
    ApiClient client = new ApiClient(port);

    Response login = client.login("liqiang", DEMO_PASSWORD);

    assertThat(login.status()).isEqualTo(200);
    assertThat(login.json().path("username").asText()).isEqualTo("liqiang");
    assertThat(login.json().path("displayName").asText()).isEqualTo("李强");
    assertThat(login.json().path("roles").toString()).contains("branch-secretary", "staff");
    assertThat(login.json().path("branch").path("name").asText()).isEqualTo("第一党支部（审判业务）");
    Response me = client.get("/api/auth/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("username").asText()).isEqualTo("liqiang");
  }

  @Test
  void anonymousRequestsGetNoSession() {
    ApiClient client = new ApiClient(port);

    client.get("/api/auth/me");
    client.get("/api/orgs");

    assertThat(client.cookie("RONGHE_SESSION")).isEmpty();
  }

  @Test
  void loginChangesTheSessionIdAndIssuesANewCsrfToken() {
    ApiClient client = new ApiClient(port);
    client.login("lisi", DEMO_PASSWORD);
    String sessionBefore = client.cookie("RONGHE_SESSION").orElseThrow();
    String tokenBefore = client.cookie("XSRF-TOKEN").orElseThrow();

    client.post("/api/auth/login", Map.of("username", "lisi", "password", DEMO_PASSWORD));

    assertThat(client.cookie("RONGHE_SESSION")).isPresent().get().isNotEqualTo(sessionBefore);
    assertThat(client.cookie("XSRF-TOKEN")).isPresent().get().isNotEqualTo(tokenBefore);
    // a planted (fixated) id is worth nothing once its owner logs in
    ApiClient planted = new ApiClient(port).withCookie("RONGHE_SESSION", sessionBefore);
    assertThat(planted.get("/api/auth/me").status()).isEqualTo(401);
    assertThat(client.get("/api/auth/me").status()).isEqualTo(200);
    assertThat(client.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);
  }

  @Test
  void theSessionExpiresAfterTheConfiguredIdleTime() {
    Duration idleTimeout = serverProperties.getServlet().getSession().getTimeout();
    assertThat(idleTimeout).isEqualTo(Duration.ofMinutes(30));
    ApiClient client = ApiClient.loggedIn(port, "lisi", DEMO_PASSWORD);
    String sessionId = sessionIdOf(client);
    assertThat(
            jdbc.queryForObject(
                "select MAX_INACTIVE_INTERVAL from SPRING_SESSION where SESSION_ID = ?",
                Integer.class,
                sessionId))
        .isEqualTo((int) idleTimeout.toSeconds());

    lastUsedAgo(sessionId, idleTimeout.minusMinutes(1));
    assertThat(client.get("/api/auth/me").status()).isEqualTo(200);

    lastUsedAgo(sessionId, idleTimeout.plusSeconds(5));
    Response expired = client.get("/api/auth/me");
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.json().path("code").asText()).isEqualTo("auth.required");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from SPRING_SESSION where SESSION_ID = ?", Long.class, sessionId))
        .isZero();
  }

  @Test
  void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
    Response wrongPassword = new ApiClient(port).login("sunli", "Wrong@password1");
    Response unknownUser = new ApiClient(port).login("nobody-" + UUID.randomUUID(), "Wrong@pass1");

    for (Response r : List.of(wrongPassword, unknownUser)) {
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.json().path("code").asText()).isEqualTo("auth.bad-credentials");
      assertThat(r.json().path("detail").asText()).isEqualTo("用户名或密码错误");
    }
    // sunli's single failure is forgotten at her next successful login
    assertThat(new ApiClient(port).login("sunli", DEMO_PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
    String username = newUser("Locked@Pass2026");

    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(new ApiClient(port).login(username, "Wrong@Pass2026").status()).isEqualTo(401);
    }
    Response fifth = new ApiClient(port).login(username, "Wrong@Pass2026");
    assertThat(fifth.status()).isEqualTo(423);
    assertThat(fifth.json().path("code").asText()).isEqualTo("auth.locked");

    Response rightPasswordWhileLocked = new ApiClient(port).login(username, "Locked@Pass2026");
    assertThat(rightPasswordWhileLocked.status()).isEqualTo(423);

    EngineTime.advance(Duration.ofMinutes(14));
    assertThat(new ApiClient(port).login(username, "Locked@Pass2026").status()).isEqualTo(423);

    EngineTime.advance(Duration.ofMinutes(2));
    assertThat(new ApiClient(port).login(username, "Locked@Pass2026").status()).isEqualTo(200);
    assertThat(accounts.selectByUsername(username).failedLogins()).isZero();
  }

  @Test
  void aSuccessfulLoginResetsTheCountOfFailures() {
    String username = newUser("Reset@Pass2026");
    for (int attempt = 1; attempt <= 4; attempt++) {
      new ApiClient(port).login(username, "Wrong@Pass2026");
    }
    assertThat(new ApiClient(port).login(username, "Reset@Pass2026").status()).isEqualTo(200);

    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(new ApiClient(port).login(username, "Wrong@Pass2026").status()).isEqualTo(401);
    }
  }

  @Test
  void loginWithoutTheCsrfHeaderIsRefused() {
    ApiClient forged = new ApiClient(port).withoutCsrfHeader();

    Response login = forged.login("liqiang", DEMO_PASSWORD);

    assertThat(login.status()).isEqualTo(403);
    assertThat(login.contentType()).startsWith("application/problem+json");
    assertThat(login.json().path("code").asText()).isEqualTo("csrf");
  }

  @Test
  void writesOfALoggedInUserNeedTheCsrfHeader() {
    ApiClient client = new ApiClient(port);
    client.login("chenjing", DEMO_PASSWORD);

    Response forgedLogout = client.withoutCsrfHeader().post("/api/auth/logout", Map.of());

    assertThat(forgedLogout.status()).isEqualTo(403);
    assertThat(forgedLogout.contentType()).startsWith("application/problem+json");
    assertThat(forgedLogout.json().path("code").asText()).isEqualTo("csrf");
    assertThat(client.get("/api/auth/me").status()).isEqualTo(200);
  }

  @Test
  void aWrongCsrfTokenIsRefused() {
    ApiClient client = ApiClient.loggedIn(port, "chenjing", DEMO_PASSWORD);
    String realToken = client.cookie("XSRF-TOKEN").orElseThrow();

    Response forged = client.withCsrfHeader("x" + realToken).post("/api/auth/logout", Map.of());
    Response forgedPassword =
        client.post(
            "/api/auth/password",
            Map.of("currentPassword", DEMO_PASSWORD, "newPassword", "Forged#Pass2026"));

    for (Response r : List.of(forged, forgedPassword)) {
      assertThat(r.status()).isEqualTo(403);
      assertThat(r.json().path("code").asText()).isEqualTo("csrf");
    }
    assertThat(client.get("/api/auth/me").status()).isEqualTo(200);
    assertThat(client.withCsrfHeader(realToken).post("/api/auth/logout", Map.of()).status())
        .isEqualTo(204);
  }

  @Test
  void logoutEndsTheSession() {
    ApiClient client = new ApiClient(port);
    client.login("zhangsan", DEMO_PASSWORD);
    String session = client.cookie("RONGHE_SESSION").orElseThrow();

    assertThat(client.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);

    assertThat(client.get("/api/auth/me").status()).isEqualTo(401);
    // the old cookie, replayed from elsewhere, is refused too: the session is gone on the server
    ApiClient replay = new ApiClient(port).withCookie("RONGHE_SESSION", session);
    assertThat(replay.get("/api/auth/me").status()).isEqualTo(401);
    assertThat(replay.get("/api/tasks").status()).isEqualTo(401);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from SPRING_SESSION where SESSION_ID = ?",
                Long.class,
                sessionId(session)))
        .isZero();
  }

  @Test
  void blankUsernameIsA400NamingTheField() {
    ApiClient client = new ApiClient(port);
    client.get("/api/auth/me");

    Response login = client.post("/api/auth/login", Map.of("username", " ", "password", "x"));

    assertThat(login.status()).isEqualTo(400);
    assertThat(login.json().path("code").asText()).isEqualTo("validation");
    assertThat(login.json().path("errors").get(0).path("field").asText()).isEqualTo("username");
  }

  @Test
  void malformedJsonIsA400Problem() {
    ApiClient client = new ApiClient(port);
    client.get("/api/auth/me");

    Response login = client.post("/api/auth/login", "{\"username\": ");

    assertThat(login.status()).isEqualTo(400);
    assertThat(login.json().path("code").asText()).isEqualTo("malformed-body");
  }

  @Test
  void passwordChangeEnforcesThePolicyAndTheNewPasswordWorks() {
    String username = newUser("Change@Pass2026");
    ApiClient client = new ApiClient(port);
    client.login(username, "Change@Pass2026");

    Response tooWeak =
        client.post(
            "/api/auth/password",
            Map.of("currentPassword", "Change@Pass2026", "newPassword", "short1"));
    assertThat(tooWeak.status()).isEqualTo(400);
    assertThat(tooWeak.json().path("errors").get(0).path("field").asText())
        .isEqualTo("newPassword");

    Response changed =
        client.post(
            "/api/auth/password",
            Map.of("currentPassword", "Change@Pass2026", "newPassword", "Brand#New2027"));
    assertThat(changed.status()).isEqualTo(204);
    assertThat(new ApiClient(port).login(username, "Brand#New2027").status()).isEqualTo(200);
    assertThat(new ApiClient(port).login(username, "Change@Pass2026").status()).isEqualTo(401);
  }

  /** The session id behind the RONGHE_SESSION cookie (Spring Session writes it in Base64). */
  private static String sessionIdOf(ApiClient client) {
    return sessionId(client.cookie("RONGHE_SESSION").orElseThrow());
  }

  private static String sessionId(String cookie) {
    return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
  }

  /**
   * Pretends the session was last used this long ago, instead of waiting: its row in the session
   * table, where every node reads it, says so (and when it expires accordingly).
   */
  private void lastUsedAgo(String sessionId, Duration idle) {
    long then = System.currentTimeMillis() - idle.toMillis();
    long maxInactiveMillis =
        1000L
            * jdbc.queryForObject(
                "select MAX_INACTIVE_INTERVAL from SPRING_SESSION where SESSION_ID = ?",
                Integer.class,
                sessionId);
    int updated =
        jdbc.update(
            "update SPRING_SESSION set LAST_ACCESS_TIME = ?, EXPIRY_TIME = ? where SESSION_ID = ?",
            then,
            then + maxInactiveMillis,
            sessionId);
    assertThat(updated).as("session row of " + sessionId).isEqualTo(1);
  }

  private String newUser(String password) {
    String username = "t" + UUID.randomUUID().toString().substring(0, 8);
    accounts.insert(
        new UserAccount(
            null, username, null, "测试用户", passwordEncoder.encode(password), true, 0, null, false));
    accounts.insertGrant(accounts.selectByUsername(username).id(), "staff", null);
    return username;
  }
}
