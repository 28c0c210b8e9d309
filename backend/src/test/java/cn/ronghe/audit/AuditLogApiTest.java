package cn.ronghe.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.TestUsers;
import cn.ronghe.system.ClockConfig;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit log (三员分立): the security auditor searches it by person, action, object and days and
 * exports it; the admin and everyone else are refused; every search and export is itself audited.
 */
@ApplicationTest
class AuditLogApiTest {

  static final String DEMO = "Ronghe@2026";

  @LocalServerPort int port;
  @Autowired TestUsers users;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theAuditorSearchesAndExportsTheLogByPersonActionObjectAndDay() throws Exception {
    String someone = users.create("staff");
    ApiClient.loggedIn(port, someone, TestUsers.PASSWORD).post("/api/auth/logout", "{}");
    ApiClient auditor = ApiClient.loggedIn(port, "auditor", DEMO);
    LocalDate today = LocalDate.now(ClockConfig.ZONE);

    JsonNode page =
        auditor
            .get("/api/audit/events?actor=" + someone + "&from=" + today + "&to=" + today)
            .json();
    assertThat(page.path("total").asLong()).isEqualTo(2);
    assertThat(page.path("items").findValuesAsText("action"))
        .as("newest first")
        .containsExactly("auth.logout", "auth.login");
    assertThat(page.path("items").get(0).path("actorName").asText()).isNotBlank();
    assertThat(
            auditor
                .get("/api/audit/events?actor=" + someone + "&action=auth.log&objectId=" + someone)
                .json()
                .path("total")
                .asLong())
        .as("an action's prefix and the object")
        .isEqualTo(2);
    assertThat(
            auditor
                .get("/api/audit/events?actor=" + someone + "&from=" + today.plusDays(1))
                .json()
                .path("total")
                .asLong())
        .isZero();

    Response backwards =
        auditor.get("/api/audit/events?from=" + today + "&to=" + today.minusDays(1));
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.fields()).containsExactly("to");
    assertThat(auditor.get("/api/audit/events?from=yesterday").status()).isEqualTo(400);
    assertThat(auditor.get("/api/audit/events?size=500").status()).isEqualTo(400);

    HttpResponse<byte[]> export = auditor.download("/api/audit/events/export?actor=" + someone);
    assertThat(export.statusCode()).isEqualTo(200);
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(export.body()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(3);
      assertThat(rows.get(1).getCellText(2)).isEqualTo(someone);
      assertThat(rows.get(1).getCellText(4)).isEqualTo("auth.logout");
    }
    assertThat(
            jdbc.queryForList(
                "select action from audit_event where actor = 'auditor'"
                    + " and action in ('audit.search', 'audit.export') and detail like ?",
                String.class,
                "%actor=" + someone + "%"))
        .as("each search and export is audited")
        .contains("audit.search", "audit.export");
  }

  @Test
  void theAdminAndEveryoneElseAreRefused() {
    for (String user : List.of("admin", "wangwei", "zhaomin", "zhangsan")) {
      ApiClient client = ApiClient.loggedIn(port, user, DEMO);
      assertThat(client.get("/api/audit/events").status()).as(user).isEqualTo(403);
      assertThat(client.get("/api/audit/events/export").status()).as(user).isEqualTo(403);
    }
  }
}
