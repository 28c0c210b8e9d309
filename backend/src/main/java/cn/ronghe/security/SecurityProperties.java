package cn.ronghe.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Login protection: how many wrong passwords lock an account, and for how long. */
@ConfigurationProperties("ronghe.security")
public record SecurityProperties(int maxFailedLogins, Duration lockout) {

  public SecurityProperties {
    if (maxFailedLogins <= 0) {
      maxFailedLogins = 5;
    }
    if (lockout == null) {
      lockout = Duration.ofMinutes(15);
    }
  }
}
