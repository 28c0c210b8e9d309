package cn.ronghe.workflow.reminder;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deadline sweep: {@code sweep} is its cron expression (every minute by default; {@code -}
 * turns it off, as the tests do), {@code batch-size} how many tasks one sweep takes of each kind at
 * most. How long before the due date people are reminded is a rule the administrator may change
 * ({@code ronghe.notify.remind-before}, {@link cn.ronghe.settings.Rule#NOTIFY_REMIND_BEFORE}).
 */
@ConfigurationProperties("ronghe.notify")
record ReminderProperties(String sweep, int batchSize) {

  ReminderProperties {
    if (sweep == null || sweep.isBlank()) {
      sweep = "0 * * * * *";
    }
    if (batchSize <= 0) {
      batchSize = 500;
    }
  }
}
