package cn.ronghe.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.MyBatisSystemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A database that cannot be reached is a 503 problem with {@code Retry-After}, wherever it is
 * noticed: in a controller (the API's exception handler) or around the session filter, before or
 * after the answer. DatabaseOutage (cn.ronghe.cluster) stops and kills a real server under load.
 */
class DatabaseUnavailableTest {

  /** What Hikari throws when no connection came within its timeout, the driver's cause inside. */
  static SQLTransientConnectionException poolTimeout() {
    return new SQLTransientConnectionException(
        "ronghe - Connection is not available, request timed out after 2000ms (total=0)",
        "08S01",
        new SQLException("Communications link failure\n\nThe last packet sent …", "08S01"));
  }

  @Test
  void recognisesThePoolTimingOutBehindSpringAndMyBatis() {
    CannotGetJdbcConnectionException spring =
        new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolTimeout());
    MyBatisSystemException myBatis =
        new MyBatisSystemException("", new PersistenceException("", spring));

    assertThat(DatabaseUnavailable.isCauseOf(spring)).isTrue();
    assertThat(DatabaseUnavailable.isCauseOf(myBatis)).isTrue();
    assertThat(DatabaseUnavailable.reason(myBatis))
        .isEqualTo(
            "ronghe - Connection is not available, request timed out after 2000ms (total=0)");
  }

  @Test
  void recognisesABrokenConnectionBehindTheEngineAndAFailedCommitOrRollback() {
    SQLException broken = new SQLException("Communications link failure\n\nmore", "08S01");
    ProcessEngineException engine =
        new ProcessEngineException(
            "ENGINE-03051 There was an exception while invoking the TaskListener",
            new PersistenceException("", broken));
    TransactionSystemException failedCommit =
        new TransactionSystemException("JDBC commit failed", new SQLException("?"));
    failedCommit.initApplicationException(engine);
    // what Spring throws when the commit broke and the rollback after it found no connection
    TransactionSystemException failedRollback =
        new TransactionSystemException(
            "JDBC rollback failed", new SQLException("Connection is closed"));

    assertThat(DatabaseUnavailable.isCauseOf(engine)).isTrue();
    assertThat(DatabaseUnavailable.reason(engine)).isEqualTo("Communications link failure");
    assertThat(DatabaseUnavailable.isCauseOf(failedCommit)).isTrue();
    assertThat(DatabaseUnavailable.isCauseOf(failedRollback)).isTrue();
    assertThat(DatabaseUnavailable.reason(failedRollback)).isEqualTo("Connection is closed");
  }

  @Test
  void leavesOtherDatabaseFailuresAlone() {
    assertThat(
            DatabaseUnavailable.isCauseOf(
                new DuplicateKeyException("dup", new SQLException("Duplicate entry", "23000"))))
        .isFalse();
    assertThat(DatabaseUnavailable.isCauseOf(new ProcessEngineException("ENGINE-01009"))).isFalse();
    assertThat(
            DatabaseUnavailable.isCauseOf(
                new TransactionSystemException(
                    "JDBC commit failed", new SQLException("Deadlock found", "40001"))))
        .isFalse();
  }

  @RestController
  static class Failing {
    RuntimeException failure;

    @GetMapping("/api/failing")
    void fail() {
      throw failure;
    }
  }

  @Test
  void aControllerThatLosesTheDatabaseAnswers503WithRetryAfter() throws Exception {
    Failing controller = new Failing();
    MockMvc mvc =
        MockMvcBuilders.standaloneSetup(controller)
            .setControllerAdvice(new ApiExceptionHandler())
            .build();

    controller.failure =
        new MyBatisSystemException(
            "",
            new PersistenceException(
                "", new CannotGetJdbcConnectionException("Failed", poolTimeout())));
    mvc.perform(get("/api/failing"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(header().string("Retry-After", "5"))
        .andExpect(jsonPath("$.code").value("database.unavailable"))
        .andExpect(jsonPath("$.detail").value("数据库暂时不可用，请稍后重试"));

    controller.failure = new DuplicateKeyException("dup");
    mvc.perform(get("/api/failing"))
        .andExpect(status().isInternalServerError())
        .andExpect(jsonPath("$.code").value("internal"));

    controller.failure =
        new ProcessEngineException(
            "ENGINE-03051", ApiException.invalidField("reviewComment", "请填写意见"));
    mvc.perform(get("/api/failing"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("validation"));
  }

  // ---- around the session filter ----

  private final DatabaseUnavailableFilter.Outside outside =
      new DatabaseUnavailableFilter.Outside(new Problems(new ObjectMapper()));
  private final DatabaseUnavailableFilter.Inside inside = new DatabaseUnavailableFilter.Inside();
  private final MockHttpServletRequest request =
      new MockHttpServletRequest("POST", "/api/processes/practicalHelp/start");
  private final MockHttpServletResponse response = new MockHttpServletResponse();

  /**
   * The outer filter, the session filter (here: {@code session}, which calls the inner filter and
   * the application through {@code next}) and the application.
   */
  private void run(SessionFilter session, FilterChain application) throws Exception {
    outside.doFilter(
        request,
        response,
        (rq, rs) -> session.doFilter(() -> inside.doFilter(rq, rs, application)));
  }

  interface SessionFilter {
    void doFilter(Next next) throws IOException, ServletException;
  }

  interface Next {
    void run() throws IOException, ServletException;
  }

  @Test
  void aSessionLookupThatFailsBeforeTheAnswerIsA503Problem() throws Exception {
    response.setHeader("X-Frame-Options", "DENY");

    run(
        next -> next.run(),
        (rq, rs) -> {
          rs.getWriter().write("{\"half\":");
          throw new CannotGetJdbcConnectionException("Failed", poolTimeout());
        });

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getHeader("X-Frame-Options")).as("security headers kept").isEqualTo("DENY");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .startsWith("{")
        .contains("\"code\":\"database.unavailable\"")
        .doesNotContain("half");
  }

  @Test
  void aSessionStoreFailureAfterAWholeAnswerLeavesTheAnswer() throws Exception {
    run(
        next -> {
          next.run();
          // Spring Session reads the session once more after the answer
          throw new CannotGetJdbcConnectionException("Failed", poolTimeout());
        },
        (rq, rs) -> {
          ((HttpServletResponse) rs).setStatus(201);
          rs.getWriter().write("{\"processInstanceId\":\"1\"}");
          rs.flushBuffer();
        });

    assertThat(response.getStatus()).isEqualTo(201);
    assertThat(response.getContentAsString()).isEqualTo("{\"processInstanceId\":\"1\"}");
  }

  @Test
  void aFailureInTheMiddleOfAnAnswerIsPassedOnSoThatTheConnectionIsCut() {
    assertThatThrownBy(
            () ->
                run(
                    next -> next.run(),
                    (rq, rs) -> {
                      rs.getWriter().write("[{\"row\":1},");
                      rs.flushBuffer();
                      throw new CannotGetJdbcConnectionException("Failed", poolTimeout());
                    }))
        .isInstanceOf(CannotGetJdbcConnectionException.class);
  }

  @Test
  void otherFailuresPassThrough() {
    assertThatThrownBy(
            () ->
                run(
                    next -> next.run(),
                    (rq, rs) -> {
                      throw new IllegalStateException("not the database");
                    }))
        .isInstanceOf(IllegalStateException.class);
  }
}
