package cn.ronghe.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApplicationTest
class CalendarApiTest {

  static final String PASSWORD = "Ronghe@2026";

  @LocalServerPort int port;

  ApiClient loggedIn(String username) {
    ApiClient client = new ApiClient(port);
    assertThat(client.login(username, PASSWORD).status()).isEqualTo(200);
    return client;
  }

  @Test
  void aMaintainedYearListsItsHolidaysAndMakeUpWorkdaysInDateOrder() {
    Response response = loggedIn("wangwei").get("/api/calendar/2026");

    assertThat(response.status()).isEqualTo(200);
    JsonNode year = response.json();
    assertThat(year.path("year").asInt()).isEqualTo(2026);
    assertThat(year.path("maintained").asBoolean()).isTrue();
    JsonNode days = year.path("days");
    assertThat(days).hasSize(39);
    assertThat(days.get(0).path("date").asText()).isEqualTo("2026-01-01");
    assertThat(days.get(0).path("kind").asText()).isEqualTo("holiday");
    assertThat(days.get(0).path("name").asText()).isEqualTo("元旦");
    assertThat(days.get(3).path("date").asText()).isEqualTo("2026-01-04");
    assertThat(days.get(3).path("kind").asText()).isEqualTo("workday");
    assertThat(days.get(38).path("date").asText()).isEqualTo("2026-10-10");
  }

  @Test
  void anyLoggedInUserMayReadTheCalendar() {
    assertThat(loggedIn("zhangsan").get("/api/calendar/2025").status()).isEqualTo(200);
  }

  @Test
  void anUnenteredYearSaysItIsNotMaintained() {
    JsonNode year = loggedIn("wangwei").get("/api/calendar/2027").json();

    assertThat(year.path("year").asInt()).isEqualTo(2027);
    assertThat(year.path("maintained").asBoolean()).isFalse();
    assertThat(year.path("days")).isEmpty();
  }

  @Test
  void aYearOutOfRangeIsA400NamingYear() {
    Response response = loggedIn("wangwei").get("/api/calendar/99999");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("code").asText()).isEqualTo("validation");
    assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("year");
  }

  @Test
  void aYearThatIsNotANumberIsA400NamingYear() {
    Response response = loggedIn("wangwei").get("/api/calendar/abc");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("year");
  }

  @Test
  void anonymousUsersAreRefused() {
    assertThat(new ApiClient(port).get("/api/calendar/2026").status()).isEqualTo(401);
  }
}
