package cn.ronghe.security;

import cn.ronghe.org.OrgRef;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Login, logout, who am I, change my password. */
@RestController
class AuthController {

  private final LoginService loginService;
  private final SecurityContextRepository contextRepository;
  private final SecurityContextHolderStrategy contextHolder;
  private final SessionAuthenticationStrategy sessionStrategy;

  AuthController(
      LoginService loginService,
      SecurityContextRepository contextRepository,
      SecurityContextHolderStrategy contextHolder,
      SessionAuthenticationStrategy sessionStrategy) {
    this.loginService = loginService;
    this.contextRepository = contextRepository;
    this.contextHolder = contextHolder;
    this.sessionStrategy = sessionStrategy;
  }

  record LoginRequest(
      @NotBlank(message = "请输入用户名") @Size(max = 64, message = "用户名最多 64 位") String username,
      @NotBlank(message = "请输入密码") @Size(max = 128, message = "密码最多 128 位") String password) {}

  record PasswordChange(
      @NotBlank(message = "请输入当前密码") String currentPassword,
      @NotBlank(message = "请输入新密码") String newPassword) {}

  /** What the front end knows of the logged-in user. */
  record Me(
      String username,
      String displayName,
      List<String> roles,
      OrgRef branch,
      boolean passwordMustChange) {
    static Me of(CurrentUser user) {
      return new Me(
          user.username(),
          user.displayName(),
          user.roles(),
          user.branch(),
          user.passwordMustChange());
    }
  }

  @PostMapping("/api/auth/login")
  Me login(
      @Valid @RequestBody LoginRequest body,
      HttpServletRequest request,
      HttpServletResponse response) {
    CurrentUser user = loginService.authenticate(body.username().trim(), body.password());
    Authentication authentication = authenticated(user);
    // New session id (no fixation) and a new CSRF token for the new session.
    sessionStrategy.onAuthentication(authentication, request, response);
    SecurityContext context = contextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    contextHolder.setContext(context);
    contextRepository.saveContext(context, request, response);
    // Issue the new session's CSRF cookie with this response, so the next POST can send it.
    if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
      token.getToken();
    }
    return Me.of(user);
  }

  @GetMapping("/api/auth/me")
  Me me(@AuthenticationPrincipal CurrentUser user) {
    return Me.of(user);
  }

  @PostMapping("/api/auth/password")
  ResponseEntity<Void> changePassword(
      @AuthenticationPrincipal CurrentUser user,
      @Valid @RequestBody PasswordChange body,
      HttpServletRequest request,
      HttpServletResponse response) {
    loginService.changePassword(user, body.currentPassword(), body.newPassword());
    if (user.passwordMustChange()) {
      // The session's user may use the application again.
      SecurityContext context = contextHolder.createEmptyContext();
      context.setAuthentication(authenticated(user.withPasswordChanged()));
      contextHolder.setContext(context);
      contextRepository.saveContext(context, request, response);
    }
    return ResponseEntity.noContent().build();
  }

  static Authentication authenticated(CurrentUser user) {
    List<SimpleGrantedAuthority> authorities =
        user.roles().stream().map(code -> new SimpleGrantedAuthority("ROLE_" + code)).toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }
}
