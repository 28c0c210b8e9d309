package cn.ronghe.roster;

import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.Problems;
import cn.ronghe.system.Workbooks;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

  @PostMapping("/api/admin/roster/check")
  RosterImports.Check check(@RequestParam("file") MultipartFile file) throws IOException {
    return imports.check(imports.read(file.getOriginalFilename(), file.getBytes()));
  }

  /**
   * 202 with the import, running; 400 {@code roster.invalid} with every row's errors when the
   * roster has any: then nothing is imported.
   */
  @PostMapping("/api/admin/roster/imports")
  ResponseEntity<?> start(
      @AuthenticationPrincipal CurrentUser admin, @RequestParam("file") MultipartFile file)
      throws IOException {
    RosterImports.Upload upload = imports.read(file.getOriginalFilename(), file.getBytes());
    RosterImports.Check check = imports.check(upload);
    if (!check.errors().isEmpty()) {
      ProblemDetail problem =
          Problems.of(
              HttpStatus.BAD_REQUEST,
              "roster.invalid",
              "名册有 " + check.errors().size() + " 处错误，未导入任何数据",
              List.of());
      problem.setProperty("rowErrors", check.errors());
      return ResponseEntity.badRequest().body(problem);
    }
    int total =
        check.organisations().created()
            + check.organisations().updated()
            + check.organisations().unchanged()
            + check.people().created()
            + check.people().updated()
            + check.people().unchanged();
    return ResponseEntity.accepted().body(imports.start(admin, upload, total));
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
