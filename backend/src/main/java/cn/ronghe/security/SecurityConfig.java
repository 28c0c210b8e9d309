package cn.ronghe.security;

import cn.ronghe.system.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Server sessions (HttpOnly cookie) for the SPA, with the SPA CSRF convention: the token travels in
 * the readable {@code XSRF-TOKEN} cookie and comes back as the {@code X-XSRF-TOKEN} header. Every
 * error is a problem body; the engine's own REST API and web apps are never reachable.
 */
@Configuration
class SecurityConfig {

  /**
   * What the Vue build needs and no more: Vite emits module scripts and CSS files, no inline
   * script; Element Plus, bpmn-js and Camunda Forms style elements through the DOM, which style-src
   * does not restrict, so no 'unsafe-inline' either (checked in Chromium: the e2e journeys and
   * csp.e2e.ts report no violation). No eval, no other origin, no framing.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /**
   * Swagger UI (admins only) puts a {@code <style>} element in its page: the same policy with
   * inline styles allowed, for its pages only.
   */
  private static final RequestMatcher SWAGGER_UI =
      PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

  static final String SWAGGER_UI_POLICY =
      CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      Problems problems,
      CookieCsrfTokenRepository csrfTokens,
      LoginService logins)
      throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/engine-rest/**", "/camunda/**")
                    .denyAll()
                    .requestMatchers("/api/auth/login", "/api/auth/demo-accounts")
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers(
                        "/actuator/**",
                        "/v3/api-docs/**",
                        "/v3/api-docs.yaml",
                        "/swagger-ui/**",
                        "/swagger-ui.html")
                    .hasRole(Role.ADMIN.code())
                    // People, accounts and the roster: the administrator's alone (三员分立).
                    .requestMatchers("/api/admin/**")
                    .hasRole(Role.ADMIN.code())
                    .requestMatchers("/api/**")
                    .authenticated()
                    .anyRequest()
                    .permitAll())
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens)
                    .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler()))
        .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
        .addFilterAfter(new PasswordChangeRequiredFilter(problems), AuthorizationFilter.class)
        // An API has no page to return to after login: no request cache, no anonymous sessions.
        .requestCache(cache -> cache.disable())
        .securityContext(ctx -> ctx.securityContextRepository(securityContextRepository()))
        .sessionManagement(session -> session.sessionFixation(fix -> fix.changeSessionId()))
        .logout(
            logout ->
                logout
                    .logoutUrl("/api/auth/logout")
                    .logoutSuccessHandler(
                        (request, response, authentication) -> {
                          if (authentication != null) {
                            logins.loggedOut(authentication.getName());
                          }
                          response.setStatus(HttpStatus.NO_CONTENT.value());
                        }))
        .exceptionHandling(
            ex ->
                ex.authenticationEntryPoint(
                        (request, response, e) ->
                            problems.write(
                                response, HttpStatus.UNAUTHORIZED, "auth.required", "请先登录"))
                    .accessDeniedHandler(
                        (request, response, e) -> {
                          if (e instanceof CsrfException) {
                            problems.write(
                                response, HttpStatus.FORBIDDEN, "csrf", "请求缺少有效的 CSRF 令牌，请刷新页面后重试");
                          } else {
                            problems.write(response, HttpStatus.FORBIDDEN, "forbidden", "无权访问该资源");
                          }
                        }))
        // On every response, the API's and the app's (index.html, assets). Spring Security's
        // defaults also send nosniff and Cache-Control; HSTS only on secure requests, which behind
        // the TLS proxy means X-Forwarded-Proto: https (server.forward-headers-strategy).
        .headers(
            headers ->
                headers
                    .frameOptions(frame -> frame.deny())
                    .contentTypeOptions(nosniff -> {})
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            new NegatedRequestMatcher(SWAGGER_UI),
                            new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            SWAGGER_UI, new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY))))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable());
    return http.build();
  }

  /**
   * A request Spring Security's firewall refuses before any filter runs (an encoded "/" or "." in
   * the path, "..", ";", "//"): a 400 problem like every other error, not the servlet container's
   * default error body.
   */
  @Bean
  RequestRejectedHandler requestRejectedHandler(Problems problems) {
    return (request, response, e) ->
        problems.write(response, HttpStatus.BAD_REQUEST, "request-rejected", "请求地址不合法");
  }

  @Bean
  CookieCsrfTokenRepository csrfTokenRepository() {
    CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
    repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax").path("/"));
    return repository;
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  SecurityContextHolderStrategy securityContextHolderStrategy() {
    return SecurityContextHolder.getContextHolderStrategy();
  }

  /** At login: a new session id against fixation, and a fresh CSRF token. */
  @Bean
  SessionAuthenticationStrategy sessionAuthenticationStrategy(CookieCsrfTokenRepository csrf) {
    return new CompositeSessionAuthenticationStrategy(
        List.of(new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrf)));
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  /**
   * The SPA sends the raw cookie value in the header; server-rendered pages would use the masked
   * (BREACH-safe) value. Accept both, as the Spring Security reference does for SPAs.
   */
  static final class SpaCsrfTokenRequestHandler implements CsrfTokenRequestHandler {
    private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
    private final CsrfTokenRequestHandler xor = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(
        HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
      xor.handle(request, response, csrfToken);
      csrfToken.get();
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
      String header = request.getHeader(csrfToken.getHeaderName());
      return (StringUtils.hasText(header) ? plain : xor).resolveCsrfTokenValue(request, csrfToken);
    }
  }

  /** Loads the deferred token on every request so the cookie is issued on any GET. */
  static final class CsrfCookieFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
      if (token != null) {
        token.getToken();
      }
      chain.doFilter(request, response);
    }
  }
}
