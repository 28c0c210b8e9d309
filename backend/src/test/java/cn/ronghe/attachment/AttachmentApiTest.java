package cn.ronghe.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.audit.AuditService;
import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.Pilot;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApplicationTest
class AttachmentApiTest {

  static final String DEMO = "Ronghe@2026";
  static final byte[] PDF =
      "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @LocalServerPort int port;
  @Autowired Pilot pilot;
  @Autowired AuditService audit;

  @Test
  void aFileUploadedAtATaskIsListedAndDownloadedByTheRequesterAndAudited() {
    String pid = startedByZhangsan();
    String taskId = pilot.currentTask(pid).getId();
    ApiClient liqiang = login("liqiang");

    Response upload =
        liqiang.upload("/api/tasks/" + taskId + "/attachments", "file", "家庭情况说明.pdf", PDF);

    assertThat(upload.status()).isEqualTo(201);
    long id = upload.json().path("id").asLong();
    assertThat(upload.json().path("fileName").asText()).isEqualTo("家庭情况说明.pdf");
    assertThat(upload.json().path("sizeBytes").asLong()).isEqualTo(PDF.length);
    ApiClient zhangsan = login("zhangsan");
    assertThat(
            zhangsan
                .get("/api/instances/" + pid + "/attachments")
                .json()
                .findValuesAsText("fileName"))
        .containsExactly("家庭情况说明.pdf");
    HttpResponse<byte[]> download = zhangsan.download("/api/attachments/" + id);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(PDF);
    assertThat(download.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment")
        .contains("UTF-8''");
    assertThat(audit.ofObject("attachment", String.valueOf(id)))
        .extracting(e -> e.actor() + " " + e.action())
        .containsExactly("liqiang attachment.upload", "zhangsan attachment.download");
  }

  @Test
  void disallowedTypesDisguisedFilesAndEmptyFilesAreRefused() {
    String taskId = pilot.currentTask(startedByZhangsan()).getId();
    ApiClient liqiang = login("liqiang");
    byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0};

    Response exe =
        liqiang.upload("/api/tasks/" + taskId + "/attachments", "file", "setup.exe", executable);
    Response disguised =
        liqiang.upload("/api/tasks/" + taskId + "/attachments", "file", "说明.pdf", executable);
    Response empty =
        liqiang.upload("/api/tasks/" + taskId + "/attachments", "file", "空.txt", new byte[0]);

    for (Response r : new Response[] {exe, disguised, empty}) {
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("file");
    }
  }

  @Test
  void aFileOverTheLimitIsA413Problem() {
    String taskId = pilot.currentTask(startedByZhangsan()).getId();
    byte[] big = new byte[21 * 1024 * 1024];
    System.arraycopy(PDF, 0, big, 0, PDF.length);

    Response tooBig =
        login("liqiang").upload("/api/tasks/" + taskId + "/attachments", "file", "大文件.pdf", big);

    assertThat(tooBig.status()).isEqualTo(413);
    assertThat(tooBig.json().path("code").asText()).isEqualTo("file.too-large");
  }

  @Test
  void outsidersCanNeitherListNorDownload() {
    String pid = startedByZhangsan();
    String taskId = pilot.currentTask(pid).getId();
    long id =
        login("liqiang")
            .upload("/api/tasks/" + taskId + "/attachments", "file", "a.pdf", PDF)
            .json()
            .path("id")
            .asLong();
    ApiClient lisi = login("lisi");

    assertThat(lisi.get("/api/instances/" + pid + "/attachments").status()).isEqualTo(404);
    assertThat(lisi.download("/api/attachments/" + id).statusCode()).isEqualTo(404);
    assertThat(lisi.upload("/api/tasks/" + taskId + "/attachments", "file", "b.pdf", PDF).status())
        .isEqualTo(404);
  }

  private String startedByZhangsan() {
    return Pilot.requestThroughApi(
        login("zhangsan"), "附件-" + UUID.randomUUID().toString().substring(0, 6));
  }

  private ApiClient login(String username) {
    return ApiClient.loggedIn(port, username, DEMO);
  }
}
