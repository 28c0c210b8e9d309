package cn.ronghe.security;

import static cn.ronghe.security.BadInputCorpus.JSON;
import static cn.ronghe.security.BadInputCorpus.PathKind.NUMBER_ID;
import static cn.ronghe.security.BadInputCorpus.PathKind.TEXT_ID;
import static cn.ronghe.security.BadInputCorpus.PathKind.YEAR;
import static cn.ronghe.security.BadInputCorpus.credential;
import static cn.ronghe.security.BadInputCorpus.date;
import static cn.ronghe.security.BadInputCorpus.known;
import static cn.ronghe.security.BadInputCorpus.optionalText;
import static cn.ronghe.security.BadInputCorpus.task;
import static cn.ronghe.security.BadInputCorpus.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ronghe.calendar.WorkingDayCalendar;
import cn.ronghe.notify.NotificationService;
import cn.ronghe.security.BadInputCorpus.Accepted;
import cn.ronghe.security.BadInputCorpus.Baseline;
import cn.ronghe.security.BadInputCorpus.Category;
import cn.ronghe.security.BadInputCorpus.Expected;
import cn.ronghe.security.BadInputCorpus.Fields;
import cn.ronghe.security.BadInputCorpus.Fixture;
import cn.ronghe.security.BadInputCorpus.Flag;
import cn.ronghe.security.BadInputCorpus.Form;
import cn.ronghe.security.BadInputCorpus.Items;
import cn.ronghe.security.BadInputCorpus.Known;
import cn.ronghe.security.BadInputCorpus.NewPassword;
import cn.ronghe.security.BadInputCorpus.NumberId;
import cn.ronghe.security.BadInputCorpus.Payload;
import cn.ronghe.security.BadInputCorpus.Refused;
import cn.ronghe.security.BadInputCorpus.Request;
import cn.ronghe.security.BadInputCorpus.Upload;
import cn.ronghe.security.BadInputCorpus.Whole;
import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.Endpoints;
import cn.ronghe.support.Endpoints.Endpoint;
import cn.ronghe.support.Leftovers;
import cn.ronghe.support.Pilot;
import cn.ronghe.support.ProbeProcesses;
import cn.ronghe.support.RosterBook;
import cn.ronghe.support.TableSnapshot;
import cn.ronghe.support.TestUsers;
import cn.ronghe.system.ClockConfig;
import cn.ronghe.workflow.form.FormSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bad input, sent to every write endpoint of the running application (issue 6, test 6).
 *
 * <p>Every write endpoint (POST, PUT, PATCH, DELETE of every handler mapping, and Spring Security's
 * logout) has a {@link Baseline} below: a valid request, made by a user who may make it, on fresh
 * objects (a task the user may claim, a process the user may start). The corpus ({@link
 * BadInputCorpus}) changes one thing of it at a time: a path variable, a field (by what the field
 * takes), the body as a whole, the uploaded file. An endpoint without a baseline fails the test,
 * and so does a baseline that does not describe every path variable, body field and parameter of
 * its handler: an endpoint added later is covered, or this test says what to add.
 *
 * <p>Each payload is either refused (a 4xx problem with the status and code expected, naming the
 * field, and no table changed: row counts and checksums of all our and the engine's tables before
 * and after) or accepted as inert text (a 2xx, and the text found verbatim in the database). No
 * payload may get a 5xx, and no {@code ${...}} may have been evaluated.
 */
@ApplicationTest
@ExtendWith(Leftovers.class)
class BadInputCorpusTest {

  static final String DEMO = AuthApiTest.DEMO_PASSWORD;

  /** A year no real data uses, for the calendar's payloads; emptied after the test. */
  static final int CALENDAR_YEAR = 2097;

  /** Write endpoints that are filters, not handler mappings: Spring Security's logout. */
  static final Set<String> FILTER_ENDPOINTS = Set.of("POST /api/auth/logout");

  /** Where accepted text lands: each accepted payload's text must be found in one of these. */
  static final List<String> TEXT_COLUMNS =
      List.of(
          "task_comment.body",
          "task_inbox.title",
          "notification.body",
          "attachment.file_name",
          "work_calendar_day.name",
          "work_calendar_year.notice",
          "audit_event.detail",
          "typical_case.title",
          "typical_case.summary",
          "typical_case.source",
          "typical_case_file.file_name",
          "discipline_case_recusal.reason",
          "person.name",
          "person.post",
          "person.deactivated_reason",
          "member_status_change.reason",
          "roster_import.file_name",
          "org_unit.name",
          "ACT_HI_VARINST.TEXT_");

  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

  /** A payload must be answered within this, however deep or large it is. */
  static final long MAX_MILLIS = 3000;

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestUsers users;
  @Autowired Pilot pilot;
  @Autowired TaskService taskService;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired NotificationService notifications;
  @Autowired WorkingDayCalendar calendar;

  private final Map<String, ApiClient> demoClients = new HashMap<>();
  private final AtomicInteger fixtures = new AtomicInteger();
  private long requestMillis;
  private long fixtureMillis;
  private long snapshotMillis;
  private Set<String> instancesBefore = Set.of();

  /** The baselines: one valid request per write endpoint (several where it takes several forms). */
  List<Baseline> baselines() {
    List<Baseline> all = new ArrayList<>(general());
    all.addAll(administration());
    return all;
  }

