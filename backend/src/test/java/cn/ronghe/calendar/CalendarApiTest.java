package cn.ronghe.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.audit.AuditEvent;
import cn.ronghe.audit.AuditService;
import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApplicationTest
class CalendarApiTest {

  static final String PASSWORD = "Ronghe@2026";

  @LocalServerPort int port;
  @Autowired WorkingDayCalendar calendar;
  @Autowired AuditService audit;

  static Map<String, String> day(String date, String kind, String name) {
    return Map.of("date", date, "kind", kind, "name", name);
  }

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
    JsonNode year = loggedIn("wangwei").get("/api/calendar/2029").json();

    assertThat(year.path("year").asInt()).isEqualTo(2029);
    assertThat(year.path("maintained").asBoolean()).isFalse();
    assertThat(year.path("provisional").asBoolean()).isFalse();
    assertThat(year.path("days")).isEmpty();
  }

  @Test
  void twentyTwentySevenIsSeededProvisionallyWithTheStatutoryDaysOnly() {
    JsonNode year = loggedIn("wangwei").get("/api/calendar/2027").json();

    assertThat(year.path("maintained").asBoolean()).isTrue();
    assertThat(year.path("provisional").asBoolean()).isTrue();
    assertThat(year.has("notice")).isFalse();
    List<String> holidays = new ArrayList<>();
    year.path("days").forEach(d -> holidays.add(d.path("date").asText()));
    // Spring Festival eve and lunar 1/1–1/3 fall on 6–9 February 2027; no make-up workdays yet.
    assertThat(holidays).hasSize(13).contains("2027-02-06", "2027-02-09", "2027-09-15");
    year.path("days").forEach(d -> assertThat(d.path("kind").asText()).isEqualTo("holiday"));
  }

  @Test
  void theAdminReplacesAYearAndDeadlinesFollowAtOnce() {
    ApiClient admin = loggedIn("admin");
    Map<String, Object> body =
        Map.of(
            "notice",
            "国办发明电〔2029〕1号",
            "provisional",
            false,
            "days",
            List.of(day("2030-01-01", "holiday", "元旦"), day("2030-01-05", "workday", "元旦调休上班")));

    Response response = admin.put("/api/calendar/2030", body);

    assertThat(response.status()).isEqualTo(200);
    JsonNode year = response.json();
    assertThat(year.path("maintained").asBoolean()).isTrue();
    assertThat(year.path("provisional").asBoolean()).isFalse();
    assertThat(year.path("notice").asText()).isEqualTo("国办发明电〔2029〕1号");
    assertThat(year.path("updatedBy").asText()).isEqualTo("admin");
    assertThat(year.path("updatedByName").asText()).isEqualTo("系统管理员");
    assertThat(year.path("updatedAt").asText()).isNotEmpty();
    assertThat(year.path("days")).hasSize(2);
    // 2029-12-31 (Mon) + 1 working day skips the holiday on Tue 1 January 2030.
    assertThat(calendar.plusWorkingDays(LocalDate.of(2029, 12, 31), 1))
        .isEqualTo(LocalDate.of(2030, 1, 2));
    assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 5))).isTrue();
    assertThat(audit.ofObject("calendar", "2030"))
        .extracting(AuditEvent::action)
        .contains("calendar.update");

    Response again =
        admin.put(
            "/api/calendar/2030",
            Map.of("provisional", true, "days", List.of(day("2030-01-01", "holiday", "元旦"))));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().path("provisional").asBoolean()).isTrue();
    assertThat(again.json().path("days")).hasSize(1);
    assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 5))).isFalse();
  }

  @Test
  void everyWrongEntryIsNamedAndNothingIsSaved() {
    ApiClient admin = loggedIn("admin");
    Map<String, Object> body =
        Map.of(
            "provisional",
            false,
            "days",
            List.of(
                day("2031-01-01", "holiday", "元旦"),
                day("2031-13-01", "holiday", "不存在"),
                day("2032-01-01", "holiday", "跨年"),
                day("2031-01-01", "holiday", "重复"),
                day("2031-01-06", "workday", "周一调休"),
                day("2031-02-01", "rest", ""),
                day("2031-03-01", "holiday", "长".repeat(51))));

    Response response = admin.put("/api/calendar/2031", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    response.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "notice",
            "days[1].date",
            "days[2].date",
            "days[3].date",
            "days[4].date",
            "days[5].kind",
            "days[5].name",
            "days[6].name");
    assertThat(admin.get("/api/calendar/2031").json().path("maintained").asBoolean()).isFalse();
  }

  @Test
  void onlyTheAdminMayEditTheCalendar() {
    Response response =
        loggedIn("wangwei")
            .put(
                "/api/calendar/2030",
                Map.of("provisional", true, "days", List.of(day("2030-01-01", "holiday", "元旦"))));

    assertThat(response.status()).isEqualTo(403);
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
