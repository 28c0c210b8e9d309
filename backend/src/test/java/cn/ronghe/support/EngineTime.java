package cn.ronghe.support;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Moves the time of the whole application, engine included (see {@code ClockConfig}), instead of
 * waiting for it to pass. Time keeps running from where it is moved to; {@link #reset()} puts it
 * back to the system's.
 */
public final class EngineTime {

  private EngineTime() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Moves time forward (or back, for a negative duration) by the given amount. */
  public static void advance(Duration duration) {
    long offset = now().toEpochMilli() - System.currentTimeMillis() + duration.toMillis();
    ClockUtil.offset(offset);
  }

  /** Moves time to the given instant; it runs on from there. */
  public static void moveTo(Instant instant) {
    ClockUtil.offset(instant.toEpochMilli() - System.currentTimeMillis());
  }

  public static void reset() {
    ClockUtil.reset();
  }
}
