package cn.ronghe.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The 503 problem for a database outage noticed outside Spring MVC, where the API's exception
 * handler cannot see it. Sessions live in the database, and Spring Session's filter reads them
 * twice in a request: for the security chain, before any controller, and once more after the
 * answer, when it saves the session (spring-session#1731). Without this the first failure went to
 * Tomcat's error page, which read the session again: an HTML 500 after two more waits for a
 * connection; the second cut the connection under an answer that was already whole.
 *
 * <p>Two filters, just outside and just inside the session filter. The inner one notes that the
 * application answered; the outer one decides:
 *
 * <ul>
 *   <li>nothing sent yet: the 503 problem, with {@code Retry-After}, instead of whatever was
 *       buffered;
 *   <li>the whole answer sent (the application answered, then the session filter failed): the
 *       answer stands, the failure is logged;
 *   <li>part of an answer sent when the application failed: passed on, so that Tomcat cuts the
 *       connection and the client does not take half an answer for a whole one.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

  private static final String ANSWERED = DatabaseUnavailableFilter.class.getName() + ".answered";

  /** Where Spring Boot puts the session filter ({@code spring.session.servlet.filter-order}). */
  private static final int SESSION_FILTER = SessionRepositoryFilter.DEFAULT_ORDER;

  @Bean
  FilterRegistrationBean<Outside> databaseUnavailableOutsideSessions(Problems problems) {
    return registered(new Outside(problems), SESSION_FILTER - 1);
  }

  @Bean
  FilterRegistrationBean<Inside> databaseUnavailableInsideSessions() {
    return registered(new Inside(), SESSION_FILTER + 1);
  }

  /** For the same dispatches as the session filter: an error page reads the session too. */
  private static <F extends HttpFilter> FilterRegistrationBean<F> registered(F filter, int order) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.setOrder(order);
    registration.setDispatcherTypes(
        DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
    return registration;
  }

  static final class Outside extends HttpFilter {

    private final transient Problems problems;

    Outside(Problems problems) {
      this.problems = problems;
    }

    @Override
    protected void doFilter(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      request.removeAttribute(ANSWERED);
      try {
        chain.doFilter(request, response);
      } catch (ServletException | IOException | RuntimeException e) {
        if (!DatabaseUnavailable.isCauseOf(e)) {
          throw e;
        }
        String what = request.getMethod() + " " + request.getRequestURI();
        if (!response.isCommitted()) {
          log.warn("{}: 503, database unavailable: {}", what, DatabaseUnavailable.reason(e));
          // keeps the headers written so far (the security headers), drops any buffered body
          response.resetBuffer();
          response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
          problems.write(
              response,
              HttpStatus.SERVICE_UNAVAILABLE,
              DatabaseUnavailable.CODE,
              DatabaseUnavailable.DETAIL);
        } else if (request.getAttribute(ANSWERED) != null) {
          log.warn(
              "{}: answered {}, then the session store failed: database unavailable: {}",
              what,
              response.getStatus(),
              DatabaseUnavailable.reason(e));
        } else {
          throw e;
        }
      }
    }
  }

  static final class Inside extends HttpFilter {
    @Override
    protected void doFilter(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      chain.doFilter(request, response);
      request.setAttribute(ANSWERED, Boolean.TRUE);
    }
  }
}
