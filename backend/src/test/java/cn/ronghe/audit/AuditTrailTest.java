package cn.ronghe.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ronghe.notify.NotificationService;
import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.Endpoints;
import cn.ronghe.support.Endpoints.Endpoint;
import cn.ronghe.support.IntakeApplication;
import cn.ronghe.support.Leftovers;
import cn.ronghe.support.Pilot;
import cn.ronghe.support.ProbeProcesses;
import cn.ronghe.support.RosterBook;
import cn.ronghe.support.TestUsers;
import cn.ronghe.system.ClockConfig;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail: every write and every read of a confidential record leaves exactly one audit row
 * (one per task of a batch); the trail cannot be changed or removed through the database account of
 * the application; and the hash chain over it shows where it was tampered with.
 *
 * <p>The endpoints come from the running application's handler mappings: a write endpoint without
 * an entry in {@link #writes()}, or a read endpoint in neither {@link #confidentialReads()} nor
 * {@link #PLAIN_READS}, fails the test, so every endpoint added later is classified and, when it
 * writes or reads confidential data, shown to be audited. The case view, a task's form and a case's
 * attachments are audited when the case is confidential (a talk, or a follow-up item under one:
 * {@code cn.ronghe.workflow.ConfidentialProcesses}), so {@link #confidentialReads()} reads them of
 * a talk; that they stay unaudited for other processes is {@code TalkContentAuditTest}'s.
 */
@ApplicationTest
@ExtendWith(Leftovers.class)
class AuditTrailTest {

  static final String DEMO = "Ronghe@2026";
  static final byte[] PDF =
      "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  /**
   * Reads of nothing confidential (lists, public pages, operations): not audited. A task's row
   * ({@code GET /api/tasks/{id}}) is what the inbox lists, without form values: not audited even
   * for a talk.
   */
  static final Set<String> PLAIN_READS =
      Set.of(
          "GET /api/auth/demo-accounts",
          "GET /api/auth/me",
          "GET /api/orgs",
          "GET /api/users",
          "GET /api/people",
          "GET /api/intakes",
          "GET /api/calendar/{year}",
          "GET /api/talks/coverage",
          "GET /api/talks/quota",
          "GET /api/typical-cases",
          "GET /api/campaigns",
          "GET /api/campaigns/history",
          "GET /api/campaigns/{id}",
          "GET /api/reports",
          "GET /api/reports/{id}",
          "GET /api/typical-cases/{id}",
          "GET /api/typical-case-files/{fileId}",
          "GET /api/notifications",
          "GET /api/notifications/unread-count",
          "GET /api/tasks",
          "GET /api/tasks/{id}",
          "GET /api/tasks/{id}/return-targets",
          "GET /api/processes",
          "GET /api/processes/{key}/start-form",
          "GET /api/admin/people",
          "GET /api/admin/people/{id}",
          "GET /api/admin/accounts",
          "GET /api/admin/roster/template",
          "GET /api/admin/roster/imports",
          "GET /api/admin/roster/imports/{id}",
          "GET /api/admin/orgs/{id}",
          "GET /api/admin/operations/failed-jobs",
          "GET /api/admin/operations/processes",
          "GET /api/admin/settings",
          "GET /actuator",
          "GET /actuator/health",
          "GET /actuator/health/**",
          "GET /actuator/info",
          "GET /actuator/metrics",
          "GET /actuator/metrics/{requiredMetricName}",
          "GET /actuator/prometheus",
          "GET /v3/api-docs",
          "GET /v3/api-docs.yaml",
          "GET /v3/api-docs/swagger-config",
          "GET /swagger-ui.html");

  /** One audit row as expected: its action and the object it names. */
  record Audited(String action, String objectId) {}

  /** A request ready to send (its set-up done) and what it must leave in the trail. */
  record Call(Supplier<Response> send, int status, List<Audited> audited) {}

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Pilot pilot;
  @Autowired TestUsers users;
  @Autowired NotificationService notifications;
  @Autowired AuditSeals seals;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;

  /** The settings the trail's calls changed go back to their defaults. */
  @org.junit.jupiter.api.AfterEach
  void backToTheDefaultSettings() {
    jdbc.update("delete from app_setting");
  }

  @Test
  void everyWriteLeavesExactlyOneAuditRow() {
    Map<String, Supplier<Call>> writes = writes();
    List<String> endpoints =
        Endpoints.of(context).values().stream()
            .filter(Endpoint::isWrite)
            .map(Endpoint::key)
            .toList();
    assertThat(endpoints.stream().filter(e -> !writes.containsKey(e)).toList())
        .as("write endpoints without an entry in AuditTrailTest.writes(): add one that calls it")
        .isEmpty();
    assertThat(writes.keySet().stream().filter(e -> !endpoints.contains(e)).toList())
        .as("entries of AuditTrailTest.writes() whose endpoint no longer exists")
        .isEmpty();

    Map<String, List<Audited>> trail = new TreeMap<>();
    writes.forEach((endpoint, call) -> trail.put(endpoint, audited(endpoint, call.get())));
    // logout is the security filter's, not a handler mapping's
    trail.put("POST /api/auth/logout", audited("POST /api/auth/logout", logout()));
    trail.forEach((endpoint, rows) -> System.out.printf("[audit] %-45s %s%n", endpoint, rows));
  }

  @Test
  void everyReadOfAConfidentialRecordLeavesExactlyOneAuditRow() {
    Map<String, Supplier<Call>> reads = confidentialReads();
    List<String> endpoints =
        Endpoints.of(context).values().stream()
            .filter(e -> !e.isWrite())
            .map(Endpoint::key)
            .toList();
    assertThat(
            endpoints.stream()
                .filter(e -> !reads.containsKey(e) && !PLAIN_READS.contains(e))
                .toList())
        .as(
            "read endpoints neither in AuditTrailTest.confidentialReads() (audited) nor in"
                + " PLAIN_READS: classify them")
        .isEmpty();
    assertThat(reads.keySet()).allSatisfy(e -> assertThat(endpoints).contains(e));
    assertThat(PLAIN_READS).allSatisfy(e -> assertThat(endpoints).contains(e));

    reads.forEach(
        (endpoint, call) ->
            System.out.printf("[audit] %-45s %s%n", endpoint, audited(endpoint, call.get())));
  }

  @Test
  void everyLoginAttemptIsAuditedOnceWhateverItsOutcome() {
    String user = users.create("staff");
    List<Audited> wrong =
        audited(
            "POST /api/auth/login (wrong password)",
            new Call(
                () -> new ApiClient(port).login(user, "Wrong@Pass2026"),
                401,
                List.of(new Audited("auth.login-failed", user))));
    String unknown = "nobody" + UUID.randomUUID().toString().substring(0, 8);
    audited(
        "POST /api/auth/login (unknown user)",
        new Call(
            () -> new ApiClient(port).login(unknown, "Wrong@Pass2026"),
            401,
            List.of(new Audited("auth.login-failed", unknown))));
    assertThat(wrong).hasSize(1);
  }

  @Test
  void theTrailCannotBeChangedOrRemovedThroughTheApplicationsDatabaseAccount() {
    ApiClient.loggedIn(port, "zhangsan", DEMO);
    seals.seal();
    long event = jdbc.queryForObject("select max(id) from audit_event", Long.class);
    long seal = jdbc.queryForObject("select max(seq) from audit_seal", Long.class);

    for (String statement :
        List.of(
            "update audit_event set detail = 'changed' where id = " + event,
            "update audit_event set actor = 'someone' where id = " + event,
            "delete from audit_event where id = " + event,
            "delete from audit_event",
            "update audit_seal set hash = '" + "f".repeat(64) + "' where seq = " + seal,
            "delete from audit_seal where seq = " + seal)) {
      assertThatThrownBy(() -> jdbc.update(statement))
          .as(statement)
          .isInstanceOf(DataAccessException.class)
          .hasMessageContaining("append-only");
    }
    assertThat(
            jdbc.queryForObject("select count(*) from audit_event where id = ?", Long.class, event))
        .isEqualTo(1);
  }

  @Test
  void theHashChainShowsWhereARowWasChangedBehindTheApplicationsBack() throws SQLException {
    ApiClient auditor = ApiClient.loggedIn(port, "auditor", DEMO);
    ApiClient.loggedIn(port, "lisi", DEMO);
    seals.seal();
    AuditSeals.Integrity before = seals.verify();
    assertThat(before.intact()).as(before.problem()).isTrue();
    assertThat(before.sealed()).isPositive();
    assertThat(auditor.get("/api/audit/integrity").json().path("intact").asBoolean()).isTrue();
    seals.seal();

    long event =
        jdbc.queryForObject(
            "select max(id) from audit_event where action = 'auth.login' and actor = 'lisi'",
            Long.class);
    long seq =
        jdbc.queryForObject("select seq from audit_seal where event_id = ?", Long.class, event);
    String detail =
        jdbc.queryForObject("select detail from audit_event where id = ?", String.class, event);
    // what someone with the database's own administrator account, not the application's, could do
    withoutTrigger(
        "audit_event_no_update",
        () -> jdbc.update("update audit_event set detail = 'nothing to see' where id = ?", event));
    try {
      AuditSeals.Integrity after = seals.verify();
      System.out.printf(
          "[audit] chain before: %s; after changing event %d: %s%n", before, event, after);
      assertThat(after.intact()).isFalse();
      assertThat(after.brokenAtSeq()).isEqualTo(seq);
      assertThat(after.problem()).contains("event " + event);
      Response report = auditor.get("/api/audit/integrity");
      assertThat(report.status()).isEqualTo(200);
      assertThat(report.json().path("intact").asBoolean()).isFalse();
      assertThat(report.json().path("brokenAtSeq").asLong()).isEqualTo(seq);
    } finally {
      withoutTrigger(
          "audit_event_no_update",
          () -> jdbc.update("update audit_event set detail = ? where id = ?", detail, event));
    }
    seals.seal();
    assertThat(seals.verify().intact()).isTrue();
  }

  @Test
  void anEventCommittedAfterALaterOneIsSealedByTheNextSweepFurtherDownTheChain()
      throws SQLException {
    long late;
    try (Connection slow = dataSource.getConnection()) {
      slow.setAutoCommit(false);
      // a long transaction: its event takes an id now and commits after the next one
      try (var insert =
          slow.prepareStatement(
              "insert into audit_event (occurred_at, actor, action, object_type, object_id)"
                  + " values (current_timestamp, 'slow', 'test.slow', 'test', 'slow')",
              java.sql.Statement.RETURN_GENERATED_KEYS)) {
        insert.executeUpdate();
        try (var keys = insert.getGeneratedKeys()) {
          keys.next();
          late = keys.getLong(1);
        }
      }
      ApiClient.loggedIn(port, "zhangsan", DEMO);
      long early = lastEventId();
      assertThat(early).isGreaterThan(late);
      seals.seal();
      assertThat(sealOf(early)).isNotNull();
      assertThat(sealOf(late)).as("not committed yet").isNull();
      slow.commit();
      seals.seal();
      assertThat(sealOf(late)).isGreaterThan(sealOf(early));
    }
    AuditSeals.Integrity integrity = seals.verify();
    assertThat(integrity.intact()).as(integrity.problem()).isTrue();
  }

  private Long sealOf(long event) {
    return jdbc
        .query("select seq from audit_seal where event_id = ?", (r, i) -> r.getLong(1), event)
        .stream()
        .findFirst()
        .orElse(null);
  }

  // ---- the calls ------------------------------------------------------------------------------

  /** For each write endpoint: a call of it that succeeds, and the audit rows it must leave. */
  private Map<String, Supplier<Call>> writes() {
    Map<String, Supplier<Call>> writes = new LinkedHashMap<>();
    writes.put(
        "POST /api/auth/login",
        () -> {
          String user = users.create("staff");
          return new Call(
              () -> new ApiClient(port).login(user, TestUsers.PASSWORD),
              200,
              List.of(new Audited("auth.login", user)));
        });
    writes.put(
        "POST /api/auth/password",
        () -> {
          String user = users.create("staff");
          ApiClient client = ApiClient.loggedIn(port, user, TestUsers.PASSWORD);
          return new Call(
              () ->
                  client.post(
                      "/api/auth/password",
                      Map.of(
                          "currentPassword", TestUsers.PASSWORD, "newPassword", "Xin@Mima2026a")),
              204,
              List.of(new Audited("auth.password", user)));
        });
    writes.put(
        "PUT /api/calendar/{year}",
        () -> {
          ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
          return new Call(
              () ->
                  admin.put(
                      "/api/calendar/2033",
                      Map.of(
                          "notice",
                          "国办发明电〔2032〕1号",
                          "provisional",
                          false,
                          "days",
                          List.of(Map.of("date", "2033-01-03", "kind", "holiday", "name", "元旦")))),
              200,
              List.of(new Audited("calendar.update", "2033")));
        });
    writes.put(
        "POST /api/discipline-clues/{id}/recusals",
        () -> {
          String clue = clue();
          ApiClient zhaomin = ApiClient.loggedIn(port, "zhaomin", DEMO);
          return new Call(
              () ->
                  zhaomin.post(
                      "/api/discipline-clues/" + clue + "/recusals",
                      Map.of("username", "zhoujian", "reason", "审计测试：工作回避")),
              204,
              List.of(new Audited("discipline-clue.recusal", clue)));
        });
    writes.put(
        "POST /api/typical-cases",
        () -> {
          ApiClient zhaomin = ApiClient.loggedIn(port, "zhaomin", DEMO);
          return new Call(
              () -> zhaomin.post("/api/typical-cases", typicalCase()),
              201,
              List.of(new Audited("typical-case.create", "@id")));
        });
    writes.put(
        "PUT /api/typical-cases/{id}",
        () -> {
          ApiClient zhaomin = ApiClient.loggedIn(port, "zhaomin", DEMO);
          String id = zhaomin.post("/api/typical-cases", typicalCase()).json().path("id").asText();
          return new Call(
              () -> zhaomin.put("/api/typical-cases/" + id, typicalCase()),
              200,
              List.of(new Audited("typical-case.update", id)));
        });
    writes.put(
        "DELETE /api/typical-cases/{id}",
        () -> {
          ApiClient zhaomin = ApiClient.loggedIn(port, "zhaomin", DEMO);
          String id = zhaomin.post("/api/typical-cases", typicalCase()).json().path("id").asText();
          return new Call(
              () -> zhaomin.send("DELETE", "/api/typical-cases/" + id, null),
              204,
              List.of(new Audited("typical-case.withdraw", id)));
        });
    writes.put(
        "POST /api/notifications/{id}/read",
        () -> {
          String user = users.create("staff");
          notifications.notify(
              user, "test.audit", "审计测试", null, null, null, "audit-test:" + UUID.randomUUID());
          ApiClient client = ApiClient.loggedIn(port, user, TestUsers.PASSWORD);
          String id =
              client.get("/api/notifications").json().path("items").get(0).path("id").asText();
          return new Call(
              () -> client.post("/api/notifications/" + id + "/read", "{}"),
              204,
              List.of(new Audited("notification.read", id)));
        });
    writes.put(
        "POST /api/notifications/read-all",
        () -> {
          String user = users.create("staff");
          ApiClient client = ApiClient.loggedIn(port, user, TestUsers.PASSWORD);
          return new Call(
              () -> client.post("/api/notifications/read-all", "{}"),
              200,
              List.of(new Audited("notification.read-all", user)));
        });
    writes.put(
        "POST /api/processes/{key}/start",
        () -> {
          ApiClient zhangsan = ApiClient.loggedIn(port, "zhangsan", DEMO);
          return new Call(
              () -> startHelpRequest(zhangsan),
              201,
              List.of(new Audited("process.start", "@processInstanceId")));
        });
    writes.put(
        "POST /api/tasks/{id}/claim",
        () -> {
          String review = reviewTask();
          ApiClient liqiang = ApiClient.loggedIn(port, "liqiang", DEMO);
          return new Call(
              () -> liqiang.post("/api/tasks/" + review + "/claim", "{}"),
              200,
              List.of(new Audited("task.claim", review)));
        });
    writes.put(
        "POST /api/tasks/{id}/unclaim",
        () -> {
          String review = reviewTask();
          ApiClient liqiang = claimedBy("liqiang", review);
          return new Call(
              () -> liqiang.post("/api/tasks/" + review + "/unclaim", "{}"),
              200,
              List.of(new Audited("task.unclaim", review)));
        });
    writes.put(
        "POST /api/tasks/{id}/complete",
        () -> {
          String review = reviewTask();
          ApiClient liqiang = claimedBy("liqiang", review);
          return new Call(
              () -> liqiang.post("/api/tasks/" + review + "/complete", passReview()),
              204,
              List.of(new Audited("task.complete", review)));
        });
    writes.put(
        "POST /api/tasks/batch-complete",
        () -> {
          String first = reviewTask();
          String second = reviewTask();
          ApiClient liqiang = claimedBy("liqiang", first);
          liqiang.post("/api/tasks/" + second + "/claim", "{}");
          Map<String, Object> body = new LinkedHashMap<>(passReview());
          body.put("taskIds", List.of(first, second));
          return new Call(
              () -> liqiang.post("/api/tasks/batch-complete", body),
              200,
              List.of(new Audited("task.complete", first), new Audited("task.complete", second)));
        });
    writes.put(
        "POST /api/tasks/{id}/return",
        () -> {
          String pid = pilot.requestByZhangsan(unique());
          pilot.passReview(pid, "liqiang");
          String approval = pilot.currentTask(pid).getId();
          ApiClient wangwei = claimedBy("wangwei", approval);
          return new Call(
              () ->
                  wangwei.post(
                      "/api/tasks/" + approval + "/return",
                      Map.of("target", "reviewHelpRequest", "reason", "请补充核实")),
              204,
              List.of(new Audited("task.return", approval)));
        });
    writes.put(
        "POST /api/tasks/{id}/transfer",
        () -> {
          String review = reviewTask();
          String other = users.create("branch-secretary@branch-1");
          ApiClient liqiang = claimedBy("liqiang", review);
          return new Call(
              () ->
                  liqiang.post(
                      "/api/tasks/" + review + "/transfer", Map.of("to", other, "reason", "出差")),
              204,
              List.of(new Audited("task.transfer", review)));
        });
    writes.put(
        "POST /api/tasks/{id}/delegate",
        () -> {
          String review = reviewTask();
          ApiClient liqiang = claimedBy("liqiang", review);
          return new Call(
              () ->
                  liqiang.post(
                      "/api/tasks/" + review + "/delegate",
                      Map.of("to", "chenjing", "reason", "请先核实")),
              204,
              List.of(new Audited("task.delegate", review)));
        });
    writes.put(
        "POST /api/tasks/{id}/cc",
        () -> {
          String review = reviewTask();
          ApiClient liqiang = claimedBy("liqiang", review);
          return new Call(
              () -> liqiang.post("/api/tasks/" + review + "/cc", Map.of("users", List.of("lisi"))),
              204,
              List.of(new Audited("task.cc", review)));
        });
    writes.put(
        "POST /api/tasks/{id}/urge",
        () -> {
          // urged by its requester, who started it through the API
          ApiClient zhangsan = ApiClient.loggedIn(port, "zhangsan", DEMO);
          String review =
              pilot
                  .currentTask(startHelpRequest(zhangsan).json().path("processInstanceId").asText())
                  .getId();
          return new Call(
              () -> zhangsan.post("/api/tasks/" + review + "/urge", Map.of("message", "请尽快审核")),
              200,
              List.of(new Audited("task.urge", review)));
        });
    writes.put(
        "POST /api/tasks/{taskId}/attachments",
        () -> {
          String review = reviewTask();
          ApiClient liqiang = claimedBy("liqiang", review);
          return new Call(
              () -> liqiang.upload("/api/tasks/" + review + "/attachments", "file", "说明.pdf", PDF),
              201,
              List.of(new Audited("attachment.upload", "@id")));
        });
    writes.put(
        "POST /api/typical-cases/{id}/files",
        () -> {
          ApiClient zhaomin = ApiClient.loggedIn(port, "zhaomin", DEMO);
          String id = zhaomin.post("/api/typical-cases", typicalCase()).json().path("id").asText();
          return new Call(
              () -> zhaomin.upload("/api/typical-cases/" + id + "/files", "file", "通报.pdf", PDF),
              201,
              List.of(new Audited("typical-case.file.upload", id)));
        });
    writes.put(
        "DELETE /api/typical-case-files/{fileId}",
        () -> {
          ApiClient zhaomin = ApiClient.loggedIn(port, "zhaomin", DEMO);
          String id = zhaomin.post("/api/typical-cases", typicalCase()).json().path("id").asText();
          String file =
              zhaomin
                  .upload("/api/typical-cases/" + id + "/files", "file", "通报.pdf", PDF)
                  .json()
                  .path("id")
                  .asText();
          return new Call(
              () -> zhaomin.send("DELETE", "/api/typical-case-files/" + file, null),
              204,
              List.of(new Audited("typical-case.file.delete", id)));
        });
    adminWrites(writes);
    orgWrites(writes);
    writes.put(
        "PUT /api/admin/settings",
        () -> {
          ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
          return new Call(
              () ->
                  admin.put(
                      "/api/admin/settings",
                      Map.of("values", Map.of("ronghe.talk.event-due-days", 11))),
              200,
              List.of(new Audited("setting.change", "ronghe.talk.event-due-days")));
        });
    writes.put(
        "POST /api/admin/operations/failed-jobs/{jobId}/retry",
        () -> {
          ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
          String job = waitingJob();
          return new Call(
              () -> admin.post("/api/admin/operations/failed-jobs/" + job + "/retry", Map.of()),
              200,
              List.of(new Audited("operations.retry", job)));
        });
    return writes;
  }

  /** The administrator's: people, accounts, the roster. */
  private void adminWrites(Map<String, Supplier<Call>> writes) {
    writes.put(
        "POST /api/admin/people",
        () -> {
          ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
          return new Call(
              () -> admin.post("/api/admin/people", personFacts(TestUsers.idNumber("F"), "书记员")),
              201,
              List.of(new Audited("person.create", "@id")));
        });
    writes.put(
        "PUT /api/admin/people/{id}",
        () -> {
          ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
          String idNumber = TestUsers.idNumber("F");
          String id = person(admin, idNumber);
          return new Call(
              () -> admin.put("/api/admin/people/" + id, personFacts(idNumber, "法官助理")),
              200,
              List.of(new Audited("person.update", id)));
        });
    writes.put(
        "POST /api/admin/people/{id}/deactivate",
        () -> {
          ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
          String id = person(admin, TestUsers.idNumber("F"));
          return new Call(
              () -> admin.post("/api/admin/people/" + id + "/deactivate", Map.of("reason", "调离")),
              200,
              List.of(new Audited("person.deactivate", id)));
        });
    writes.put(
        "POST /api/admin/people/{id}/reactivate",
        () -> {
          ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
          String id = person(admin, TestUsers.idNumber("F"));
          admin.post("/api/admin/people/" + id + "/deactivate", Map.of("reason", "调离"));
          return new Call(
              () -> admin.post("/api/admin/people/" + id + "/reactivate", Map.of("reason", "调回")),
              200,
              List.of(new Audited("person.reactivate", id)));
        });
    writes.put(
        "POST /api/admin/people/{id}/member-status",
        () -> {
          ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
          String id = person(admin, TestUsers.idNumber("F"));
          return new Call(
              () ->
                  admin.post(
                      "/api/admin/people/" + id + "/member-status",
                      Map.of("status", "full", "effectiveOn", "2015-07-01", "reason", "组织关系转入")),
              200,
              List.of(new Audited("person.status", id)));
        });
    writes.put(
        "POST /api/admin/people/{id}/account",
        () -> {
          ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
          String id = person(admin, TestUsers.idNumber("F"));
          String username = "a" + UUID.randomUUID().toString().substring(0, 8);
          return new Call(
              () ->
                  admin.post("/api/admin/people/" + id + "/account", Map.of("username", username)),
              201,
              List.of(new Audited("account.open", username)));
        });
    for (String action : List.of("password-reset", "unlock", "enable", "disable")) {
      writes.put(
          "POST /api/admin/accounts/{username}/" + action,
          () -> {
            ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
            String username = users.create("staff");
            return new Call(
                () -> admin.post("/api/admin/accounts/" + username + "/" + action, Map.of()),
                200,
                List.of(new Audited("account." + action, username)));
          });
    }
    writes.put(
        "PUT /api/admin/accounts/{username}/grants",
        () -> {
          ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
          String username = users.create("staff");
          return new Call(
              () ->
                  admin.put(
                      "/api/admin/accounts/" + username + "/grants",
                      Map.of("grants", List.of(Map.of("role", "leader")))),
              200,
              List.of(new Audited("account.grants", username)));
        });
    writes.put(
        "POST /api/admin/roster/check",
        () -> {
          ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
          byte[] roster = roster();
          return new Call(
              () -> admin.upload("/api/admin/roster/check", "file", "审计名册.xlsx", roster),
              200,
              List.of(new Audited("roster.check", sha256(roster))));
        });
    writes.put(
        "POST /api/admin/roster/imports",
        () -> {
          ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
          byte[] roster = roster();
          return new Call(
              () -> admin.upload("/api/admin/roster/imports", "file", "审计名册.xlsx", roster),
              202,
              List.of(new Audited("roster.import", "@id")));
        });
  }

  private void orgWrites(Map<String, Supplier<Call>> writes) {
    writes.put(
        "POST /api/admin/orgs",
        () -> {
          ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
          return new Call(
              () -> admin.post("/api/admin/orgs", newBranch()),
              201,
              List.of(new Audited("org.create", "@id")));
        });
    writes.put(
        "PUT /api/admin/orgs/{id}",
        () -> {
          ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
          String id = admin.post("/api/admin/orgs", newBranch()).json().path("id").asText();
          return new Call(
              () ->
                  admin.put(
                      "/api/admin/orgs/" + id,
                      Map.of("name", "改名党支部", "parentId", orgId("committee"))),
              200,
              List.of(new Audited("org.update", id)));
        });
    writes.put(
        "POST /api/admin/orgs/{id}/dissolve",
        () -> {
          ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
          String id = admin.post("/api/admin/orgs", newBranch()).json().path("id").asText();
          return new Call(
              () -> admin.post("/api/admin/orgs/" + id + "/dissolve", Map.of("reason", "机构调整")),
              200,
              List.of(new Audited("org.dissolve", id)));
        });
    writes.put(
        "PUT /api/admin/orgs/{id}/leadership",
        () -> {
          ApiClient admin = ApiClient.loggedIn(port, "admin", DEMO);
          Map<String, Object> branch = newBranch();
          String id = admin.post("/api/admin/orgs", branch).json().path("id").asText();
          String secretary =
              users.createPerson(
                  (String) branch.get("code"), LocalDate.of(1980, 1, 1), "full", "staff");
          return new Call(
              () ->
                  admin.put(
                      "/api/admin/orgs/" + id + "/leadership", Map.of("secretary", secretary)),
              200,
              List.of(new Audited("org.leadership", id)));
        });
  }

  /** The timer job of a new instance of a process that waits a day. */
  private String waitingJob() {
    repositoryService
        .createDeployment()
        .name("audit-probe")
        .enableDuplicateFiltering(true)
        .addString("auditProbe.bpmn", ProbeProcesses.waiting("auditProbe"))
        .deploy();
    String instance = runtimeService.startProcessInstanceByKey("auditProbe").getId();
    return managementService.createJobQuery().processInstanceId(instance).singleResult().getId();
  }

  private Map<String, Object> newBranch() {
    return new LinkedHashMap<>(
        Map.of(
            "code",
            "a-" + UUID.randomUUID().toString().substring(0, 8),
            "name",
            "审计测试党支部",
            "type",
            "branch",
            "parentId",
            orgId("committee")));
  }

  private long orgId(String code) {
    return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
  }

  private Map<String, Object> personFacts(String idNumber, String post) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("name", "审计测试");
    facts.put("gender", "F");
    facts.put("idNumber", idNumber);
    facts.put(
        "orgId",
        jdbc.queryForObject("select id from org_unit where code = 'branch-3'", Long.class));
    facts.put("post", post);
    return facts;
  }

  private String person(ApiClient admin, String idNumber) {
    return admin.post("/api/admin/people", personFacts(idNumber, "书记员")).json().path("id").asText();
  }

  private static String sha256(byte[] content) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One new person, no registry status: its import writes no audit row of its own. */
  private static byte[] roster() {
    return new RosterBook()
        .person("审计名册", "女", TestUsers.idNumber("F"), "branch-3", null, null, null, null)
        .bytes();
  }

  /** For each confidential read: a call that succeeds, and the one audit row it must leave. */
  private Map<String, Supplier<Call>> confidentialReads() {
    Map<String, Supplier<Call>> reads = new LinkedHashMap<>();
    reads.put(
        "GET /api/intakes/{id}",
        () -> {
          long intake = intake();
          ApiClient wangwei = ApiClient.loggedIn(port, "wangwei", DEMO);
          return new Call(
              () -> wangwei.get("/api/intakes/" + intake),
              200,
              List.of(new Audited("intake.read", String.valueOf(intake))));
        });
    reads.put(
        "GET /api/intakes/export",
        () -> {
          ApiClient wangwei = ApiClient.loggedIn(port, "wangwei", DEMO);
          return new Call(
              () -> wangwei.get("/api/intakes/export"),
              200,
              List.of(new Audited("intake.export", "intakes")));
        });
    reads.put(
        "GET /api/talks/export",
        () -> {
          ApiClient wangwei = ApiClient.loggedIn(port, "wangwei", DEMO);
          return new Call(
              () -> wangwei.get("/api/talks/export?year=2026"),
              200,
              List.of(new Audited("talk.export", "2026")));
        });
    reads.put(
        "GET /api/campaigns/{id}/export",
        () -> {
          ApiClient zhaomin = ApiClient.loggedIn(port, "zhaomin", DEMO);
          String campaign = campaign(zhaomin);
          return new Call(
              () -> zhaomin.get("/api/campaigns/" + campaign + "/export"),
              200,
              List.of(new Audited("campaign.export", campaign)));
        });
    reads.put(
        "GET /api/campaigns/{id}/report",
        () -> {
          ApiClient zhaomin = ApiClient.loggedIn(port, "zhaomin", DEMO);
          String campaign = campaign(zhaomin);
          return new Call(
              () -> zhaomin.get("/api/campaigns/" + campaign + "/report"),
              200,
              List.of(new Audited("campaign.report", campaign)));
        });
    reads.put(
        "GET /api/reports/export",
        () -> {
          ApiClient zhaomin = ApiClient.loggedIn(port, "zhaomin", DEMO);
          return new Call(
              () -> zhaomin.get("/api/reports/export?from=2024&to=2025"),
              200,
              List.of(new Audited("report.export", "2024-2025")));
        });
    reads.put(
        "GET /api/reports/{id}/pdf",
        () -> {
          ApiClient zhaomin = ApiClient.loggedIn(port, "zhaomin", DEMO);
          String report = report();
          return new Call(
              () -> zhaomin.get("/api/reports/" + report + "/pdf"),
              200,
              List.of(new Audited("report.pdf", report)));
        });
    reads.put(
        "GET /api/discipline-clues",
        () -> {
          ApiClient zhaomin = ApiClient.loggedIn(port, "zhaomin", DEMO);
          return new Call(
              () -> zhaomin.get("/api/discipline-clues"),
              200,
              List.of(new Audited("discipline-clue.list", "register")));
        });
    reads.put(
        "GET /api/discipline-clues/statistics",
        () -> {
          ApiClient zhaomin = ApiClient.loggedIn(port, "zhaomin", DEMO);
          int year = LocalDate.now(ClockConfig.ZONE).getYear();
          return new Call(
              () -> zhaomin.get("/api/discipline-clues/statistics?year=" + year),
              200,
              List.of(new Audited("discipline-clue.statistics", String.valueOf(year))));
        });
    reads.put(
        "GET /api/discipline-clues/export",
        () -> {
          ApiClient zhaomin = ApiClient.loggedIn(port, "zhaomin", DEMO);
          int year = LocalDate.now(ClockConfig.ZONE).getYear();
          return new Call(
              () -> zhaomin.get("/api/discipline-clues/export?year=" + year),
              200,
              List.of(new Audited("discipline-clue.export", String.valueOf(year))));
        });
    reads.put(
        "GET /api/discipline-clues/{id}",
        () -> {
          String clue = clue();
          ApiClient zhaomin = ApiClient.loggedIn(port, "zhaomin", DEMO);
          return new Call(
              () -> zhaomin.get("/api/discipline-clues/" + clue),
              200,
              List.of(new Audited("discipline-clue.read", clue)));
        });
    reads.put(
        "GET /api/follow-ups",
        () -> {
          ApiClient liqiang = ApiClient.loggedIn(port, "liqiang", DEMO);
          return new Call(
              () -> liqiang.get("/api/follow-ups"),
              200,
              List.of(new Audited("follow-up.list", "branch-1")));
        });
    reads.put(
        "GET /api/people/{id}/member-history",
        () -> {
          ApiClient wangwei = ApiClient.loggedIn(port, "wangwei", DEMO);
          String person =
              wangwei.get("/api/people?size=1").json().path("items").get(0).path("id").asText();
          return new Call(
              () -> wangwei.get("/api/people/" + person + "/member-history"),
              200,
              List.of(new Audited("person.history.read", person)));
        });
    reads.put(
        "GET /api/attachments/{id}",
        () -> {
          String review = reviewTask();
          ApiClient liqiang = claimedBy("liqiang", review);
          String id =
              liqiang
                  .upload("/api/tasks/" + review + "/attachments", "file", "说明.pdf", PDF)
                  .json()
                  .path("id")
                  .asText();
          return new Call(
              () -> liqiang.get("/api/attachments/" + id),
              200,
              List.of(new Audited("attachment.download", id)));
        });
    reads.put(
        "GET /api/instances/{id}",
        () -> {
          ApiClient wangwei = ApiClient.loggedIn(port, "wangwei", DEMO);
          String talk = talk(wangwei);
          return new Call(
              () -> wangwei.get("/api/instances/" + talk),
              200,
              List.of(new Audited("case.read", talk)));
        });
    reads.put(
        "GET /api/instances/{id}/dossier",
        () -> {
          ApiClient wangwei = ApiClient.loggedIn(port, "wangwei", DEMO);
          String talk = talk(wangwei);
          return new Call(
              () -> wangwei.get("/api/instances/" + talk + "/dossier"),
              200,
              List.of(new Audited("case.dossier", talk)));
        });
    reads.put(
        "GET /api/tasks/{id}/form",
        () -> {
          ApiClient wangwei = ApiClient.loggedIn(port, "wangwei", DEMO);
          String record = pilot.currentTask(talk(wangwei)).getId();
          return new Call(
              () -> wangwei.get("/api/tasks/" + record + "/form"),
              200,
              List.of(new Audited("task.form.read", record)));
        });
    reads.put(
        "GET /api/instances/{id}/attachments",
        () -> {
          ApiClient wangwei = ApiClient.loggedIn(port, "wangwei", DEMO);
          String talk = talk(wangwei);
          return new Call(
              () -> wangwei.get("/api/instances/" + talk + "/attachments"),
              200,
              List.of(new Audited("attachment.list", talk)));
        });
    reads.put(
        "GET /api/audit/integrity",
        () -> {
          ApiClient auditor = ApiClient.loggedIn(port, "auditor", DEMO);
          return new Call(
              () -> auditor.get("/api/audit/integrity"),
              200,
              List.of(new Audited("audit.verify", "audit_event")));
        });
    reads.put(
        "GET /api/audit/events",
        () -> {
          ApiClient auditor = ApiClient.loggedIn(port, "auditor", DEMO);
          return new Call(
              () -> auditor.get("/api/audit/events?action=auth.&size=5"),
              200,
              List.of(new Audited("audit.search", "audit_event")));
        });
    reads.put(
        "GET /api/audit/events/export",
        () -> {
          ApiClient auditor = ApiClient.loggedIn(port, "auditor", DEMO);
          return new Call(
              () -> auditor.get("/api/audit/events/export?actor=auditor"),
              200,
              List.of(new Audited("audit.export", "audit_event")));
        });
    return reads;
  }

  /**
   * Sends the call and returns the audit rows it left: exactly those expected, in order (an
   * expected object id {@code @field} stands for that field of the answer: an id known only then).
   */
  private List<Audited> audited(String endpoint, Call call) {
    long before = lastEventId();
    Response response = call.send().get();
    assertThat(response.status()).as(endpoint + ": " + response.body()).isEqualTo(call.status());
    List<Audited> rows =
        jdbc.query(
            "select action, object_id from audit_event where id > ? order by id",
            (r, i) -> new Audited(r.getString(1), r.getString(2)),
            before);
    List<Audited> expected = new ArrayList<>();
    for (Audited a : call.audited()) {
      expected.add(
          a.objectId().startsWith("@")
              ? new Audited(a.action(), response.json().path(a.objectId().substring(1)).asText())
              : a);
    }
    assertThat(rows).as(endpoint).containsExactlyElementsOf(expected);
    return rows;
  }

  /** A campaign the commission has just drafted, for the branch 1. */
  private static String campaign(ApiClient commission) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("campaignTitle", "审计测试活动");
    plan.put("campaignKind", "routine");
    plan.put("theme", "警示教育");
    plan.put("targetBranches", List.of("branch-1"));
    LocalDate today = LocalDate.now(ClockConfig.ZONE);
    plan.put("sessionFrom", today.toString());
    plan.put("sessionTo", today.plusDays(30).toString());
    plan.put("reflectionDays", 7);
    return commission
        .post("/api/processes/campaign/start", Map.of("values", plan))
        .json()
        .path("processInstanceId")
        .asText();
  }

  /** A clue registered by 周健, on the head 赵敏's access list. */
  private String clue() {
    Map<String, Object> clue = new LinkedHashMap<>();
    clue.put("source", "phone");
    clue.put("receivedOn", LocalDate.now(ClockConfig.ZONE).toString());
    clue.put("complainantNamed", "anonymous");
    clue.put("subject", "lisi");
    clue.put("allegation", "审计测试线索");
    Response started =
        ApiClient.loggedIn(port, "zhoujian", DEMO)
            .post("/api/processes/disciplineClue/start", Map.of("values", clue));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return started.json().path("processInstanceId").asText();
  }

  /** Branch 1's report of 2024 (the round opened the first time it is asked for). */
  private String report() {
    String report = reportOf2024();
    if (report == null) {
      Map<String, Object> round = new LinkedHashMap<>();
      round.put("reportYear", 2024);
      round.put("dueOn", LocalDate.now(ClockConfig.ZONE).plusDays(30).toString());
      round.put("templateCode", "standard");
      round.put("reportingOrgs", List.of("branch-1"));
      assertThat(
              ApiClient.loggedIn(port, "wangwei", DEMO)
                  .post("/api/processes/reportRound/start", Map.of("values", round))
                  .status())
          .isEqualTo(201);
      report = reportOf2024();
    }
    return report;
  }

  private String reportOf2024() {
    return jdbc
        .queryForList(
            "select process_instance_id from responsibility_report"
                + " where report_year = 2024 and org_code = 'branch-1'",
            String.class)
        .stream()
        .findFirst()
        .orElse(null);
  }

  private static Map<String, Object> typicalCase() {
    return Map.of(
        "title", "某法院干警违规过问案件",
        "summary", "接受请托过问他人承办案件，受到党内警告处分。",
        "violationType", "interference",
        "source", "省纪委监委通报",
        "notifiedOn", "2026-01-15",
        "localCase", false);
  }

  private Call logout() {
    String user = users.create("staff");
    ApiClient client = ApiClient.loggedIn(port, user, TestUsers.PASSWORD);
    return new Call(
        () -> client.post("/api/auth/logout", "{}"),
        204,
        List.of(new Audited("auth.logout", user)));
  }

  private long lastEventId() {
    Long id = jdbc.queryForObject("select max(id) from audit_event", Long.class);
    return id == null ? 0 : id;
  }

  // ---- set-up ---------------------------------------------------------------------------------

  /** A new help request's review task, claimable by branch 1's secretaries (liqiang). */
  private String reviewTask() {
    return pilot.currentTask(pilot.requestByZhangsan(unique())).getId();
  }

  private ApiClient claimedBy(String user, String task) {
    ApiClient client = ApiClient.loggedIn(port, user, DEMO);
    assertThat(client.post("/api/tasks/" + task + "/claim", "{}").status()).isEqualTo(200);
    return client;
  }

  private static Map<String, Object> passReview() {
    return Map.of("values", Map.of("reviewDecision", "pass", "reviewComment", "情况属实，同意上报"));
  }

  private Response startHelpRequest(ApiClient requester) {
    return requester.post(
        "/api/processes/practicalHelp/start",
        Map.of(
            "values",
            Map.of(
                "requestTitle", unique(),
                "category", "family",
                "urgency", "normal",
                "description", "家中老人住院，需调整值班安排")));
  }

  /** A talk the talker (the Party committee's wangwei) scheduled with zhangsan: confidential. */
  private String talk(ApiClient talker) {
    Response started =
        talker.post(
            "/api/processes/talk/start",
            Map.of(
                "values",
                Map.of(
                    "talkee",
                    "zhangsan",
                    "talkKind",
                    "leadership",
                    "talkReason",
                    unique(),
                    "talkDueOn",
                    LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString())));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return started.json().path("processInstanceId").asText();
  }

  /** The intake case of a new application by a branch-1 member. */
  private long intake() {
    String applicant =
        users.createPerson("branch-1-civil", LocalDate.of(1998, 3, 2), "none", "staff");
    Response started =
        IntakeApplication.submit(
            ApiClient.loggedIn(port, applicant, TestUsers.PASSWORD),
            LocalDate.now(ZoneId.of("Asia/Shanghai")));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String instance = started.json().path("processInstanceId").asText();
    return jdbc.queryForObject(
        "select id from intake_case where process_instance_id = ?", Long.class, instance);
  }

  private static String unique() {
    return "审计 " + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Runs the statement with the trigger dropped, then puts the trigger back, as a database
   * administrator could; only for the tamper test.
   */
  private void withoutTrigger(String trigger, Runnable statement) throws SQLException {
    String vendor;
    try (Connection c = dataSource.getConnection()) {
      vendor = c.getMetaData().getDatabaseProductName().toLowerCase();
    }
    jdbc.execute("drop trigger " + trigger);
    try {
      statement.run();
    } finally {
      jdbc.execute(
          vendor.contains("h2")
              ? "create trigger "
                  + trigger
                  + " before update on audit_event for each row call"
                  + " 'cn.ronghe.audit.AppendOnlyTrigger'"
              : "create trigger "
                  + trigger
                  + " before update on audit_event for each row signal sqlstate '45000'"
                  + " set message_text = 'audit_event is append-only'");
    }
  }
}
