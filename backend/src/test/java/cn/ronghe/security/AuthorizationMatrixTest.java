package cn.ronghe.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.ronghe.org.OrgMapper;
import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.Endpoints;
import cn.ronghe.support.IntakeApplication;
import cn.ronghe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * The authorization matrix: every endpoint of the running application (every handler mapping: our
 * API, the actuator, springdoc; only Spring's {@code /error} is left out) is called as anonymous,
 * as a user of every role and as the secretary of another branch, and the answers are compared with
 * {@link #EXPECTED}. An endpoint without a row fails the test, saying what to add.
 *
 * <p>The objects in path variables belong to branch 2 (an intake case started here): reads use its
 * real ids, so a branch-1 secretary meets an object of another branch; writes use ids that do not
 * exist, so no call of the matrix changes a task. "Admitted" means the call passed the role check:
 * any answer but 401, 403 and 5xx (a 400 for an empty body, or a 404 for an object one may not see,
 * still means the role was let in). A 403 whose problem code is {@code forbidden} refuses the role;
 * a 403 of a per-task rule ({@code task.not-assignee}, {@code task.not-candidate}) comes after the
 * role was admitted and counts as admitted. Need-to-know (404 for another branch's objects, lists
 * without them) is asserted separately, in {@link
 * #aBranchSecretaryNeverSeesAnotherBranchsTasksCasesOrPeople()}.
 */
@ApplicationTest
class AuthorizationMatrixTest {

  static final String DEMO = AuthApiTest.DEMO_PASSWORD;
  static final String MISSING_NUMBER = "999999999";

  /** Who calls: anonymous, one demo user per role, and the secretary of branch 2. */
  enum Caller {
    ANONYMOUS("anonymous", null),
    STAFF("staff", "zhangsan"),
    BRANCH_SECRETARY("secretary@b1", "liqiang"),
    BRANCH_COMMITTEE("committee@b1", "chenjing"),
    PARTY_COMMITTEE("party-committee", "wangwei"),
    DISCIPLINE("discipline", "zhaomin"),
    // The demo data has no leader login: a test user holding only the role stands in.
    LEADER("leader", null),
    ADMIN("admin", "admin"),
    AUDITOR("auditor", "auditor"),
    OTHER_BRANCH_SECRETARY("secretary@b2", "sunli");

    final String label;
    final String demoUser;

    Caller(String label, String demoUser) {
      this.label = label;
      this.demoUser = demoUser;
    }
  }

  static final Set<Caller> PUBLIC = EnumSet.allOf(Caller.class);
  static final Set<Caller> LOGGED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
  static final Set<Caller> ADMIN = EnumSet.of(Caller.ADMIN);

  /** The Party committee and the branch roles (their own branches). */
  static final Set<Caller> INTAKE_READERS =
      EnumSet.of(
          Caller.PARTY_COMMITTEE,
          Caller.BRANCH_SECRETARY,
          Caller.BRANCH_COMMITTEE,
          Caller.OTHER_BRANCH_SECRETARY);

  /** The member registry: as the intake readers, plus the admin. */
  static final Set<Caller> REGISTRY_READERS =
      EnumSet.of(
          Caller.PARTY_COMMITTEE,
          Caller.ADMIN,
          Caller.BRANCH_SECRETARY,
          Caller.BRANCH_COMMITTEE,
          Caller.OTHER_BRANCH_SECRETARY);

  /**
   * The expected table: for each endpoint ("METHOD pattern" as the handler mapping declares it),
   * the callers admitted. Everyone else gets 401 (anonymous) or 403. Object-level rules (404 for
   * what one may not see) are inside the services and tested below, not here.
   */
  static final Map<String, Set<Caller>> EXPECTED = new LinkedHashMap<>();

  static {
    // Login and the login page's list of demo accounts.
    EXPECTED.put("POST /api/auth/login", PUBLIC);
    EXPECTED.put("GET /api/auth/demo-accounts", PUBLIC);
    EXPECTED.put("GET /api/auth/me", LOGGED_IN);
    EXPECTED.put("POST /api/auth/password", LOGGED_IN);
    // The organisation tree and finding a person to hand a task to: everyone logged in.
    EXPECTED.put("GET /api/orgs", LOGGED_IN);
    EXPECTED.put("GET /api/users", LOGGED_IN);
    // The member registry.
    EXPECTED.put("GET /api/people", REGISTRY_READERS);
    EXPECTED.put("GET /api/people/{id}/member-history", REGISTRY_READERS);
    // 发展党员: the lists for the Party committee and branch roles; a case for anyone who may see
    // it (the applicant too), 404 for the others.
    EXPECTED.put("GET /api/intakes", INTAKE_READERS);
    EXPECTED.put("GET /api/intakes/export", INTAKE_READERS);
    EXPECTED.put("GET /api/intakes/{id}", LOGGED_IN);
    // The working-day calendar: read by all, kept by the admin.
    EXPECTED.put("GET /api/calendar/{year}", LOGGED_IN);
    EXPECTED.put("PUT /api/calendar/{year}", ADMIN);
    // One's own notifications.
    EXPECTED.put("GET /api/notifications", LOGGED_IN);
    EXPECTED.put("GET /api/notifications/unread-count", LOGGED_IN);
    EXPECTED.put("POST /api/notifications/{id}/read", LOGGED_IN);
    EXPECTED.put("POST /api/notifications/read-all", LOGGED_IN);
    // The workbench: open to every login; who may see or act on a task is decided per task.
    EXPECTED.put("GET /api/tasks", LOGGED_IN);
    EXPECTED.put("GET /api/tasks/{id}", LOGGED_IN);
    EXPECTED.put("GET /api/tasks/{id}/form", LOGGED_IN);
    EXPECTED.put("POST /api/tasks/{id}/complete", LOGGED_IN);
    EXPECTED.put("POST /api/tasks/batch-complete", LOGGED_IN);
    EXPECTED.put("GET /api/tasks/{id}/return-targets", LOGGED_IN);
    EXPECTED.put("POST /api/tasks/{id}/return", LOGGED_IN);
    EXPECTED.put("POST /api/tasks/{id}/transfer", LOGGED_IN);
    EXPECTED.put("POST /api/tasks/{id}/delegate", LOGGED_IN);
    EXPECTED.put("POST /api/tasks/{id}/cc", LOGGED_IN);
    EXPECTED.put("POST /api/tasks/{id}/urge", LOGGED_IN);
    EXPECTED.put("POST /api/tasks/{id}/claim", LOGGED_IN);
    EXPECTED.put("POST /api/tasks/{id}/unclaim", LOGGED_IN);
    EXPECTED.put("POST /api/tasks/{taskId}/attachments", LOGGED_IN);
    EXPECTED.put("GET /api/instances/{id}", LOGGED_IN);
    EXPECTED.put("GET /api/instances/{id}/dossier", LOGGED_IN);
    EXPECTED.put("GET /api/instances/{id}/attachments", LOGGED_IN);
    EXPECTED.put("GET /api/attachments/{id}", LOGGED_IN);
    // 谈心谈话 coverage: the Party committee, and branch secretaries and committee members.
    EXPECTED.put("GET /api/talks/coverage", INTAKE_READERS);
    // Leaders' talks with their cadres: the Party committee and the leaders (their own).
    EXPECTED.put("GET /api/talks/quota", EnumSet.of(Caller.PARTY_COMMITTEE, Caller.LEADER));
    // The workbook holds the views the caller may see; with none, 403.
    EXPECTED.put(
        "GET /api/talks/export",
        EnumSet.of(
            Caller.PARTY_COMMITTEE,
            Caller.BRANCH_SECRETARY,
            Caller.BRANCH_COMMITTEE,
            Caller.OTHER_BRANCH_SECRETARY,
            Caller.LEADER));
    // Open follow-up items carry the problems found: the Party committee and branch secretaries.
    EXPECTED.put(
        "GET /api/follow-ups",
        EnumSet.of(Caller.PARTY_COMMITTEE, Caller.BRANCH_SECRETARY, Caller.OTHER_BRANCH_SECRETARY));
    // 警示教育: the commission, the Party committee and the branch roles (their branches' campaigns);
    // a campaign one may not see is a 404; one's own record for everyone.
    EXPECTED.put(
        "GET /api/campaigns",
        EnumSet.of(
            Caller.PARTY_COMMITTEE,
            Caller.DISCIPLINE,
            Caller.BRANCH_SECRETARY,
            Caller.BRANCH_COMMITTEE,
            Caller.OTHER_BRANCH_SECRETARY));
    EXPECTED.put("GET /api/campaigns/history", LOGGED_IN);
    EXPECTED.put("GET /api/campaigns/{id}", LOGGED_IN);
    EXPECTED.put("GET /api/campaigns/{id}/export", LOGGED_IN);
    EXPECTED.put("GET /api/campaigns/{id}/report", LOGGED_IN);
    // 主体责任报告: the matrix for the Party committee, the commission and the branch roles (their own
    // branches); a report one may not see is a 404; the scores for the committee and commission.
    EXPECTED.put(
        "GET /api/reports",
        EnumSet.of(
            Caller.PARTY_COMMITTEE,
            Caller.DISCIPLINE,
            Caller.BRANCH_SECRETARY,
            Caller.BRANCH_COMMITTEE,
            Caller.OTHER_BRANCH_SECRETARY));
    EXPECTED.put("GET /api/reports/export", EnumSet.of(Caller.PARTY_COMMITTEE, Caller.DISCIPLINE));
    EXPECTED.put("GET /api/reports/{id}", LOGGED_IN);
    EXPECTED.put("GET /api/reports/{id}/pdf", LOGGED_IN);
    // 问题线索处置: the register for discipline officers (their own clues); a clue one is not on the
    // access list of is a 404, whoever one is.
    EXPECTED.put("GET /api/discipline-clues", EnumSet.of(Caller.DISCIPLINE));
    EXPECTED.put("GET /api/discipline-clues/{id}", LOGGED_IN);
    EXPECTED.put("GET /api/discipline-clues/statistics", EnumSet.of(Caller.DISCIPLINE));
    EXPECTED.put("GET /api/discipline-clues/export", EnumSet.of(Caller.DISCIPLINE));
    EXPECTED.put("POST /api/discipline-clues/{id}/recusals", LOGGED_IN);
    // 典型案例库: read by everyone, kept by the discipline commission.
    EXPECTED.put("GET /api/typical-cases", LOGGED_IN);
    EXPECTED.put("GET /api/typical-cases/{id}", LOGGED_IN);
    EXPECTED.put("POST /api/typical-cases", EnumSet.of(Caller.DISCIPLINE));
    EXPECTED.put("PUT /api/typical-cases/{id}", EnumSet.of(Caller.DISCIPLINE));
    EXPECTED.put("DELETE /api/typical-cases/{id}", EnumSet.of(Caller.DISCIPLINE));
    EXPECTED.put("POST /api/typical-cases/{id}/files", EnumSet.of(Caller.DISCIPLINE));
    EXPECTED.put("GET /api/typical-case-files/{fileId}", LOGGED_IN);
    EXPECTED.put("DELETE /api/typical-case-files/{fileId}", EnumSet.of(Caller.DISCIPLINE));
    // The audit trail: the security auditor only.
    EXPECTED.put("GET /api/audit/integrity", EnumSet.of(Caller.AUDITOR));
    // 三员分立: the audit log is the auditor's alone, not the admin's.
    EXPECTED.put("GET /api/audit/events", EnumSet.of(Caller.AUDITOR));
    EXPECTED.put("GET /api/audit/events/export", EnumSet.of(Caller.AUDITOR));
    // People, accounts and the roster: the admin's alone; the auditor changes no one (三员分立).
    for (String endpoint :
        List.of(
            "GET /api/admin/people",
            "POST /api/admin/people",
            "GET /api/admin/people/{id}",
            "PUT /api/admin/people/{id}",
            "POST /api/admin/people/{id}/deactivate",
            "POST /api/admin/people/{id}/reactivate",
            "POST /api/admin/people/{id}/member-status",
            "POST /api/admin/people/{id}/account",
            "GET /api/admin/accounts",
            "POST /api/admin/accounts/{username}/password-reset",
            "POST /api/admin/accounts/{username}/unlock",
            "POST /api/admin/accounts/{username}/enable",
            "POST /api/admin/accounts/{username}/disable",
            "PUT /api/admin/accounts/{username}/grants",
            "GET /api/admin/roster/template",
            "POST /api/admin/roster/check",
            "POST /api/admin/roster/imports",
            "GET /api/admin/roster/imports",
            "GET /api/admin/roster/imports/{id}",
            "GET /api/admin/orgs/{id}",
            "POST /api/admin/orgs",
            "PUT /api/admin/orgs/{id}",
            "POST /api/admin/orgs/{id}/dissolve",
            "PUT /api/admin/orgs/{id}/leadership",
            "GET /api/admin/operations/failed-jobs",
            "POST /api/admin/operations/failed-jobs/{jobId}/retry",
            "GET /api/admin/operations/processes",
            "GET /api/admin/settings",
            "PUT /api/admin/settings")) {
      EXPECTED.put(endpoint, ADMIN);
    }
    // The catalog: a process one may not start is a 404.
    EXPECTED.put("GET /api/processes", LOGGED_IN);
    EXPECTED.put("GET /api/processes/{key}/start-form", LOGGED_IN);
    EXPECTED.put("POST /api/processes/{key}/start", LOGGED_IN);
    // The actuator: health for the load balancer, the rest for the admin.
    EXPECTED.put("GET /actuator", ADMIN);
    EXPECTED.put("GET /actuator/health", PUBLIC);
    EXPECTED.put("GET /actuator/health/**", PUBLIC);
    EXPECTED.put("GET /actuator/info", ADMIN);
    EXPECTED.put("GET /actuator/metrics", ADMIN);
    EXPECTED.put("GET /actuator/metrics/{requiredMetricName}", ADMIN);
    EXPECTED.put("GET /actuator/prometheus", ADMIN);
    // The OpenAPI description and Swagger UI: admin only.
    EXPECTED.put("GET /v3/api-docs", ADMIN);
    EXPECTED.put("GET /v3/api-docs.yaml", ADMIN);
    EXPECTED.put("GET /v3/api-docs/swagger-config", ADMIN);
    EXPECTED.put("GET /swagger-ui.html", ADMIN);
  }

  /** Query strings that make a read meaningful (without them it would be a 400). */
  static final Map<String, String> QUERIES = Map.of("GET /api/users", "?q=li");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired TestUsers users;
  @Autowired UserAccountMapper accounts;
  @Autowired OrgMapper orgs;

  /** Objects of branch 2 (and, for contrast, branch 1): one intake case each, with its task. */
  record Fixture(
      String b2Instance,
      String b2Task,
      long b2Intake,
      long b2Person,
      String b1Instance,
      String b1Task,
      long b1Intake) {}

  private static Fixture fixture;
  private static String leader;

  @Test
  void everyEndpointAdmitsExactlyTheCallersOfItsRowInTheTable() {
    long start = System.nanoTime();
    Fixture objects = fixture();
    Map<String, RequestMappingInfo> endpoints = endpoints();

    List<String> missing =
        endpoints.keySet().stream().filter(e -> !EXPECTED.containsKey(e)).toList();
    assertThat(missing)
        .as(
            "Endpoints without a row in AuthorizationMatrixTest.EXPECTED. Add, for each, a line"
                + " such as EXPECTED.put(\"GET /api/things/{id}\", LOGGED_IN) naming who may call"
                + " it (PUBLIC, LOGGED_IN, ADMIN, INTAKE_READERS, REGISTRY_READERS or an"
                + " EnumSet.of(Caller...))")
        .isEmpty();
    assertThat(EXPECTED.keySet().stream().filter(e -> !endpoints.containsKey(e)).toList())
        .as("Rows of EXPECTED whose endpoint no longer exists: remove them")
        .isEmpty();

    Map<Caller, ApiClient> clients = clients();
    Map<String, Map<Caller, Cell>> matrix = new LinkedHashMap<>();
    List<String> differences = new ArrayList<>();
    Map<Integer, Integer> byStatus = new TreeMap<>();
    int calls = 0;
    for (Map.Entry<String, RequestMappingInfo> endpoint : endpoints.entrySet()) {
      String key = endpoint.getKey();
      String method = key.substring(0, key.indexOf(' '));
      String pattern = key.substring(key.indexOf(' ') + 1);
      String path = path(method, pattern, objects) + QUERIES.getOrDefault(key, "");
      boolean multipart =
          endpoint
              .getValue()
              .getConsumesCondition()
              .getConsumableMediaTypes()
              .contains(MediaType.MULTIPART_FORM_DATA);
      Map<Caller, Cell> row = new EnumMap<>(Caller.class);
      for (Caller caller : Caller.values()) {
        ApiClient client = clients.get(caller);
        Response response =
            multipart
                ? client.upload(path, "file", "probe.txt", "probe".getBytes())
                : client.send(method, path, method.equals("GET") ? null : Map.of());
        calls++;
        int status = response.status();
        Cell cell = Cell.of(response);
        row.put(caller, cell);
        byStatus.merge(status, 1, Integer::sum);
        String problem = cell.difference(caller, EXPECTED.get(key).contains(caller));
        if (problem != null) {
          differences.add(key + " as " + caller.label + " (" + path + "): " + problem);
        }
      }
      matrix.put(key, row);
    }
    double seconds = (System.nanoTime() - start) / 1e9;

    System.out.println(table(matrix));
    System.out.printf(
        "Authorization matrix: %d endpoints x %d callers = %d calls in %.1f s; answers by status:"
            + " %s; admitted %d (of which 404 %d, 403 of a per-task rule %d), 401 %d, 403 %d,"
            + " 5xx %d; differences %d%n",
        endpoints.size(),
        Caller.values().length,
        calls,
        seconds,
        byStatus,
        count(matrix, Outcome.ADMITTED),
        byStatus.getOrDefault(404, 0),
        matrix.values().stream()
            .flatMap(r -> r.values().stream())
            .filter(c -> c.status() == 403 && c.outcome() == Outcome.ADMITTED)
            .count(),
        count(matrix, Outcome.UNAUTHENTICATED),
        count(matrix, Outcome.REFUSED),
        count(matrix, Outcome.SERVER_ERROR),
        differences.size());
    assertThat(differences).as("calls that differ from the table").isEmpty();
    assertThat(calls).isEqualTo(endpoints.size() * Caller.values().length);
  }

  @Test
  void theEnginesRestApiAndWebAppsAreRefusedToEveryoneEvenTheAdmin() {
    List<String> paths =
        List.of(
            "GET /engine-rest/engine",
            "GET /engine-rest/task",
            "GET /engine-rest/process-instance",
            "GET /engine-rest/user",
            "POST /engine-rest/process-definition/key/membershipIntake/start",
            "GET /camunda/app/cockpit/",
            "GET /camunda/app/admin/default/",
            "GET /camunda/api/engine/engine/");
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<Caller, ApiClient> caller : clients().entrySet()) {
      for (String probe : paths) {
        String method = probe.substring(0, probe.indexOf(' '));
        String path = probe.substring(probe.indexOf(' ') + 1);
        Response response =
            caller.getValue().send(method, path, method.equals("GET") ? null : Map.of());
        int expected = caller.getKey() == Caller.ANONYMOUS ? 401 : 403;
        if (response.status() != expected
            || !response.contentType().startsWith("application/problem+json")
            || response.body().contains("processEngine")
            || response.body().contains("taskDefinitionKey")) {
          wrong.add(probe + " as " + caller.getKey().label + ": " + response.status());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aBranchSecretaryNeverSeesAnotherBranchsTasksCasesOrPeople() {
    Fixture objects = fixture();
    ApiClient secretary = ApiClient.loggedIn(port, "liqiang", DEMO);
    ApiClient committee = ApiClient.loggedIn(port, "chenjing", DEMO);

    // Positive controls: the objects are real and visible to their own branch and the committee.
    ApiClient otherSecretary = ApiClient.loggedIn(port, "sunli", DEMO);
    assertThat(otherSecretary.get("/api/tasks/" + objects.b2Task()).status()).isEqualTo(200);
    assertThat(otherSecretary.get("/api/instances/" + objects.b2Instance()).status())
        .isEqualTo(200);
    assertThat(otherSecretary.get("/api/intakes/" + objects.b2Intake()).status()).isEqualTo(200);
    ApiClient partyCommittee = ApiClient.loggedIn(port, "wangwei", DEMO);
    assertThat(partyCommittee.get("/api/instances/" + objects.b2Instance()).status())
        .isEqualTo(200);
    assertThat(
            taskIds(
                secretary.get("/api/tasks?scope=claimable&size=100").json().path("items"),
                "branch-1"))
        .contains(objects.b1Task());
    assertThat(intakeIds(secretary.get("/api/intakes?size=100"))).contains(objects.b1Intake());

    for (ApiClient branch1 : List.of(secretary, committee)) {
      // Lists: every inbox scope, with and without asking for branch 2.
      for (String scope : List.of("mine", "claimable", "involved", "done")) {
        for (String filter : List.of("", "&branch=branch-2")) {
          Response inbox = branch1.get("/api/tasks?size=100&scope=" + scope + filter);
          assertThat(inbox.status()).isEqualTo(200);
          JsonNode items = inbox.json().path("items");
          assertThat(items.findValuesAsText("processInstanceId"))
              .as("inbox %s%s", scope, filter)
              .doesNotContain(objects.b2Instance());
          assertThat(taskIds(items, "branch-2")).as("inbox %s%s", scope, filter).isEmpty();
        }
      }
      for (String filter : List.of("", "&branch=branch-2", "&state=closed")) {
        Response intakes = branch1.get("/api/intakes?size=100" + filter);
        assertThat(intakes.status()).isEqualTo(200);
        assertThat(intakes.json().path("items").findValuesAsText("code"))
            .as("intake list %s", filter)
            .doesNotContain("branch-2");
        assertThat(intakeIds(intakes)).doesNotContain(objects.b2Intake());
      }
      // Objects of branch 2: not found, as if they did not exist.
      for (String path :
          List.of(
              "/api/tasks/" + objects.b2Task(),
              "/api/tasks/" + objects.b2Task() + "/form",
              "/api/tasks/" + objects.b2Task() + "/return-targets",
              "/api/instances/" + objects.b2Instance(),
              "/api/instances/" + objects.b2Instance() + "/attachments",
              "/api/intakes/" + objects.b2Intake(),
              "/api/people/" + objects.b2Person() + "/member-history")) {
        Response response = branch1.get(path);
        assertThat(response.status()).as(path).isEqualTo(404);
        assertThat(response.json().path("code").asText()).as(path).isEqualTo("not-found");
      }
      // Branch 2's people: refused, whether by organisation or one by one.
      long branch2 = orgs.selectByCode("branch-2").id();
      assertThat(branch1.get("/api/people?orgId=" + branch2).status()).isEqualTo(403);
    }

    // Every write on a branch-2 task, as the branch-1 secretary: 404, nothing done. Taken from the
    // handler mappings, so a new task action is covered too.
    List<String> writes =
        endpoints().keySet().stream()
            .filter(e -> !e.startsWith("GET ") && e.matches("\\w+ /api/tasks/\\{\\w+}.*"))
            .toList();
    assertThat(writes)
        .contains(
            "POST /api/tasks/{id}/claim",
            "POST /api/tasks/{id}/complete",
            "POST /api/tasks/{taskId}/attachments");
    for (String write : writes) {
      String method = write.substring(0, write.indexOf(' '));
      String path = write.substring(write.indexOf(' ') + 1).replaceFirst("\\{\\w+}", "%s");
      String url = path.formatted(objects.b2Task());
      Response response =
          url.endsWith("/attachments")
              ? secretary.upload(url, "file", "probe.txt", "probe".getBytes())
              : secretary.send(
                  method, url, url.endsWith("/cc") ? Map.of("users", List.of("lisi")) : Map.of());
      assertThat(response.status()).as(write).isEqualTo(404);
    }
    JsonNode task = otherSecretary.get("/api/tasks/" + objects.b2Task()).json();
    assertThat(task.path("assignee").textValue()).as("the branch-2 task is untouched").isNull();
  }

  /** What an answer means for the role check. */
  enum Outcome {
    ADMITTED,
    UNAUTHENTICATED,
    REFUSED,
    SERVER_ERROR,
    /** A 403 that is neither a role refusal nor a per-task rule (CSRF): the probe is wrong. */
    OTHER
  }

  /** One call's answer: status, problem code, what it means. */
  record Cell(int status, String code, String body) {
    static Cell of(Response response) {
      String code = "";
      if (response.contentType().startsWith("application/problem+json")) {
        code = response.json().path("code").asText();
      }
      return new Cell(response.status(), code, response.body());
    }

    Outcome outcome() {
      if (status >= 500) {
        return Outcome.SERVER_ERROR;
      }
      if (status == 401) {
        return Outcome.UNAUTHENTICATED;
      }
      if (status == 403) {
        return code.equals("forbidden")
            ? Outcome.REFUSED
            : code.startsWith("task.") ? Outcome.ADMITTED : Outcome.OTHER;
      }
      return Outcome.ADMITTED;
    }

    /** Null when the answer is what the table says; else what is wrong. */
    String difference(Caller caller, boolean admitted) {
      Outcome outcome = outcome();
      Outcome refused = caller == Caller.ANONYMOUS ? Outcome.UNAUTHENTICATED : Outcome.REFUSED;
      if (outcome == Outcome.SERVER_ERROR || outcome == Outcome.OTHER) {
        return "answered " + status + " " + body;
      }
      if (admitted && outcome != Outcome.ADMITTED) {
        return "refused (" + status + " " + code + ") but the table admits " + caller.label;
      }
      if (!admitted && outcome != refused) {
        return "answered " + status + " but the table refuses " + caller.label;
      }
      return null;
    }

    /** The status, with * for a 403 of a per-task rule and ! when not as the table says. */
    String text(Caller caller, boolean admitted) {
      return status
          + (status == 403 && outcome() == Outcome.ADMITTED ? "*" : "")
          + (difference(caller, admitted) == null ? "" : " !");
    }
  }

  private static long count(Map<String, Map<Caller, Cell>> matrix, Outcome outcome) {
    return matrix.values().stream()
        .flatMap(r -> r.values().stream())
        .filter(c -> c.outcome() == outcome)
        .count();
  }

  /** Every endpoint of the running application, keyed "METHOD pattern", sorted. */
  private Map<String, RequestMappingInfo> endpoints() {
    Map<String, RequestMappingInfo> endpoints = new TreeMap<>();
    Endpoints.of(context).forEach((key, endpoint) -> endpoints.put(key, endpoint.info()));
    return endpoints;
  }

  private static final Pattern VARIABLE = Pattern.compile("\\{\\*?(\\w+)(:[^}]*)?}|\\*\\*");

  /** The pattern with its variables filled: branch-2 objects for reads, missing ids for writes. */
  private static String path(String method, String pattern, Fixture objects) {
    boolean read = method.equals("GET");
    Matcher m = VARIABLE.matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) == null ? "**" : m.group(1);
      String value =
          switch (pattern.replaceFirst("^(/\\w+/\\w+).*", "$1") + " " + name) {
            case "/api/tasks id", "/api/tasks taskId" -> read ? objects.b2Task() : "no-such-task";
            case "/api/instances id" -> objects.b2Instance();
            case "/api/intakes id" -> String.valueOf(objects.b2Intake());
            case "/api/people id" -> String.valueOf(objects.b2Person());
            // No attachment exists in branch 2 (uploading needs the task's assignee).
            case "/api/attachments id",
                "/api/notifications id",
                "/api/typical id",
                "/api/typical fileId" ->
                MISSING_NUMBER;
            case "/api/calendar year" -> "2026";
            case "/api/admin id" -> read ? String.valueOf(objects.b2Person()) : MISSING_NUMBER;
            case "/api/admin username" -> "no-such-user";
            case "/api/admin jobId" -> "no-such-job";
            case "/api/campaigns id" -> "no-such-campaign";
            case "/api/reports id" -> "no-such-report";
            case "/api/discipline id" -> "no-such-clue";
            case "/api/processes key" -> read ? "membershipIntake" : "no-such-process";
            case "/actuator/metrics requiredMetricName" -> "jvm.memory.used";
            case "/actuator/health **", "/actuator/health path" -> "liveness";
            default ->
                throw new AssertionError(
                    "No probe value for {"
                        + name
                        + "} in "
                        + method
                        + " "
                        + pattern
                        + ": add a case to AuthorizationMatrixTest.path (an id that does not exist,"
                        + " or of branch 2 for a read)");
          };
      m.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    m.appendTail(path);
    return path.toString();
  }

  private Map<Caller, ApiClient> clients() {
    Map<Caller, ApiClient> clients = new EnumMap<>(Caller.class);
    for (Caller caller : Caller.values()) {
      ApiClient client;
      if (caller == Caller.ANONYMOUS) {
        client = new ApiClient(port);
        client.get("/api/auth/me"); // the CSRF cookie, so writes reach the authorization check
      } else if (caller == Caller.LEADER) {
        client = ApiClient.loggedIn(port, leader(), TestUsers.PASSWORD);
      } else {
        client = ApiClient.loggedIn(port, caller.demoUser, DEMO);
      }
      clients.put(caller, client);
    }
    return clients;
  }

  private synchronized String leader() {
    if (leader == null) {
      leader = users.create("leader");
    }
    return leader;
  }

  /** An intake case in branch 2 and one in branch 1, each waiting at its secretary's step. */
  private synchronized Fixture fixture() {
    if (fixture == null) {
      String b2Applicant =
          users.createPerson("branch-2-enforce", LocalDate.of(1999, 5, 4), "none", "staff");
      String b1Applicant =
          users.createPerson("branch-1-civil", LocalDate.of(1999, 6, 4), "none", "staff");
      String b2Instance = apply(b2Applicant);
      String b1Instance = apply(b1Applicant);
      fixture =
          new Fixture(
              b2Instance,
              taskOf("sunli", b2Instance),
              intakeOf(b2Instance),
              accounts.selectByUsername(b2Applicant).personId(),
              b1Instance,
              taskOf("liqiang", b1Instance),
              intakeOf(b1Instance));
    }
    return fixture;
  }

  private String apply(String applicant) {
    Response started =
        IntakeApplication.submit(
            ApiClient.loggedIn(port, applicant, TestUsers.PASSWORD),
            LocalDate.now(ZoneId.of("Asia/Shanghai")));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return started.json().path("processInstanceId").asText();
  }

  private String taskOf(String secretary, String instance) {
    JsonNode items =
        ApiClient.loggedIn(port, secretary, DEMO)
            .get("/api/tasks?scope=claimable&size=100")
            .json()
            .path("items");
    for (JsonNode item : items) {
      if (item.path("processInstanceId").asText().equals(instance)) {
        return item.path("id").asText();
      }
    }
    return fail("no claimable task of %s for %s", instance, secretary);
  }

  private long intakeOf(String instance) {
    Response list = ApiClient.loggedIn(port, "wangwei", DEMO).get("/api/intakes?size=100");
    for (JsonNode item : list.json().path("items")) {
      if (item.path("processInstanceId").asText().equals(instance)) {
        return item.path("id").asLong();
      }
    }
    return fail("intake of %s not listed", instance);
  }

  private static List<String> taskIds(JsonNode items, String branch) {
    List<String> ids = new ArrayList<>();
    items.forEach(
        i -> {
          if (i.path("branch").path("code").asText().equals(branch)) {
            ids.add(i.path("id").asText());
          }
        });
    return ids;
  }

  private static List<Long> intakeIds(Response list) {
    List<Long> ids = new ArrayList<>();
    list.json().path("items").forEach(i -> ids.add(i.path("id").asLong()));
    return ids;
  }

  /** The matrix as text: a row per endpoint, the status per caller, and counts per caller. */
  private static String table(Map<String, Map<Caller, Cell>> matrix) {
    int width = matrix.keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
    StringBuilder out =
        new StringBuilder("\nAuthorization matrix (status per caller; * = 403 of a per-task rule,")
            .append(" the role admitted; ! = not as the table says)\n")
            .append(" ".repeat(width));
    for (Caller caller : Caller.values()) {
      out.append(String.format("%-16s", caller.label));
    }
    out.append('\n');
    matrix.forEach(
        (endpoint, row) -> {
          out.append(String.format("%-" + width + "s", endpoint));
          row.forEach(
              (caller, cell) ->
                  out.append(
                      String.format(
                          "%-16s", cell.text(caller, EXPECTED.get(endpoint).contains(caller)))));
          out.append('\n');
        });
    out.append(String.format("%-" + width + "s", "admitted / refused (401, 403)"));
    for (Caller caller : Caller.values()) {
      long admitted =
          matrix.values().stream().filter(r -> r.get(caller).outcome() == Outcome.ADMITTED).count();
      out.append(String.format("%-16s", admitted + " / " + (matrix.size() - admitted)));
    }
    return out.append('\n').toString();
  }
}
