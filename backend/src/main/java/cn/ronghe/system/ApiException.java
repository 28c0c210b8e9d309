package cn.ronghe.system;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * A failure the caller can act on. Rendered as an RFC 7807 problem with a stable {@code code} and,
 * where the input is at fault, the fields that were wrong.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final List<FieldProblem> errors;

  public ApiException(HttpStatus status, String code, String detail) {
    this(status, code, detail, List.of());
  }

  public ApiException(HttpStatus status, String code, String detail, List<FieldProblem> errors) {
    super(detail);
    this.status = status;
    this.code = code;
    this.errors = List.copyOf(errors);
  }

  public static ApiException invalidField(String field, String message) {
    return new ApiException(
        HttpStatus.BAD_REQUEST, "validation", message, List.of(new FieldProblem(field, message)));
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, "forbidden", detail);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, "not-found", detail);
  }

  /**
   * The ApiException behind a failure, if any: a rule refused inside the engine (a listener or
   * delegate) reaches the caller wrapped in the engine's and the expression language's exceptions.
   */
  public static Optional<ApiException> causeOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ApiException api) {
        return Optional.of(api);
      }
    }
    return Optional.empty();
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public List<FieldProblem> errors() {
    return errors;
  }

  /** One wrong field of a request: its name as the client sent it, and what is wrong with it. */
  public record FieldProblem(String field, String message) {}
}
