package cn.ronghe.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application, so tests can move time instead of waiting for it. */
@Configuration
public class ClockConfig {

  /** Court business runs on Beijing time whatever the server's zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Bean
  Clock clock() {
    return Clock.system(ZONE);
  }
}
