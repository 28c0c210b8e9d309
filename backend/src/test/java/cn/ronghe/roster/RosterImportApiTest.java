package cn.ronghe.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.Leftovers;
import cn.ronghe.support.RosterBook;
import cn.ronghe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Excel roster: the template, a valid roster imported with its progress and imported again
 * without duplicates, a roster with errors refused whole with each row's errors, and an import that
 * fails halfway leaving nothing behind.
 */
@ApplicationTest
@ExtendWith(Leftovers.class)
class RosterImportApiTest {

  static final String DEMO = "Ronghe@2026";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  ApiClient admin() {
    return ApiClient.loggedIn(port, "admin", DEMO);
  }

  @Test
  void theTemplateHasThePeopleSheetTheOrganisationsAsTheyAreAndAGuide() throws Exception {
    HttpResponse<byte[]> template = admin().download("/api/admin/roster/template");
    assertThat(template.statusCode()).isEqualTo(200);
    assertThat(template.headers().firstValue("Content-Disposition").orElse(""))
        .contains("filename*=UTF-8''")
        .contains("%E4%BA%BA%E5%91%98%E5%90%8D%E5%86%8C%E6%A8%A1%E6%9D%BF.xlsx");
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(template.body()))) {
      assertThat(workbook.getSheets().map(s -> s.getName())).containsExactly("人员", "组织", "填写说明");
      List<Row> people = workbook.findSheet("人员").orElseThrow().read();
      assertThat(people.get(0).getCellText(2)).isEqualTo("公民身份号码");
      List<Row> orgs = workbook.findSheet("组织").orElseThrow().read();
      assertThat(orgs.get(0).getCellText(0)).isEqualTo("组织编码");
      assertThat(
              orgs.stream()
                  .map(r -> r.getCellText(0) + "|" + r.getCellText(2) + "|" + r.getCellText(3)))
          .contains("committee|机关党委|", "branch-1|党支部|committee", "branch-1-civil|党小组|branch-1");
    }
  }

  @Test
  void aValidRosterIsImportedWithItsProgressAndImportingItAgainChangesNothing() {
    ApiClient admin = admin();
    String group = "t-" + UUID.randomUUID().toString().substring(0, 8);
    String jia = TestUsers.idNumber("M");
    String yi = TestUsers.idNumber("F").toLowerCase();
    String bing = TestUsers.idNumber("M");
    RosterBook book =
        new RosterBook()
            .org(group, "测试党小组" + group, "党小组", "branch-2", null)
            .person(
                "甲测试",
                "男",
                jia,
                group,
                "执行员",
                LocalDate.of(2015, 7, 1),
                "正式党员",
                LocalDate.of(2010, 7, 1))
            .person("乙测试", "女", yi, "branch-1-civil", null, "2024/3/1", null, null)
            .person("丙测试", "男", bing, "branch-2", "法官助理", null, "入党申请人", "2026-03-10");

    JsonNode check =
        admin.upload("/api/admin/roster/check", "file", "名册.xlsx", book.bytes()).json();
    assertThat(check.path("errors")).isEmpty();
    assertThat(counts(check.path("organisations"))).isEqualTo("1/0/0");
    assertThat(counts(check.path("people"))).isEqualTo("3/0/0");

    Response started = admin.upload("/api/admin/roster/imports", "file", "名册.xlsx", book.bytes());
    assertThat(started.status()).isEqualTo(202);
    assertThat(started.json().path("status").asText()).isEqualTo("running");
    assertThat(started.json().path("total").asInt()).isEqualTo(4);
    JsonNode done =
        awaitImport(
            admin,
            started.json().path("id").asLong(),
            i -> !"running".equals(i.path("status").asText()));
    assertThat(done.path("status").asText()).isEqualTo("done");
    assertThat(done.path("processed").asInt()).isEqualTo(4);
    assertThat(counts(done.path("people"))).isEqualTo("3/0/0");

    Map<String, Object> org =
        jdbc.queryForMap(
            "select o.type, p.code as parent from org_unit o join org_unit p on p.id = o.parent_id where o.code = ?",
            group);
    assertThat(org).containsEntry("TYPE", "group").containsEntry("PARENT", "branch-2");
    Map<String, Object> first =
        jdbc.queryForMap(
            "select p.name, p.gender, p.birth_date, p.member_status, p.member_status_since, p.hired_on, o.code"
                + " from person p join org_unit o on o.id = p.org_id where p.id_number = ?",
            jia);
    assertThat(first.get("CODE")).isEqualTo(group);
    assertThat(first.get("MEMBER_STATUS")).isEqualTo("full");
    assertThat(first.get("MEMBER_STATUS_SINCE").toString()).isEqualTo("2010-07-01");
    assertThat(first.get("HIRED_ON").toString()).isEqualTo("2015-07-01");
    assertThat(first.get("BIRTH_DATE").toString()).isEqualTo(IdDate.of(jia));
    assertThat(
            jdbc.queryForObject(
                "select reason from member_status_change c join person p on p.id = c.person_id"
                    + " where p.id_number = ? and c.step = 'roster-import'",
                String.class,
                jia))
        .isEqualTo("名册导入：名册.xlsx");
    assertThat(
            jdbc.queryForObject(
                "select hired_on from person where id_number = ?",
                LocalDate.class,
                yi.toUpperCase()))
        .as("a lower-case x is stored upper-case; 2024/3/1 read as a date")
        .isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where action = 'roster.import' and object_id = ?",
                Integer.class,
                started.json().path("id").asText()))
        .isEqualTo(1);

    JsonNode again =
        admin.upload("/api/admin/roster/check", "file", "名册.xlsx", book.bytes()).json();
    assertThat(counts(again.path("organisations"))).isEqualTo("0/0/1");
    assertThat(counts(again.path("people"))).isEqualTo("0/0/3");
    Response second = admin.upload("/api/admin/roster/imports", "file", "名册.xlsx", book.bytes());
    JsonNode secondDone =
        awaitImport(
            admin,
            second.json().path("id").asLong(),
            i -> !"running".equals(i.path("status").asText()));
    assertThat(secondDone.path("status").asText()).isEqualTo("done");
    assertThat(counts(secondDone.path("people"))).isEqualTo("0/0/3");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from person where id_number in (?, ?, ?)",
                Integer.class,
                jia,
                yi.toUpperCase(),
                bing))
        .as("no duplicates")
        .isEqualTo(3);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from member_status_change c join person p on p.id = c.person_id"
                    + " where p.id_number = ?",
                Integer.class,
                jia))
        .as("the unchanged status is not recorded again")
        .isEqualTo(1);

    RosterBook moved =
        new RosterBook()
            .person("乙测试", "女", yi, group, "书记员", null, null, null)
            .person("丙测试", "男", bing, "branch-2", null, null, null, null);
    JsonNode move =
        admin.upload("/api/admin/roster/check", "file", "调整.xlsx", moved.bytes()).json();
    assertThat(counts(move.path("people")))
        .as("乙 moves and gets a post; 丙's empty cells keep what is stored")
        .isEqualTo("0/1/1");

    assertThat(admin.get("/api/admin/roster/imports").json().findValuesAsText("id"))
        .contains(started.json().path("id").asText(), second.json().path("id").asText());
  }

  @Test
  void aRosterWithErrorsListsEveryRowsErrorsAndImportsNothing() {
    ApiClient admin = admin();
    String group = "t-" + UUID.randomUUID().toString().substring(0, 8);
    String valid = TestUsers.idNumber("F");
    String twice = TestUsers.idNumber("M");
    String badCheck = TestUsers.idNumber("M");
    badCheck = badCheck.substring(0, 17) + (badCheck.charAt(17) == '0' ? '1' : '0');
    RosterBook book =
        new RosterBook()
            .org(group, "挂错的党小组", "党小组", "committee", null)
            .person("正确", "女", valid, "branch-1", null, null, null, null) // row 2: fine
            .person(null, "男", TestUsers.idNumber("M"), "branch-1", null, null, null, null) // 3
            .person("校验位", "男", badCheck, "branch-1", null, null, null, null) // 4
            .person("无组织", "女", TestUsers.idNumber("F"), "no-such-org", null, null, null, null) // 5
            .person("重复甲", "男", twice, "branch-1", null, null, null, null) // 6
            .person("重复乙", "男", twice, "branch-1", null, null, null, null) // 7
            .person(
                "数字",
                "男",
                new java.math.BigDecimal("110105197504121234"),
                "branch-1",
                null,
                null,
                null,
                null) // 8
            .person("无日期", "男", TestUsers.idNumber("M"), "branch-1", null, null, "正式党员", null) // 9
            .person("性别", "女", TestUsers.idNumber("M"), "branch-1", null, "明年", "党员", null); // 10
    long peopleBefore = jdbc.queryForObject("select count(*) from person", Long.class);

    JsonNode check =
        admin.upload("/api/admin/roster/check", "file", "有错.xlsx", book.bytes()).json();
    List<String> errors = new ArrayList<>();
    check
        .path("errors")
        .forEach(
            e ->
                errors.add(
                    e.path("sheet").asText()
                        + e.path("row").asInt()
                        + ":"
                        + e.path("column").asText()));
    assertThat(errors)
        .containsExactly(
            "组织2:上级组织编码",
            "人员3:姓名",
            "人员4:公民身份号码",
            "人员5:所在组织编码",
            "人员7:公民身份号码",
            "人员8:公民身份号码",
            "人员9:政治面貌日期",
            "人员10:性别",
            "人员10:入职日期",
            "人员10:政治面貌");
    assertThat(check.path("errors").get(0).path("message").asText()).isEqualTo("党小组的上级应为党支部");
    assertThat(check.path("errors").get(2).path("message").asText()).contains("校验位");
    assertThat(check.path("errors").get(4).path("message").asText()).contains("第 6 行重复");
    assertThat(check.path("errors").get(5).path("message").asText()).contains("文本");

    Response refused = admin.upload("/api/admin/roster/imports", "file", "有错.xlsx", book.bytes());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().path("code").asText()).isEqualTo("roster.invalid");
    assertThat(refused.json().path("rowErrors")).hasSize(errors.size());
    assertThat(jdbc.queryForObject("select count(*) from person", Long.class))
        .isEqualTo(peopleBefore);
    assertThat(
            jdbc.queryForObject("select count(*) from org_unit where code = ?", Long.class, group))
        .isZero();

    Response notExcel =
        admin.upload("/api/admin/roster/check", "file", "名册.txt", "姓名,性别".getBytes());
    assertThat(notExcel.status()).isEqualTo(400);
    assertThat(notExcel.fields()).containsExactly("file");
    Response fakeExcel =
        admin.upload("/api/admin/roster/check", "file", "名册.xlsx", "not a workbook".getBytes());
    assertThat(fakeExcel.status()).isEqualTo(400);
    assertThat(fakeExcel.fields()).containsExactly("file");
  }

  /**
   * A person the import must update is held by another transaction, which then registers, under an
   * ID number the roster is about to add, someone else. The import, blocked halfway, goes on when
   * the other commits, and fails on the duplicate: the organisation and the people it had already
   * written are gone with its transaction.
   */
  @Test
  void anImportThatFailsHalfwayLeavesNothingBehind() throws Exception {
    ApiClient admin = admin();
    String held = TestUsers.idNumber("F");
    long heldId =
        admin
            .post(
                "/api/admin/people",
                Map.of(
                    "name",
                    "被占用",
                    "gender",
                    "F",
                    "idNumber",
                    held,
                    "orgId",
                    orgId("branch-3"),
                    "post",
                    "原职务"))
            .json()
            .path("id")
            .asLong();
    String group = "t-" + UUID.randomUUID().toString().substring(0, 8);
    String first = TestUsers.idNumber("M");
    String second = TestUsers.idNumber("F");
    String taken = TestUsers.idNumber("M");
    RosterBook book =
        new RosterBook()
            .org(group, "半途党小组", "党小组", "branch-3", null)
            .person("先导入甲", "男", first, group, null, null, null, null)
            .person("先导入乙", "女", second, group, null, null, null, null)
            .person("被占用", "女", held, "branch-3", "新职务", null, null, null)
            .person("后导入", "男", taken, "branch-3", null, null, null, null);

    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement hold =
          other.prepareStatement("update person set post = ? where id = ?")) {
        hold.setString(1, "另一事务");
        hold.setLong(2, heldId);
        hold.executeUpdate();
      }
      Response started = admin.upload("/api/admin/roster/imports", "file", "半途.xlsx", book.bytes());
      assertThat(started.status()).isEqualTo(202);
      long id = started.json().path("id").asLong();
      JsonNode halfway = awaitImport(admin, id, i -> i.path("processed").asInt() >= 3);
      assertThat(halfway.path("status").asText())
          .as("blocked on the held person")
          .isEqualTo("running");
      assertThat(halfway.path("processed").asInt()).isEqualTo(3);
      try (PreparedStatement register =
          other.prepareStatement(
              "insert into person (name, gender, id_number, org_id, member_status) values (?, ?, ?, ?, 'none')")) {
        register.setString(1, "抢先登记");
        register.setString(2, "M");
        register.setString(3, taken);
        register.setLong(4, orgId("branch-3"));
        register.executeUpdate();
      }
      other.commit();

      JsonNode failed = awaitImport(admin, id, i -> !"running".equals(i.path("status").asText()));
      assertThat(failed.path("status").asText()).isEqualTo("failed");
      assertThat(failed.path("error").asText()).contains("未导入任何数据");
    }
    assertThat(
            jdbc.queryForObject("select count(*) from org_unit where code = ?", Long.class, group))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from person where id_number in (?, ?)", Long.class, first, second))
        .isZero();
    assertThat(jdbc.queryForObject("select post from person where id = ?", String.class, heldId))
        .isEqualTo("另一事务");
    assertThat(
            jdbc.queryForObject("select name from person where id_number = ?", String.class, taken))
        .isEqualTo("抢先登记");
  }

  private long orgId(String code) {
    return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
  }

  private static String counts(JsonNode counts) {
    return counts.path("created").asInt()
        + "/"
        + counts.path("updated").asInt()
        + "/"
        + counts.path("unchanged").asInt();
  }

  /** The import as soon as it is as {@code until} says (within a minute). */
  private static JsonNode awaitImport(ApiClient admin, long id, Predicate<JsonNode> until) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> admin.get("/api/admin/roster/imports/" + id).json(), until);
  }

  /** The birth date an ID number holds, as yyyy-mm-dd. */
  private static final class IdDate {
    static String of(String idNumber) {
      return idNumber.substring(6, 10)
          + "-"
          + idNumber.substring(10, 12)
          + "-"
          + idNumber.substring(12, 14);
    }
  }
}
