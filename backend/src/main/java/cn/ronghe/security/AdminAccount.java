package cn.ronghe.security;

import java.time.Instant;
import java.util.List;

/** A login account as the administrator sees it: its state and its roles, never its password. */
public record AdminAccount(
    String username,
    String displayName,
    Long personId,
    boolean enabled,
    Instant lockedUntil,
    boolean passwordMustChange,
    List<Grant> grants) {

  /** One role of the account, with the organisation it is held in. */
  public record Grant(String role, Long orgId, String orgName) {}

  /** A password set by the administrator, shown to them once and never stored in clear. */
  public record TemporaryPassword(String username, String temporaryPassword) {}
}