  /** The administrator's: people, accounts, the roster. */
  private List<Baseline> administration() {
    List<Baseline> admin = new ArrayList<>();
    admin.add(personFacts(new Baseline("POST /api/admin/people", "a new person", this::newPerson)));
    admin.add(
        personFacts(
            new Baseline("PUT /api/admin/people/{id}", "a person", this::personUpdate)
                .keepsFixtureWhenAccepted()
                .path("id", NUMBER_ID)));
    admin.add(
        new Baseline(
                "POST /api/admin/people/{id}/deactivate", "a person", () -> personReason(false))
            .path("id", NUMBER_ID)
            .body("reason", text(500)));
    admin.add(
        new Baseline(
                "POST /api/admin/people/{id}/reactivate",
                "a person off the roster",
                () -> personReason(true))
            .path("id", NUMBER_ID)
            .body("reason", text(500)));
    admin.add(
        new Baseline("POST /api/admin/people/{id}/member-status", "a person", this::statusChange)
            .keepsFixtureWhenAccepted()
            .path("id", NUMBER_ID)
            .body("status", new Known(true, 400, "validation", true, 30))
            .body("effectiveOn", date(LocalDate.now(ClockConfig.ZONE).plusDays(1).toString()))
            .body("reason", text(500)));
    admin.add(
        new Baseline("POST /api/admin/people/{id}/account", "a person", this::newAccount)
            .path("id", NUMBER_ID)
            .body("username", new Known(true, 400, "validation", true, 32)));
    for (String action : List.of("password-reset", "unlock", "enable", "disable")) {
      admin.add(
          new Baseline(
                  "POST /api/admin/accounts/{username}/" + action,
                  "a staff account",
                  this::staffAccount)
              .path("username", TEXT_ID));
    }
    admin.add(
        new Baseline("PUT /api/admin/accounts/{username}/grants", "a staff account", this::grants)
            .keepsFixtureWhenAccepted()
            .path("username", TEXT_ID)
            .body(
                "grants",
                new Items(
                    20,
                    true,
                    new Fields(orderedMap("role", known(), "orgId", new NumberId(false))))));
    admin.add(
        new Baseline("POST /api/admin/orgs", "a new branch", this::newBranch)
            .body("code", new Known(true, 400, "validation", true, 64))
            .body("name", text(100))
            .body("type", new Known(true, 400, "validation", true, 20))
            .body("parentId", new NumberId(true)));
    admin.add(
        new Baseline("PUT /api/admin/orgs/{id}", "a branch", this::aBranch)
            .keepsFixtureWhenAccepted()
            .path("id", NUMBER_ID)
            .body("name", text(100))
            .body("parentId", new NumberId(true)));
    admin.add(
        new Baseline("POST /api/admin/orgs/{id}/dissolve", "a group with one person", this::aGroup)
            .path("id", NUMBER_ID)
            .body("moveTo", new NumberId(true))
            .body("reason", text(500)));
    admin.add(
        new Baseline("PUT /api/admin/orgs/{id}/leadership", "a branch of two", this::leaders)
            .keepsFixtureWhenAccepted()
            .path("id", NUMBER_ID)
            .body("secretary", new Known(false, 400, "validation", true, 64))
            .body("committee", new Items(15, false, known())));
    admin.add(
        new Baseline(
                "POST /api/admin/operations/failed-jobs/{jobId}/retry",
                "a timer's job",
                this::waitingJob)
            .path("jobId", TEXT_ID));
    admin.add(
        new Baseline("PUT /api/admin/settings", "two rules", this::twoRules)
            .keepsFixtureWhenAccepted()
            .body(
                "values",
                new Fields(
                    orderedMap(
                        "ronghe.talk.event-due-days",
                        new Whole(1, 90),
                        "ronghe.discipline.review-days",
                        new Whole(1, 365)))));
    admin.add(
        new Baseline("POST /api/admin/roster/check", "a valid roster", this::roster)
            .keepsFixtureWhenAccepted()
            .workbook());
    admin.add(
        new Baseline("POST /api/admin/roster/imports", "a valid roster", this::roster)
            .keepsFixtureWhenAccepted()
            .workbook());
    return admin;
  }

  /** What a person's facts take. */
  private static Baseline personFacts(Baseline b) {
    return b.body("name", text(50))
        .body("gender", known())
        .body("idNumber", new Known(true, 400, "validation", true, 18))
        .body("post", optionalText(100))
        .body("orgId", new NumberId(true))
        .body(
            "hiredOn",
            new BadInputCorpus.Date(
                false, List.of(LocalDate.now(ClockConfig.ZONE).plusDays(1).toString())));
  }

  private ObjectNode personBody(String idNumber) {
    return body(
        "name", "语料人员",
        "gender", "F",
        "idNumber", idNumber,
        "post", "书记员",
        "orgId", jdbc.queryForObject("select id from org_unit where code = 'branch-3'", Long.class),
        "hiredOn", "2020-09-01");
  }

  private Fixture newPerson() {
    return new Fixture(
        "admin", demo("admin"), Map.of(), personBody(TestUsers.idNumber("F")), null, null);
  }

  /** A person the admin has just entered: its id and its facts. */
  private Fixture personUpdate() {
    String idNumber = TestUsers.idNumber("F");
    ObjectNode body = personBody(idNumber);
    String id = demo("admin").post("/api/admin/people", body).json().path("id").asText();
    return new Fixture("admin", demo("admin"), Map.of("id", id), body, null, null);
  }

  private Fixture personReason(boolean deactivated) {
    Fixture person = personUpdate();
    if (deactivated) {
      person
          .client()
          .post(
              "/api/admin/people/" + person.path().get("id") + "/deactivate",
              Map.of("reason", "调离"));
    }
    return new Fixture("admin", person.client(), person.path(), body("reason", "语料原因"), null, null);
  }

  private Fixture statusChange() {
    Fixture person = personUpdate();
    return new Fixture(
        "admin",
        person.client(),
        person.path(),
        body("status", "full", "effectiveOn", "2015-07-01", "reason", "组织关系转入"),
        null,
        null);
  }

  private Fixture newAccount() {
    Fixture person = personUpdate();
    String username = "c" + UUID.randomUUID().toString().substring(0, 8);
    return new Fixture(
        "admin", person.client(), person.path(), body("username", username), null, null);
  }

  private Fixture staffAccount() {
    return new Fixture(
        "admin", demo("admin"), Map.of("username", users.create("staff")), null, null, null);
  }

