package cn.ronghe.security;

import java.time.Instant;

/** A login account as stored in {@code app_user}. */
public record UserAccount(
    Long id,
    String username,
    Long personId,
    String displayName,
    String passwordHash,
    boolean enabled,
    int failedLogins,
    Instant lockedUntil,
    boolean passwordMustChange) {}
