package cn.ronghe.system;

import cn.ronghe.system.ApiException.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 7807 problem with a stable {@code code}: bad input is a 4xx that
 * names the field, never a 500.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> handleApiException(ApiException e) {
    return problem(e.status(), e.code(), e.getMessage(), e.errors());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException e) {
    String message = "参数格式不正确: " + e.getName();
    return problem(
        HttpStatus.BAD_REQUEST,
        "validation",
        message,
        List.of(new FieldProblem(e.getName(), message)));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> handleAccessDenied(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, "forbidden", "无权访问该资源", List.of());
  }

  /**
   * The database is unreachable (see {@link DatabaseUnavailable}): 503 with {@code Retry-After} and
   * one log line, no stack trace. These are the types that arrive wrapping it: Spring's (a mapper,
   * the session store, a transaction), MyBatis' and the engine's (a command, a listener whose
   * statement failed); any other failure of these types is unexpected.
   */
  @ExceptionHandler({
    DataAccessException.class,
    TransactionException.class,
    PersistenceException.class,
    ProcessEngineException.class
  })
  ResponseEntity<ProblemDetail> handleDatabaseFailure(
      RuntimeException e, HttpServletRequest request) {
    if (!DatabaseUnavailable.isCauseOf(e)) {
      return handleUnexpected(e);
    }
    log.warn(
        "{} {}: 503, database unavailable: {}",
        request.getMethod(),
        request.getRequestURI(),
        DatabaseUnavailable.reason(e));
    return DatabaseUnavailable.problem();
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
    Optional<ApiException> refused = ApiException.causeOf(e);
    if (refused.isPresent()) {
      return handleApiException(refused.get());
    }
    log.error("Unexpected error", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "服务器内部错误，请稍后重试或联系管理员", List.of());
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors = new ArrayList<>();
    e.getBindingResult()
        .getFieldErrors()
        .forEach(f -> errors.add(new FieldProblem(f.getField(), f.getDefaultMessage())));
    e.getBindingResult()
        .getGlobalErrors()
        .forEach(g -> errors.add(new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
    return asObject(problem(HttpStatus.BAD_REQUEST, "validation", summary(errors), errors));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors = new ArrayList<>();
    e.getParameterValidationResults()
        .forEach(
            r ->
                r.getResolvableErrors()
                    .forEach(
                        err ->
                            errors.add(
                                new FieldProblem(
                                    r.getMethodParameter().getParameterName(),
                                    err.getDefaultMessage()))));
    return asObject(problem(HttpStatus.BAD_REQUEST, "validation", summary(errors), errors));
  }

  /**
   * A body Jackson could not read. A property of the wrong type, one the request does not have, or
   * one given twice is a {@code validation} problem naming it ("comment", "days[0].date"); a body
   * that is not JSON, not UTF-8, or nested too deep is {@code malformed-body}, naming the property
   * being read when there was one.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Throwable cause = e.getCause();
    String field = JsonBodyProblems.field(cause);
    if (JsonBodyProblems.isMismatch(cause) && field != null) {
      String message = JsonBodyProblems.message(cause);
      return asObject(
          problem(
              HttpStatus.BAD_REQUEST,
              "validation",
              "请求参数不正确: " + field + " " + message,
              List.of(new FieldProblem(field, message))));
    }
    String detail = JsonBodyProblems.detail(cause);
    List<FieldProblem> errors =
        field == null ? List.of() : List.of(new FieldProblem(field, detail));
    return asObject(problem(HttpStatus.BAD_REQUEST, "malformed-body", detail, errors));
  }

  /** A multipart body that cannot be parsed (no boundary, cut short): the file is missing. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> handleMultipart(MultipartException e) {
    String message = "上传内容不是有效的 multipart/form-data";
    return problem(
        HttpStatus.BAD_REQUEST,
        "malformed-body",
        message,
        List.of(new FieldProblem("file", message)));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      org.springframework.web.multipart.MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String message = "文件太大（上限 20 MB）";
    return asObject(
        problem(
            HttpStatus.PAYLOAD_TOO_LARGE,
            "file.too-large",
            message,
            List.of(new FieldProblem("file", message))));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(
      org.springframework.web.multipart.support.MissingServletRequestPartException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String message = "缺少上传的文件";
    return asObject(
        problem(
            HttpStatus.BAD_REQUEST,
            "validation",
            message,
            List.of(new FieldProblem(e.getRequestPartName(), message))));
  }

  /** Spring's own 4xx (404 no handler, 405, 415 …) keep their status and get a code. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String detail =
        e instanceof ErrorResponse er && er.getBody().getDetail() != null
            ? er.getBody().getDetail()
            : HttpStatus.valueOf(status.value()).getReasonPhrase();
    String code = status.value() == 404 ? "not-found" : "http-" + status.value();
    ResponseEntity<ProblemDetail> response = problem(status, code, detail, List.of());
    return ResponseEntity.status(status)
        .headers(headers)
        .contentType(response.getHeaders().getContentType())
        .body(response.getBody());
  }

  private static String summary(List<FieldProblem> errors) {
    return errors.isEmpty()
        ? "请求参数不正确"
        : "请求参数不正确: "
            + String.join("; ", errors.stream().map(f -> f.field() + " " + f.message()).toList());
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatusCode status, String code, String detail, List<FieldProblem> errors) {
    return ResponseEntity.status(status)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.of(status, code, detail, errors));
  }

  private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
    return ResponseEntity.status(response.getStatusCode())
        .headers(response.getHeaders())
        .body(response.getBody());
  }
}