  private Fixture grants() {
    ObjectNode body = JSON.createObjectNode();
    body.putArray("grants")
        .add(
            body(
                "role",
                "leader",
                "orgId",
                jdbc.queryForObject(
                    "select id from org_unit where code = 'branch-1'", Long.class)));
    return new Fixture(
        "admin", demo("admin"), Map.of("username", users.create("staff")), body, null, null);
  }

  /** Two rules set to their defaults (the corpus's changes are undone after it). */
  private Fixture twoRules() {
    ObjectNode body = JSON.createObjectNode();
    body.putObject("values")
        .put("ronghe.talk.event-due-days", 10)
        .put("ronghe.discipline.review-days", 90);
    return new Fixture("admin", demo("admin"), Map.of(), body, null, null);
  }

  /** The timer job of a new instance of a process that waits a day, to run at once. */
  private Fixture waitingJob() {
    repositoryService
        .createDeployment()
        .name("corpus-probe")
        .enableDuplicateFiltering(true)
        .addString("corpusProbe.bpmn", ProbeProcesses.waiting("corpusProbe"))
        .deploy();
    String instance = runtimeService.startProcessInstanceByKey("corpusProbe").getId();
    String job =
        managementService.createJobQuery().processInstanceId(instance).singleResult().getId();
    return new Fixture("admin", demo("admin"), Map.of("jobId", job), null, null, null);
  }

  private long orgId(String code) {
    return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
  }

  private ObjectNode branchBody() {
    return body(
        "code",
        "c-" + UUID.randomUUID().toString().substring(0, 8),
        "name",
        "语料党支部",
        "type",
        "branch",
        "parentId",
        orgId("committee"));
  }

  private Fixture newBranch() {
    return new Fixture("admin", demo("admin"), Map.of(), branchBody(), null, null);
  }

  /** A branch the admin has just founded: its id, and its name and place as a change. */
  private Fixture aBranch() {
    ObjectNode branch = branchBody();
    String id = demo("admin").post("/api/admin/orgs", branch).json().path("id").asText();
    branch.remove(List.of("code", "type"));
    return new Fixture("admin", demo("admin"), Map.of("id", id), branch, null, null);
  }

  /** A new group of branch 3 with one person in it, to dissolve into branch 3. */
  private Fixture aGroup() {
    String code = "c-" + UUID.randomUUID().toString().substring(0, 8);
    String id =
        demo("admin")
            .post(
                "/api/admin/orgs",
                body("code", code, "name", "语料党小组", "type", "group", "parentId", orgId("branch-3")))
            .json()
            .path("id")
            .asText();
    users.createPerson(code, LocalDate.of(1980, 1, 1), "full", "staff");
    return new Fixture(
        "admin",
        demo("admin"),
        Map.of("id", id),
        body("moveTo", orgId("branch-3"), "reason", "机构调整"),
        null,
        null);
  }

  /** A new branch of two people: one its secretary, the other on its committee. */
  private Fixture leaders() {
    ObjectNode branch = branchBody();
    String code = branch.path("code").asText();
    String id = demo("admin").post("/api/admin/orgs", branch).json().path("id").asText();
    String secretary = users.createPerson(code, LocalDate.of(1980, 1, 1), "full", "staff");
    String member = users.createPerson(code, LocalDate.of(1981, 1, 1), "full", "staff");
    ObjectNode body = body("secretary", secretary);
    body.putArray("committee").add(member);
    return new Fixture("admin", demo("admin"), Map.of("id", id), body, null, null);
  }

  /** A roster of one new person (no registry status), as the admin would upload it. */
  private Fixture roster() {
    awaitRosterImports();
    byte[] roster =
        new RosterBook()
            .person("语料名册", "女", TestUsers.idNumber("F"), "branch-3", null, null, null, null)
            .bytes();
    return new Fixture(
        "admin", demo("admin"), Map.of(), null, null, new Upload("file", "名册.xlsx", roster));
  }

