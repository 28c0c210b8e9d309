package cn.ronghe.attachment;

import cn.ronghe.security.CurrentUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload at a task, list per case, download. */
@RestController
class AttachmentController {

  private final AttachmentService service;

  AttachmentController(AttachmentService service) {
    this.service = service;
  }

  @PostMapping(
      path = "/api/tasks/{taskId}/attachments",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Attachment> upload(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String taskId,
      @RequestParam("file") MultipartFile file)
      throws IOException {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(service.upload(user, taskId, file.getOriginalFilename(), file.getBytes()));
  }

  @GetMapping("/api/instances/{id}/attachments")
  List<Attachment> ofCase(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return service.ofCase(user, id);
  }

  @GetMapping("/api/attachments/{id}")
  ResponseEntity<byte[]> download(
      @AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    AttachmentContent file = service.download(user, id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.attachment().contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.attachment().fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(file.content());
  }
}
