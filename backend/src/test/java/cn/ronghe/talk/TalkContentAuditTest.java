package cn.ronghe.talk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.IntakeApplication;
import cn.ronghe.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Talk content is confidential (the {@code confidential} property of {@code talk.bpmn}): each read
 * of a talk's case view, task form or attachments, and of a follow-up item called from a talk,
 * leaves exactly one audit row naming what was read; a refused read and a read of a process that is
 * not confidential leave none.
 */
@ApplicationTest
class TalkContentAuditTest {

  static final String DEMO = "Ronghe@2026";
  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  static final byte[] PDF =
      "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @LocalServerPort int port;
  @Autowired TestUsers users;
  @Autowired JdbcTemplate jdbc;

  /** One audit row: who read what. */
  record Audited(String actor, String action, String objectType, String objectId, String detail) {}

  @Test
  void eachReadOfATalkAndOfItsFollowUpLeavesExactlyOneAuditRow() {
    ApiClient wangwei = login("wangwei");
    String talk = schedule(wangwei);
    String record = openTask(talk, "recordTalk");

    assertThat(audited(() -> wangwei.get("/api/tasks/" + record + "/form")))
        .containsExactly(new Audited("wangwei", "task.form.read", "task", record, "talk"));
    assertThat(
            wangwei
                .upload("/api/tasks/" + record + "/attachments", "file", "谈话记录.pdf", PDF)
                .status())
        .isEqualTo(201);
    assertThat(complete(wangwei, record, talkRecord("案件审理报告说理不充分")).status()).isEqualTo(204);

    ApiClient liqiang = login("liqiang");
    assertThat(audited(() -> liqiang.get("/api/instances/" + talk)))
        .as("the person's branch secretary reads the talk")
        .containsExactly(new Audited("liqiang", "case.read", "process-instance", talk, "talk"));
    assertThat(audited(() -> liqiang.get("/api/instances/" + talk + "/attachments")))
        .containsExactly(
            new Audited("liqiang", "attachment.list", "process-instance", talk, "talk"));

    String followUp = followUpOf(talk);
    String report = openTask(followUp, "reportFollowUpProgress");
    ApiClient zhangsan = login("zhangsan");
    assertThat(audited(() -> zhangsan.get("/api/tasks/" + report + "/form")))
        .containsExactly(
            new Audited("zhangsan", "task.form.read", "task", report, "talk/followUp"));
    assertThat(audited(() -> zhangsan.get("/api/instances/" + followUp)))
        .containsExactly(
            new Audited("zhangsan", "case.read", "process-instance", followUp, "talk/followUp"));
  }

  @Test
  void aRefusedReadLeavesNoRowTheTaskRowIsNotContentAndADownloadIsAuditedOnce() {
    ApiClient wangwei = login("wangwei");
    String talk = schedule(wangwei);
    String record = openTask(talk, "recordTalk");

    assertThat(audited(() -> wangwei.get("/api/tasks/" + record)))
        .as("the task's inbox row: what the inbox lists, no form values")
        .isEmpty();
    ApiClient sunli = login("sunli");
    assertThat(audited(() -> sunli.get("/api/instances/" + talk), 404)).isEmpty();
    assertThat(audited(() -> sunli.get("/api/tasks/" + record + "/form"), 404)).isEmpty();
    assertThat(audited(() -> sunli.get("/api/instances/" + talk + "/attachments"), 404)).isEmpty();

    String file =
        wangwei
            .upload("/api/tasks/" + record + "/attachments", "file", "谈话提纲.pdf", PDF)
            .json()
            .path("id")
            .asText();
    assertThat(audited(() -> wangwei.get("/api/attachments/" + file)))
        .as("a download is audited once, as every download is")
        .containsExactly(
            new Audited("wangwei", "attachment.download", "attachment", file, "谈话提纲.pdf"));
  }

  @Test
  void readsOfAProcessThatIsNotConfidentialAreNotAudited() {
    String applicant =
        users.createPerson("branch-1-civil", LocalDate.of(1998, 3, 2), "none", "staff");
    Response started =
        IntakeApplication.submit(ApiClient.loggedIn(port, applicant, TestUsers.PASSWORD), TODAY);
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String intake = started.json().path("processInstanceId").asText();
    String assignTalker = openTask(intake, "assignTalker");

    ApiClient liqiang = login("liqiang");
    assertThat(audited(() -> liqiang.get("/api/tasks/" + assignTalker + "/form"))).isEmpty();
    assertThat(audited(() -> liqiang.get("/api/instances/" + intake))).isEmpty();
    assertThat(audited(() -> liqiang.get("/api/instances/" + intake + "/attachments"))).isEmpty();
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** Sends the request, expecting 200, and returns the audit rows it left. */
  private List<Audited> audited(Supplier<Response> request) {
    return audited(request, 200);
  }

  private List<Audited> audited(Supplier<Response> request, int status) {
    long before = lastEventId();
    Response response = request.get();
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    return jdbc.query(
        "select actor, action, object_type, object_id, detail from audit_event where id > ?"
            + " order by id",
        (r, i) ->
            new Audited(
                r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)),
        before);
  }

  private long lastEventId() {
    Long id = jdbc.queryForObject("select max(id) from audit_event", Long.class);
    return id == null ? 0 : id;
  }

  private ApiClient login(String user) {
    return ApiClient.loggedIn(port, user, DEMO);
  }

  /** wangwei (the Party committee) schedules a talk with zhangsan of branch 1. */
  private String schedule(ApiClient talker) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("talkee", "zhangsan");
    values.put("talkKind", "event");
    values.put("eventKind", "complaint");
    values.put("talkReason", "当事人反映其庭审态度生硬");
    values.put("talkDueOn", TODAY.plusDays(10).toString());
    Response started = talker.post("/api/processes/talk/start", Map.of("values", values));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return started.json().path("processInstanceId").asText();
  }

  private String openTask(String instance, String taskKey) {
    return jdbc.queryForObject(
        "select task_id from task_inbox where process_instance_id = ? and task_key = ?"
            + " and state = 'open'",
        String.class,
        instance,
        taskKey);
  }

  /** The follow-up item the talk's one problem started: a called instance under the talk. */
  private String followUpOf(String talk) {
    return jdbc.queryForObject(
        "select ID_ from ACT_HI_PROCINST where ROOT_PROC_INST_ID_ = ? and PROC_DEF_KEY_ = ?",
        String.class,
        talk,
        "followUp");
  }

  private static Response complete(ApiClient client, String task, Map<String, Object> values) {
    return client.post("/api/tasks/" + task + "/complete", Map.of("values", values));
  }

  private static Map<String, Object> talkRecord(String problem) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("problem", problem);
    row.put("owner", "zhangsan");
    row.put("measure", "重写审理报告并请庭长审阅");
    row.put("deadline", TODAY.plusMonths(1).toString());
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("talkedOn", TODAY.toString());
    record.put("place", "机关党委办公室");
    record.put("participants", "王伟、张三");
    record.put("topic", "听取对庭审作风投诉的说明");
    record.put("strengths", "结案率高");
    record.put("problems", List.of(row));
    record.put("requests", "希望加强庭审礼仪培训");
    return record;
  }
}