  /** An import accepted runs on in the background: the next snapshot waits for it to end. */
  private void awaitRosterImports() {
    await("no roster import running")
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from roster_import where status = 'running'", Long.class)
                    == 0);
  }

  private List<Baseline> general() {
    return List.of(
        new Baseline("POST /api/auth/login", "a new account", this::login)
            .body("username", credential(64))
            .body("password", credential(128))
            // a wrong password counts towards the lockout, and every failed attempt is audited
            .refusalsMayChange("app_user", "audit_event")
            .freshFixtureEachPayload(),
        new Baseline("POST /api/auth/logout", "a logged-in user", this::loggedIn),
        new Baseline("POST /api/auth/password", "a new account", this::passwordChange)
            .body("currentPassword", known())
            .body("newPassword", new NewPassword())
            .stored(this::canLogIn),
        new Baseline(
                "PUT /api/calendar/{year}", CALENDAR_YEAR + " by the admin", this::calendarYear)
            .keepsFixtureWhenAccepted()
            .path("year", YEAR)
            .body("notice", text(100))
            .body("provisional", new Flag())
            .body(
                "days",
                new Items(
                    80,
                    false,
                    new Fields(
                        orderedMap(
                            "date",
                            date((CALENDAR_YEAR - 1) + "-12-31"),
                            "kind",
                            known(),
                            "name",
                            text(50))))),
        new Baseline(
                "POST /api/discipline-clues/{id}/recusals", "the head orders one", this::aRecusal)
            .path("id", TEXT_ID)
            .body("username", known())
            .body("reason", text(1000)),
        typicalCase(new Baseline("POST /api/typical-cases", "by the commission", this::newCase)),
        typicalCase(
            new Baseline("PUT /api/typical-cases/{id}", "a case of the library", this::aCase)
                .keepsFixtureWhenAccepted()
                .path("id", NUMBER_ID)),
        new Baseline("DELETE /api/typical-cases/{id}", "a case of the library", this::aCase)
            .path("id", NUMBER_ID),
        new Baseline("POST /api/typical-cases/{id}/files", "a case of the library", this::aCase)
            .keepsFixtureWhenAccepted()
            .path("id", NUMBER_ID)
            .file(),
        new Baseline("DELETE /api/typical-case-files/{fileId}", "a case's file", this::aCaseFile)
            .path("fileId", NUMBER_ID),
        new Baseline("POST /api/notifications/{id}/read", "one's own", this::ownNotification)
            .keepsFixtureWhenAccepted()
            .path("id", NUMBER_ID),
        new Baseline("POST /api/notifications/read-all", "one's own", this::ownNotifications)
            .keepsFixtureWhenAccepted(),
        new Baseline("POST /api/processes/{key}/start", "practicalHelp", this::helpRequestStart)
            .keepsFixtureWhenAccepted()
            .path("key", TEXT_ID)
            .body("values", new Form()),
        new Baseline("POST /api/processes/{key}/start", "membershipIntake", this::applicationStart)
            .path("key", TEXT_ID)
            .body("values", new Form()),
        new Baseline("POST /api/tasks/{id}/claim", "an open review", this::openReview)
            .path("id", TEXT_ID),
        new Baseline("POST /api/tasks/{id}/unclaim", "a claimed review", this::claimedReview)
            .path("id", TEXT_ID),
        new Baseline("POST /api/tasks/{id}/complete", "approveHelpRequest", this::claimedApproval)
            .path("id", TEXT_ID)
            .body("values", new Form())
            .body("comment", optionalText(2000)),
        new Baseline("POST /api/tasks/batch-complete", "reviewHelpRequest", this::batchOfOneReview)
            .body("taskIds", new Items(50, true, task()))
            .body("values", new Form())
            .body("comment", optionalText(2000))
            .itemised(),
        new Baseline("POST /api/tasks/{id}/return", "approval to review", this::returnApproval)
            .path("id", TEXT_ID)
            .body("target", known())
            .body("reason", text(500)),
        new Baseline("POST /api/tasks/{id}/transfer", "a claimed review", this::handOverReview)
            .path("id", TEXT_ID)
            .body("to", known())
            .body("reason", text(500)),
        new Baseline("POST /api/tasks/{id}/delegate", "a claimed review", this::handOverReview)
            .path("id", TEXT_ID)
            .body("to", known())
            .body("reason", text(500)),
        new Baseline("POST /api/tasks/{id}/cc", "a claimed review", this::copyReview)
            .path("id", TEXT_ID)
            .body("users", new Items(50, true, known())),
        new Baseline("POST /api/tasks/{id}/urge", "the requester urges", this::urgeReview)
            .path("id", TEXT_ID)
            .body("message", optionalText(200))
            .optionalBody(),
        new Baseline("POST /api/tasks/{taskId}/attachments", "an open review", this::uploadToReview)
            .keepsFixtureWhenAccepted()
            .path("taskId", TEXT_ID)
            .file());
  }

  @BeforeEach
  void rememberTheRunningInstances() {
    awaitTheJobExecutor();
    instancesBefore = runningInstances();
  }

  /**
   * Waits until the engine runs no job and has none due: a timer that earlier tests made due (by
   * moving the clock a year on) must not write to the tables while a refusal's snapshots are
   * compared.
   */
  private void awaitTheJobExecutor() {
    await("no job due or running")
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                managementService.createJobQuery().executable().count()
                        + jdbc.queryForObject(
                            "select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null",
                            Long.class)
                    == 0);
  }

  /**
   * Ends the cases the corpus started (its fixtures and the accepted starts), so that the other
   * tests' inboxes are not crowded with them, and empties the calendar year it wrote.
   */
  @AfterEach
  void removeWhatTheCorpusLeft() {
    List<String> started =
        runningInstances().stream().filter(id -> !instancesBefore.contains(id)).toList();
    if (!started.isEmpty()) {
      runtimeService.deleteProcessInstancesIfExists(
          started, "bad-input corpus", false, true, false);
    }
    jdbc.update(
        "delete from work_calendar_day where calendar_date between ? and ?",
        LocalDate.of(CALENDAR_YEAR, 1, 1),
        LocalDate.of(CALENDAR_YEAR, 12, 31));
    jdbc.update("delete from work_calendar_year where calendar_year = ?", CALENDAR_YEAR);
    jdbc.update("delete from app_setting");
    calendar.evict(CALENDAR_YEAR);
  }

  private Set<String> runningInstances() {
    Set<String> ids = new HashSet<>();
    runtimeService
        .createProcessInstanceQuery()
        .rootProcessInstances()
        .list()
        .forEach(pi -> ids.add(pi.getId()));
    return ids;
  }

  @Test
  void everyWriteEndpointRefusesBadInputNamingTheFieldAndKeepsHostileTextInert() {
    long start = System.nanoTime();
    List<Baseline> baselines = baselines();
    assertEveryWriteEndpointHasADescribedBaseline(baselines);

    TableSnapshot tables = TableSnapshot.of(dataSource);
    List<String> differences = new ArrayList<>();
    Map<String, Map<Category, Integer>> perEndpoint = new LinkedHashMap<>();
    Map<Category, int[]> perCategory = new EnumMap<>(Category.class);
    Map<Integer, Integer> byStatus = new TreeMap<>();
    int refused = 0;
    int accepted = 0;
    int serverErrors = 0;
    long slowest = 0;
    String slowestWhat = "";

    for (Baseline b : baselines) {
      Fixture fixture = fixture(b);
      Answer control = send(b, fixture, b.valid(fixture));
      if (b.takesWorkbook) {
        awaitRosterImports();
      }
      if (control.status() / 100 != 2) {
        differences.add(b.name() + ": the valid request itself got " + control);
      }
      fixture = fixture(b);
      List<Payload> payloads = BadInputCorpus.of(b, fixture);
      Map<Category, Integer> counts =
          perEndpoint.computeIfAbsent(b.name(), k -> new EnumMap<>(Category.class));
      Map<String, String> unchanged = null;
      boolean first = true;
      for (Payload p : payloads) {
        if (b.freshFixtureEachPayload && !first) {
          fixture = fixture(b);
          unchanged = null;
        }
        first = false;
        String what = b.name() + " " + p.category() + " " + p.what();
        Map<String, String> before = null;
        long storedBefore = 0;
        if (p.expected() instanceof Refused) {
          before = unchanged != null ? unchanged : snapshot(tables);
        } else if (stored(p) != null && b.stored == null) {
          storedBefore = storedCount(stored(p));
        }
        long t0 = System.nanoTime();
        Answer answer = send(b, fixture, p.request().apply(fixture));
        if (b.takesWorkbook) {
          awaitRosterImports();
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        requestMillis += millis;
        if (millis > slowest) {
          slowest = millis;
          slowestWhat = what;
        }
        if (millis > MAX_MILLIS) {
          differences.add(what + ": took " + millis + " ms");
        }
        byStatus.merge(answer.status(), 1, Integer::sum);
        counts.merge(p.category(), 1, Integer::sum);
        int[] byOutcome = perCategory.computeIfAbsent(p.category(), k -> new int[2]);
        if (answer.status() >= 500) {
          serverErrors++;
        }
        String wrong = wrong(p.expected(), answer);
        if (p.expected() instanceof Refused) {
          refused++;
          byOutcome[0]++;
          Map<String, String> after = snapshot(tables);
          Map<String, String> changed = TableSnapshot.changes(before, after);
          changed.keySet().removeIf(t -> b.refusalsMayChange.contains(t.toLowerCase(Locale.ROOT)));
          if (wrong == null && !changed.isEmpty()) {
            wrong = "refused, but stored half-way: " + changed;
          }
          unchanged = after;
        } else {
          accepted++;
          byOutcome[1]++;
          String stored = stored(p);
          if (wrong == null && stored != null) {
            boolean kept =
                b.stored != null
                    ? b.stored.test(fixture, stored)
                    : storedCount(stored) > storedBefore;
            if (!kept) {
              wrong = "accepted, but not stored verbatim: " + stored;
            }
          }
          if (!b.keepsFixtureWhenAccepted) {
            fixture = fixture(b);
          }
          unchanged = null;
        }
        if (wrong != null) {
          differences.add(what + ": " + wrong);
        }
      }
    }
    long evaluated =
        jdbc.queryForObject(
            "select count(*) from ACT_HI_VARINST where NAME_ = 'pwned'", Long.class);
    double seconds = (System.nanoTime() - start) / 1e9;

    System.out.println(table(perEndpoint));
    System.out.println(categories(perCategory));
    System.out.printf(
        "Bad-input corpus: %d payloads to %d write endpoints (%d baselines, each also sent as"
            + " is) in %.1f s (payloads %.1f s, fresh objects %.1f s, table snapshots %.1f s);"
            + " refused %d, accepted as inert text %d; answers by status: %s;"
            + " 5xx: %d; slowest %d ms (%s); tables compared before and after each refusal: %d;"
            + " expressions evaluated: %d; differences: %d%n",
        refused + accepted,
        perEndpoint.keySet().stream().map(n -> n.substring(0, n.indexOf(" ("))).distinct().count(),
        baselines.size(),
        seconds,
        requestMillis / 1e3,
        fixtureMillis / 1e3,
        snapshotMillis / 1e3,
        refused,
        accepted,
        byStatus,
        serverErrors,
        slowest,
        slowestWhat,
        tables.tables().size(),
        evaluated,
        differences.size());
    differences.forEach(d -> System.out.println("  ! " + d));

    assertThat(differences).as("payloads answered otherwise than expected").isEmpty();
    assertThat(serverErrors).isZero();
    assertThat(evaluated).as("variables set by an expression in a payload").isZero();
    assertThat(refused + accepted).isGreaterThanOrEqualTo(200);
  }

  private Fixture fixture(Baseline b) {
    long t0 = System.nanoTime();
    Fixture fixture = b.fixtures.get();
    fixtureMillis += (System.nanoTime() - t0) / 1_000_000;
    return fixture;
  }

  private Map<String, String> snapshot(TableSnapshot tables) {
    long t0 = System.nanoTime();
    Map<String, String> snapshot = tables.take();
    snapshotMillis += (System.nanoTime() - t0) / 1_000_000;
    return snapshot;
  }

  /** The fingerprint "nothing stored" relies on sees a row added, a value set, an engine update. */
  @Test
  void theTableSnapshotSeesARowAddedAValueSetAndAnEngineUpdate() {
    TableSnapshot tables = TableSnapshot.of(dataSource);
    String task = review();
    Map<String, String> start = tables.take();

    String key = "corpus:" + UUID.randomUUID();
    notifications.notify("zhangsan", "task.urge", "坏输入语料", "快照自检", null, null, key);
    Map<String, String> added = tables.take();
    long id =
        jdbc.queryForObject("select id from notification where dedup_key = ?", Long.class, key);
    notifications.markRead("zhangsan", id);
    Map<String, String> read = tables.take();
    taskService.claim(task, "liqiang");
    Map<String, String> claimed = tables.take();

    assertThat(changedTables(start, added)).containsExactly("notification");
    assertThat(changedTables(added, read)).containsExactly("audit_event", "notification");
    assertThat(changedTables(read, claimed))
        .contains("act_ru_task", "act_hi_taskinst", "task_inbox");
    assertThat(tables.take()).as("nothing changes by itself").isEqualTo(claimed);
  }

  private static Set<String> changedTables(Map<String, String> before, Map<String, String> after) {
    Set<String> names = new TreeSet<>();
    TableSnapshot.changes(before, after)
        .keySet()
        .forEach(t -> names.add(t.toLowerCase(Locale.ROOT)));
    return names;
  }

  // ---- Coverage: every write endpoint, every input of it ----

  private void assertEveryWriteEndpointHasADescribedBaseline(List<Baseline> baselines) {
    Map<String, Endpoint> writes = new TreeMap<>();
    Endpoints.of(context)
        .forEach(
            (key, e) -> {
              if (e.isWrite()) {
                writes.put(key, e);
              }
            });
    Set<String> described = new TreeSet<>();
    baselines.forEach(b -> described.add(b.endpoint));
    List<String> missing = writes.keySet().stream().filter(k -> !described.contains(k)).toList();
    assertThat(missing)
        .as(
            "Write endpoints without a baseline in BadInputCorpusTest.baselines(): add one for"
                + " each, a valid request by a user allowed to make it, describing its path"
                + " variables and body fields")
        .isEmpty();
    List<String> stale =
        described.stream()
            .filter(k -> !writes.containsKey(k) && !FILTER_ENDPOINTS.contains(k))
            .toList();
    assertThat(stale).as("Baselines whose endpoint no longer exists: remove them").isEmpty();

    List<String> undescribed = new ArrayList<>();
    for (Baseline b : baselines) {
      Endpoint endpoint = writes.get(b.endpoint);
      if (endpoint == null) {
        continue;
      }
      Set<String> pathVariables = new LinkedHashSet<>();
      Matcher m = PATH_VARIABLE.matcher(b.pattern);
      while (m.find()) {
        pathVariables.add(m.group(1));
      }
      boolean body = false;
      boolean file = false;
      for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
        parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
        RequestBody requestBody = parameter.getParameterAnnotation(RequestBody.class);
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (requestBody != null) {
          body = true;
          if (requestBody.required() != b.bodyRequired) {
            undescribed.add(
                b.name() + ": the body is " + (requestBody.required() ? "" : "not ") + "required");
          }
          Class<?> type = parameter.getParameterType();
          if (!type.isRecord()) {
            undescribed.add(
                b.name() + ": the body is a " + type.getSimpleName() + ", not a record");
            continue;
          }
          Set<String> components = new TreeSet<>();
          for (RecordComponent c : type.getRecordComponents()) {
            components.add(c.getName());
          }
          if (!components.equals(new TreeSet<>(b.body.keySet()))) {
            undescribed.add(
                b.name()
                    + ": body fields "
                    + components
                    + ", baseline describes "
                    + b.body.keySet());
          }
        } else if (param != null
            && MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
          file = true;
        } else if (param != null) {
          undescribed.add(
              b.name() + ": query parameter " + parameter.getParameterName() + " is not described");
        }
      }
      if (!pathVariables.equals(b.path.keySet())) {
        undescribed.add(
            b.name()
                + ": path variables "
                + pathVariables
                + ", baseline describes "
                + b.path.keySet());
      }
      if (body != b.takesBody || file != b.takesFile) {
        undescribed.add(
            b.name()
                + ": takes a body "
                + body
                + ", a file "
                + file
                + "; the baseline says "
                + b.takesBody
                + ", "
                + b.takesFile);
      }
    }
    assertThat(undescribed).as("Baselines that do not describe their endpoint's inputs").isEmpty();
  }

  // ---- Sending and judging ----

  /** An answer: its status and, for a problem, its code and the fields it names. */
  record Answer(int status, boolean problem, String code, List<String> fields, String body) {
    @Override
    public String toString() {
      return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
  }

  private Answer send(Baseline b, Fixture fixture, Request request) {
    Response response =
        fixture
            .client()
            .sendRaw(request.method(), request.path(), request.contentType(), request.body());
    String body = response.body();
    JsonNode json = null;
    try {
      json = body.isBlank() ? null : JSON.readTree(body);
    } catch (Exception notJson) {
      // judged below by its content type
    }
    if (b.itemised
        && response.status() == 200
        && json != null
        && json.isArray()
        && !json.isEmpty()) {
      JsonNode item = json.get(0);
      return new Answer(
          item.path("status").asInt(),
          item.hasNonNull("code"),
          item.path("code").asText(""),
          fields(item),
          body);
    }
    boolean problem = response.contentType().startsWith("application/problem+json") && json != null;
    return new Answer(
        response.status(),
        problem,
        problem ? json.path("code").asText("") : "",
        problem ? fields(json) : List.of(),
        body);
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
    if (problem.hasNonNull("field")) {
      fields.add(problem.get("field").asText());
    }
    return fields;
  }

  /** Null when the answer is as expected; else what is wrong with it. */
  private static String wrong(Expected expected, Answer answer) {
    if (expected instanceof Refused r) {
      if (answer.status() != r.status()) {
        return "expected " + r.status() + ", got " + answer;
      }
      if (!answer.problem() || answer.code().isEmpty()) {
        return "not a problem with a code: " + answer;
      }
      if (r.code() != null && !r.code().equals(answer.code())) {
        return "expected code " + r.code() + ", got " + answer;
      }
      if (r.field() != null
          && answer.fields().stream()
              .noneMatch(
                  f ->
                      f.equals(r.field())
                          || f.startsWith(r.field() + ".")
                          || f.startsWith(r.field() + "["))) {
        return "expected the field " + r.field() + " named, got " + answer;
      }
      return null;
    }
    return answer.status() / 100 == 2 ? null : "expected 2xx, got " + answer;
  }

  /** The text an accepted payload must have stored, or {@code null}. */
  private static String stored(Payload p) {
    return p.expected() instanceof Accepted a ? a.stored() : null;
  }

  /** How many stored values contain the text, in the columns where accepted text lands. */
  private long storedCount(String text) {
    long count = 0;
    for (String column : TEXT_COLUMNS) {
      String table = column.substring(0, column.indexOf('.'));
      String name = column.substring(column.indexOf('.') + 1);
      count +=
          jdbc.queryForObject(
              "select count(*) from " + table + " where locate(?, " + name + ") > 0",
              Long.class,
              text);
    }
    return count;
  }

  private boolean canLogIn(Fixture fixture, String password) {
    return new ApiClient(port).login(fixture.user(), password).status() == 200;
  }

  // ---- Fixtures: fresh objects for each baseline ----

  private ApiClient demo(String username) {
    return demoClients.computeIfAbsent(username, u -> ApiClient.loggedIn(port, u, DEMO));
  }

  private Fixture login() {
    String username = users.create("staff");
    ApiClient anonymous = new ApiClient(port);
    anonymous.get("/api/auth/me");
    return new Fixture(
        username,
        anonymous,
        Map.of(),
        body("username", username, "password", TestUsers.PASSWORD),
        null,
        null);
  }

  private Fixture loggedIn() {
    String username = users.create("staff");
    return new Fixture(
        username,
        ApiClient.loggedIn(port, username, TestUsers.PASSWORD),
        Map.of(),
        null,
        null,
        null);
  }

  private Fixture passwordChange() {
    String username = users.create("staff");
    return new Fixture(
        username,
        ApiClient.loggedIn(port, username, TestUsers.PASSWORD),
        Map.of(),
        body("currentPassword", TestUsers.PASSWORD, "newPassword", "Neu@Pass2026x"),
        null,
        null);
  }

  private Fixture calendarYear() {
    ObjectNode day = body("date", CALENDAR_YEAR + "-01-01", "kind", "holiday", "name", "元旦");
    ObjectNode body = body("notice", "国办发明电〔" + (CALENDAR_YEAR - 1) + "〕7号", "provisional", false);
    body.putArray("days").add(day);
    return new Fixture(
        "admin", demo("admin"), Map.of("year", String.valueOf(CALENDAR_YEAR)), body, null, null);
  }

  /** The fields of a typical case, as the library takes them. */
  private static Baseline typicalCase(Baseline b) {
    return b.body("title", text(200))
        .body("summary", text(5000))
        .body("violationType", known())
        .body("source", text(200))
        .body("notifiedOn", date(LocalDate.now(ClockConfig.ZONE).plusDays(1).toString()))
        .body("localCase", new Flag());
  }

  /** The head orders the registrar of a new clue to withdraw from it. */
  private Fixture aRecusal() {
    Map<String, Object> clue = new LinkedHashMap<>();
    clue.put("source", "phone");
    clue.put("receivedOn", LocalDate.now(ClockConfig.ZONE).toString());
    clue.put("complainantNamed", "anonymous");
    clue.put("subject", "lisi");
    clue.put("allegation", "坏输入语料线索");
    String id =
        demo("zhoujian")
            .post("/api/processes/disciplineClue/start", Map.of("values", clue))
            .json()
            .path("processInstanceId")
            .asText();
    return new Fixture(
        "zhaomin",
        demo("zhaomin"),
        Map.of("id", id),
        body("username", "zhoujian", "reason", "工作回避"),
        null,
        null);
  }

  private Fixture newCase() {
    return new Fixture("zhaomin", demo("zhaomin"), Map.of(), typicalCaseBody(), null, null);
  }

  /** A case in the library, to change, withdraw or attach a file to. */
  private Fixture aCase() {
    ApiClient zhaomin = demo("zhaomin");
    String id = zhaomin.post("/api/typical-cases", typicalCaseBody()).json().path("id").asText();
    return new Fixture("zhaomin", zhaomin, Map.of("id", id), typicalCaseBody(), null, caseNotice());
  }

  /** A file of a case in the library, to delete. */
  private Fixture aCaseFile() {
    Fixture aCase = aCase();
    String file =
        aCase
            .client()
            .upload(
                "/api/typical-cases/" + aCase.path().get("id") + "/files",
                "file",
                caseNotice().name(),
                caseNotice().content())
            .json()
            .path("id")
            .asText();
    return new Fixture("zhaomin", aCase.client(), Map.of("fileId", file), null, null, null);
  }

  private static Upload caseNotice() {
    return new Upload(
        "file", "通报.txt", "某执行干警违规泄露查控信息".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static ObjectNode typicalCaseBody() {
    ObjectNode body =
        body(
            "title", "某法院干警违规过问案件",
            "summary", "接受请托过问他人承办案件，受到党内警告处分。",
            "violationType", "interference",
            "source", "省纪委监委通报",
            "notifiedOn", "2026-01-15");
    body.put("localCase", false);
    return body;
  }

  private Fixture ownNotification() {
    String key = "corpus:" + UUID.randomUUID();
    notifications.notify("zhangsan", "task.urge", "坏输入语料", "请尽快办理", null, null, key);
    long id =
        jdbc.queryForObject("select id from notification where dedup_key = ?", Long.class, key);
    return new Fixture(
        "zhangsan", demo("zhangsan"), Map.of("id", String.valueOf(id)), null, null, null);
  }

  private Fixture ownNotifications() {
    return new Fixture("zhangsan", demo("zhangsan"), Map.of(), null, null, null);
  }

  private Fixture helpRequestStart() {
    ApiClient zhangsan = demo("zhangsan");
    ObjectNode values =
        body(
            "requestTitle", "家中老人住院",
            "category", "family",
            "urgency", "urgent",
            "description", "家中老人住院，需调整值班安排",
            "attachmentRef", "BH-2026-01");
    return new Fixture(
        "zhangsan",
        zhangsan,
        Map.of("key", "practicalHelp"),
        wrap("values", values),
        startForm(zhangsan, "practicalHelp"),
        null);
  }

  private Fixture applicationStart() {
    String applicant =
        users.createPerson("branch-2-enforce", LocalDate.of(1999, 5, 4), "none", "staff");
    ApiClient client = ApiClient.loggedIn(port, applicant, TestUsers.PASSWORD);
    ObjectNode values =
        body(
            "applicationDate", today().toString(),
            "applicationLetter", "我志愿加入中国共产党，拥护党的纲领，遵守党的章程",
            "attachmentRef", "RD-2026-01");
    return new Fixture(
        applicant,
        client,
        Map.of("key", "membershipIntake"),
        wrap("values", values),
        startForm(client, "membershipIntake"),
        null);
  }

  /** A help request of zhangsan's, waiting at its branch secretary's review (unclaimed). */
  private String review() {
    return pilot.currentTask(pilot.requestByZhangsan(title())).getId();
  }

  /** The same, started through the API: zhangsan takes part in it (and may urge it). */
  private String reviewOfOwnRequest() {
    return pilot.currentTask(Pilot.requestThroughApi(demo("zhangsan"), title())).getId();
  }

  private String title() {
    return "坏输入语料 " + fixtures.incrementAndGet();
  }

  private Fixture openReview() {
    String task = review();
    return new Fixture("liqiang", demo("liqiang"), Map.of("id", task), null, null, null);
  }

  private Fixture claimedReview() {
    String task = review();
    taskService.claim(task, "liqiang");
    return new Fixture("liqiang", demo("liqiang"), Map.of("id", task), null, null, null);
  }

  private Fixture handOverReview() {
    Fixture claimed = claimedReview();
    return new Fixture(
        "liqiang",
        claimed.client(),
        claimed.path(),
        body("to", "chenjing", "reason", "请协助核实"),
        null,
        null);
  }

  private Fixture copyReview() {
    Fixture claimed = claimedReview();
    ObjectNode body = JSON.createObjectNode();
    body.putArray("users").add("wangwei");
    return new Fixture("liqiang", claimed.client(), claimed.path(), body, null, null);
  }

  private Fixture batchOfOneReview() {
    Fixture claimed = claimedReview();
    String task = claimed.path().get("id");
    ObjectNode body = JSON.createObjectNode();
    body.putArray("taskIds").add(task);
    body.set("values", body("reviewDecision", "pass", "reviewComment", "情况属实，同意上报"));
    body.put("comment", "同意");
    return new Fixture(
        "liqiang", claimed.client(), Map.of(), body, taskForm(claimed.client(), task), null);
  }

  private Fixture urgeReview() {
    String task = reviewOfOwnRequest();
    return new Fixture(
        "zhangsan", demo("zhangsan"), Map.of("id", task), body("message", "请尽快审核"), null, null);
  }

  private Fixture uploadToReview() {
    String task = review();
    return new Fixture(
        "liqiang",
        demo("liqiang"),
        Map.of("taskId", task),
        null,
        null,
        new Upload(
            "file", "家庭情况说明.txt", "家中老人住院".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** The Party committee's approval of a request the branch passed, claimed by wangwei. */
  private String approval() {
    String pid = pilot.requestByZhangsan(title());
    pilot.passReview(pid, "liqiang");
    String task = pilot.currentTask(pid).getId();
    taskService.claim(task, "wangwei");
    return task;
  }

  private Fixture claimedApproval() {
    String task = approval();
    ApiClient wangwei = demo("wangwei");
    ObjectNode values =
        body(
            "committeeDecision", "approve",
            "handler", "zhaomin",
            "handlingDueDate", today().plusDays(10).toString(),
            "committeeComment", "同意办理");
    ObjectNode body = wrap("values", values);
    body.put("comment", "请承办人尽快办理");
    return new Fixture("wangwei", wangwei, Map.of("id", task), body, taskForm(wangwei, task), null);
  }

  private Fixture returnApproval() {
    String task = approval();
    return new Fixture(
        "wangwei",
        demo("wangwei"),
        Map.of("id", task),
        body("target", "reviewHelpRequest", "reason", "请支部补充核实"),
        null,
        null);
  }

  private static FormSchema startForm(ApiClient client, String key) {
    return FormSchema.parse(
        client.get("/api/processes/" + key + "/start-form").json().path("schema").toString());
  }

  private static FormSchema taskForm(ApiClient client, String task) {
    return FormSchema.parse(
        client.get("/api/tasks/" + task + "/form").json().path("schema").toString());
  }

  private static LocalDate today() {
    return LocalDate.now(ClockConfig.ZONE);
  }

  /** An object of alternating names and values, in that order. */
  private static ObjectNode body(Object... namesAndValues) {
    return JSON.valueToTree(orderedMap(namesAndValues));
  }

  private static ObjectNode wrap(String name, ObjectNode value) {
    ObjectNode body = JSON.createObjectNode();
    body.set(name, value);
    return body;
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> orderedMap(Object... namesAndValues) {
    Map<String, V> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], (V) namesAndValues[i + 1]);
    }
    return map;
  }

  // ---- Figures ----

  private static String table(Map<String, Map<Category, Integer>> perEndpoint) {
    int width = perEndpoint.keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
    StringBuilder out =
        new StringBuilder("\nBad-input corpus: payloads per endpoint and category\n");
    out.append(" ".repeat(width));
    for (Category c : Category.values()) {
      out.append(String.format("%5s", c.code));
    }
    out.append(String.format("%7s%n", "total"));
    int[] totals = new int[Category.values().length];
    perEndpoint.forEach(
        (endpoint, counts) -> {
          out.append(String.format("%-" + width + "s", endpoint));
          int sum = 0;
          for (Category c : Category.values()) {
            int n = counts.getOrDefault(c, 0);
            totals[c.ordinal()] += n;
            sum += n;
            out.append(String.format("%5s", n == 0 ? "." : n));
          }
          out.append(String.format("%7d%n", sum));
        });
    out.append(String.format("%-" + width + "s", "total"));
    int all = 0;
    for (int n : totals) {
      out.append(String.format("%5d", n));
      all += n;
    }
    out.append(String.format("%7d%n", all));
    return out.toString();
  }

  private static String categories(Map<Category, int[]> perCategory) {
    StringBuilder out = new StringBuilder("Categories (refused / accepted as inert text):\n");
    perCategory.forEach(
        (c, n) ->
            out.append(String.format("  %-4s %-55s %4d / %d%n", c.code, c.label, n[0], n[1])));
    return out.toString();
  }
}
