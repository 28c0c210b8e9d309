package cn.ronghe.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 典型案例库 through the API: the discipline commission enters, corrects and withdraws cases; everyone
 * signed in reads them, local cases first; bad input is refused naming the field.
 */
@ApplicationTest
class TypicalCaseApiTest {

  static final String DEMO = "Ronghe@2026";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theCommissionKeepsTheLibraryAndEveryoneReadsItLocalCasesFirst() {
    ApiClient zhaomin = login("zhaomin");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Response elsewhere = zhaomin.post("/api/typical-cases", input("外地法院法官违规过问案件 " + tag, false));
    assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(201);
    Response local = zhaomin.post("/api/typical-cases", input("本院执行干警泄露查控信息 " + tag, true));
    assertThat(local.status()).isEqualTo(201);
    assertThat(local.json().path("violationLabel").asText()).isEqualTo("违规干预插手案件");
    assertThat(local.json().path("updatedBy").asText()).isEqualTo("zhaomin");

    JsonNode found = login("zhangsan").get("/api/typical-cases?q=" + tag).json();
    assertThat(found.path("total").asInt()).isEqualTo(2);
    assertThat(found.path("items").findValuesAsText("title"))
        .as("local cases first")
        .containsExactly("本院执行干警泄露查控信息 " + tag, "外地法院法官违规过问案件 " + tag);

    long id = local.json().path("id").asLong();
    Map<String, Object> corrected = input("本院执行干警泄露查控信息（更正） " + tag, true);
    corrected.put("violationType", "leak");
    Response updated = zhaomin.put("/api/typical-cases/" + id, corrected);
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().path("violationLabel").asText()).isEqualTo("泄露审判工作秘密");
    assertThat(
            login("liqiang")
                .get("/api/typical-cases?type=leak&q=" + tag)
                .json()
                .path("items")
                .findValuesAsText("title"))
        .containsExactly("本院执行干警泄露查控信息（更正） " + tag);

    assertThat(zhaomin.send("DELETE", "/api/typical-cases/" + id, null).status()).isEqualTo(204);
    assertThat(zhaomin.get("/api/typical-cases/" + id).status()).isEqualTo(404);
    assertThat(login("zhangsan").get("/api/typical-cases?q=" + tag).json().path("total").asInt())
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from typical_case where id = ? and active = false",
                Long.class,
                id))
        .as("a withdrawn case is kept")
        .isEqualTo(1);
    assertThat(
            jdbc.queryForList(
                "select action from audit_event where object_type = 'typical-case' and object_id = ?"
                    + " order by id",
                String.class,
                String.valueOf(id)))
        .containsExactly("typical-case.create", "typical-case.update", "typical-case.withdraw");
  }

  @Test
  void aCaseKeepsItsFilesForEveryoneToDownload() {
    ApiClient zhaomin = login("zhaomin");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long id =
        zhaomin.post("/api/typical-cases", input("附件测试 " + tag, true)).json().path("id").asLong();
    byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    Response uploaded =
        zhaomin.upload("/api/typical-cases/" + id + "/files", "file", "通报原文.pdf", pdf);
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    long file = uploaded.json().path("id").asLong();
    Response wrongType =
        zhaomin.upload("/api/typical-cases/" + id + "/files", "file", "通报.exe", pdf);
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.fields()).containsExactly("file");
    assertThat(
            login("liqiang")
                .upload("/api/typical-cases/" + id + "/files", "file", "越权.pdf", pdf)
                .status())
        .isEqualTo(403);

    ApiClient zhangsan = login("zhangsan");
    JsonNode listed = zhangsan.get("/api/typical-cases?q=" + tag).json().path("items").get(0);
    assertThat(listed.path("files").findValuesAsText("fileName")).containsExactly("通报原文.pdf");
    HttpResponse<byte[]> download = zhangsan.download("/api/typical-case-files/" + file);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");

    assertThat(zhaomin.send("DELETE", "/api/typical-case-files/" + file, null).status())
        .isEqualTo(204);
    assertThat(zhangsan.get("/api/typical-case-files/" + file).status()).isEqualTo(404);
    assertThat(zhaomin.get("/api/typical-cases/" + id).json().path("files")).isEmpty();
  }

  @Test
  void onlyTheDisciplineCommissionWritesTheLibrary() {
    for (String user : List.of("wangwei", "liqiang", "zhangsan")) {
      assertThat(login(user).post("/api/typical-cases", input("越权录入", false)).status())
          .as(user)
          .isEqualTo(403);
    }
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
    ApiClient zhaomin = login("zhaomin");
    long before = jdbc.queryForObject("select count(*) from typical_case", Long.class);
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("title", " ");
    bad.put("summary", "办".repeat(5001));
    bad.put("violationType", "murder");
    bad.put("source", "最高人民法院");
    bad.put("notifiedOn", TODAY.plusDays(1).toString());
    Response refused = zhaomin.post("/api/typical-cases", bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.fields())
        .containsExactlyInAnyOrder("title", "summary", "violationType", "notifiedOn");
    assertThat(zhaomin.post("/api/typical-cases", Map.of("title", 1)).status()).isEqualTo(400);
    assertThat(jdbc.queryForObject("select count(*) from typical_case", Long.class))
        .isEqualTo(before);

    Response badType = zhaomin.get("/api/typical-cases?type=murder");
    assertThat(badType.status()).isEqualTo(400);
    assertThat(badType.fields()).containsExactly("type");
    assertThat(zhaomin.get("/api/typical-cases?q=" + "%25_".repeat(5)).status()).isEqualTo(200);
  }

  private ApiClient login(String user) {
    return ApiClient.loggedIn(port, user, DEMO);
  }

  private static Map<String, Object> input(String title, boolean local) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", title);
    input.put("summary", "某法官接受案件当事人请托，违规过问他人承办案件，受到党内严重警告处分。");
    input.put("violationType", "interference");
    input.put("source", "最高人民法院机关纪委通报");
    input.put("notifiedOn", TODAY.minusDays(30).toString());
    input.put("localCase", local);
    return input;
  }
}
