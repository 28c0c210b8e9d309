package cn.ronghe.workflow.reminder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deadline sweep: {@code sweep} is its cron expression (every minute by default; {@code -}
 * turns it off, as the tests do), {@code remind-before} how long before the due date people are
 * reminded, {@code batch-size} how many tasks one sweep takes of each kind at most.
 */
@ConfigurationProperties("ronghe.notify")
record ReminderProperties(String sweep, Duration remindBefore, int batchSize) {

  ReminderProperties {
    if (sweep == null || sweep.isBlank()) {
      sweep = "0 * * * * *";
    }
    if (remindBefore == null) {
      remindBefore = Duration.ofHours(24);
    }
    if (batchSize <= 0) {
      batchSize = 500;
    }
  }
}
