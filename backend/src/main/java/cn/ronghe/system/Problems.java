package cn.ronghe.system;

import cn.ronghe.system.ApiException.FieldProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds and writes the RFC 7807 problem bodies every error of the API uses. */
@Component
public class Problems {

  private final ObjectMapper objectMapper;

  public Problems(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  public static ProblemDetail of(
      HttpStatusCode status, String code, String detail, List<FieldProblem> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:ronghe:problem:" + code));
    problem.setProperty("code", code);
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }

  /** Writes a problem directly, for the places that run before Spring MVC (security filters). */
  public void write(HttpServletResponse response, HttpStatusCode status, String code, String detail)
      throws IOException {
    ProblemDetail problem = of(status, code, detail, List.of());
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
