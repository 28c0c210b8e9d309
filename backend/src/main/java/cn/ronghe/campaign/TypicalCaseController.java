package cn.ronghe.campaign;

import cn.ronghe.org.Page;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.Downloads;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 典型案例库: read by everyone signed in, kept by the discipline commission. */
@RestController
@Validated
class TypicalCaseController {

  private final TypicalCaseLibrary library;

  TypicalCaseController(TypicalCaseLibrary library) {
    this.library = library;
  }

  @GetMapping("/api/typical-cases")
  Page<TypicalCaseLibrary.View> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String type,
      @RequestParam(defaultValue = "1") @Min(1) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return library.list(q, type, page, size);
  }

  @GetMapping("/api/typical-cases/{id}")
  TypicalCaseLibrary.View get(@PathVariable long id) {
    return library.get(id);
  }

  @PostMapping("/api/typical-cases")
  @ResponseStatus(HttpStatus.CREATED)
  TypicalCaseLibrary.View create(
      @AuthenticationPrincipal CurrentUser user, @RequestBody TypicalCaseLibrary.Input input) {
    return library.create(user, input);
  }

  @PutMapping("/api/typical-cases/{id}")
  TypicalCaseLibrary.View update(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestBody TypicalCaseLibrary.Input input) {
    return library.update(user, id, input);
  }

  /** Withdraws the case from the library (it is kept, hidden). */
  @DeleteMapping("/api/typical-cases/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    library.withdraw(user, id);
  }

  /** Attaches a file to the case (the discipline commission). */
  @PostMapping(
      path = "/api/typical-cases/{id}/files",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  TypicalCaseFile upload(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestParam("file") MultipartFile file)
      throws IOException {
    return library.upload(user, id, file.getOriginalFilename(), file.getBytes());
  }

  @GetMapping("/api/typical-case-files/{fileId}")
  ResponseEntity<byte[]> download(@PathVariable long fileId) {
    TypicalCaseLibrary.FileDownload download = library.download(fileId);
    return Downloads.attachment(
        download.file().fileName(),
        MediaType.parseMediaType(download.file().contentType()),
        download.content());
  }

  @DeleteMapping("/api/typical-case-files/{fileId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteFile(@AuthenticationPrincipal CurrentUser user, @PathVariable long fileId) {
    library.deleteFile(user, fileId);
  }
}
