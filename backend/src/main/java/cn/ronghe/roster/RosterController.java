package cn.ronghe.roster;

import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.Problems;
import cn.ronghe.system.Workbooks;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The Excel roster: its template, checking one, importing it ({@code /api/admin/**}: admin). */
@RestController
class RosterController {

  private final RosterImports imports;
  private final RosterTemplate template;

  RosterController(RosterImports imports, RosterTemplate template) {
    this.imports = imports;
    this.template = template;
  }

  @GetMapping("/api/admin/roster/template")
  ResponseEntity<byte[]> template() {
    return Workbooks.download(RosterTemplate.FILE_NAME, template.workbook());
  }

  @PostMapping(value = "/api/admin/roster/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  RosterImports.Check check(
      @AuthenticationPrincipal CurrentUser admin, @RequestParam("file") MultipartFile file)
      throws IOException {
    return imports.check(admin, imports.read(file.getOriginalFilename(), file.getBytes()));
  }

  /** 202 with the import, running; a roster with any error is refused whole (see below). */
  @PostMapping(value = "/api/admin/roster/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<RosterImport> start(
      @AuthenticationPrincipal CurrentUser admin, @RequestParam("file") MultipartFile file)
      throws IOException {
    RosterImports.Upload upload = imports.read(file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.accepted().body(imports.start(admin, upload));
  }

  /** 400 {@code roster.invalid} with every row's errors: nothing was imported. */
  @ExceptionHandler(RosterImports.Invalid.class)
  ResponseEntity<ProblemDetail> invalid(RosterImports.Invalid invalid) {
    ProblemDetail problem =
        Problems.of(HttpStatus.BAD_REQUEST, "roster.invalid", invalid.getMessage(), List.of());
    problem.setProperty("rowErrors", invalid.errors());
    return ResponseEntity.badRequest().body(problem);
  }

  @GetMapping("/api/admin/roster/imports/{id}")
  RosterImport get(@PathVariable long id) {
    return imports.get(id);
  }

  @GetMapping("/api/admin/roster/imports")
  List<RosterImport> latest() {
    return imports.latest();
  }
}
