package cn.ronghe.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, and it is the engine's: task create times, due dates and timers
 * (Camunda's {@link ClockUtil}) and our own reminders, notifications, audit lines and lockouts all
 * read the same time. In production that is the system time; tests move it with {@code ClockUtil}
 * instead of waiting for it, and the engine and the application move together.
 */
@Configuration
public class ClockConfig {

  /** Court business runs on Beijing time whatever the server's zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Bean
  Clock clock() {
    return new EngineClock(ZONE);
  }

  /** A {@link Clock} reading Camunda's {@link ClockUtil}. */
  static final class EngineClock extends Clock {

    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new EngineClock(zone);
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public long millis() {
      return ClockUtil.getCurrentTime().getTime();
    }
  }
}
