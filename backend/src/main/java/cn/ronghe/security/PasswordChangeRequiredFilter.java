package cn.ronghe.security;

import cn.ronghe.system.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After an administrator set or reset a user's password, the user may do nothing but choose their
 * own: every API call other than {@code /api/auth/**} answers 403 {@code
 * auth.password-change-required} until they have.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

  static final String CODE = "auth.password-change-required";

  private final transient Problems problems;

  PasswordChangeRequiredFilter(Problems problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (authentication != null
        && authentication.getPrincipal() instanceof CurrentUser user
        && user.passwordMustChange()
        && path.startsWith("/api/")
        && !path.startsWith("/api/auth/")) {
      problems.write(response, HttpStatus.FORBIDDEN, CODE, "管理员已重置您的密码，请先设置新密码");
      return;
    }
    chain.doFilter(request, response);
  }
}
