package cn.ronghe.workflow.reminder;

import cn.ronghe.notify.NotificationService;
import cn.ronghe.settings.Rule;
import cn.ronghe.settings.Rules;
import cn.ronghe.system.ClockConfig;
import cn.ronghe.workflow.inbox.InboxTask;
import cn.ronghe.workflow.inbox.TaskInboxMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds people of open tasks before they are due and escalates them once overdue (who is told:
 * {@link EscalationPolicy}). Runs every minute on every node ({@code ronghe.notify.sweep}).
 *
 * <p>Exactly once with several nodes: each task is handled in its own short transaction that first
 * claims it with a conditional update ({@code reminded_at is null}), so of two nodes sweeping at
 * the same instant one gets the task and the other's update waits for it and then changes nothing;
 * and each notification carries a dedup key ({@code reminder:<task>:<user>}, {@code
 * escalation:<task>:<user>}, {@code overdue:<task>:<user>}) that the database lets through once. A
 * task that fails is logged and left unclaimed for the next sweep; the others go on.
 */
@Component
public class DeadlineSweep {

  private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

  private static final DateTimeFormatter DUE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfig.ZONE);

  private final DeadlineMapper deadlines;
  private final TaskInboxMapper inbox;
  private final EscalationPolicy policy;
  private final NotificationService notifications;
  private final ReminderProperties properties;
  private final Rules rules;
  private final TransactionTemplate perTask;
  private final Clock clock;

  DeadlineSweep(
      DeadlineMapper deadlines,
      TaskInboxMapper inbox,
      EscalationPolicy policy,
      NotificationService notifications,
      ReminderProperties properties,
      Rules rules,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.deadlines = deadlines;
    this.inbox = inbox;
    this.policy = policy;
    this.notifications = notifications;
    this.properties = properties;
    this.rules = rules;
    this.perTask = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** What one sweep did: tasks handled and notifications sent, of each kind, and tasks failed. */
  public record Result(int remindedTasks, int escalatedTasks, int sent, int failed) {}

  @Scheduled(cron = "${ronghe.notify.sweep:0 * * * * *}", zone = "Asia/Shanghai")
  void scheduled() {
    Result result = sweep();
    if (result.sent() > 0 || result.failed() > 0) {
      log.info("Deadline sweep: {}", result);
    }
  }

  /** One sweep at the clock's current instant; safe to run on several nodes at once. */
  public Result sweep() {
    Instant now = clock.instant();
    int reminded = 0;
    int escalated = 0;
    int sent = 0;
    int failed = 0;
    List<InboxTask> dueSoon =
        deadlines.selectDueSoon(
            now, now.plus(rules.duration(Rule.NOTIFY_REMIND_BEFORE)), properties.batchSize());
    for (InboxTask task : dueSoon) {
      try {
        Integer count = perTask.execute(tx -> remind(task, now));
        if (count != null && count >= 0) {
          reminded++;
          sent += count;
        }
      } catch (RuntimeException e) {
        failed++;
        log.warn("Reminder for task {} failed; next sweep retries it", task.taskId(), e);
      }
    }
    for (InboxTask task : deadlines.selectOverdue(now, properties.batchSize())) {
      try {
        Integer count = perTask.execute(tx -> escalate(task, now));
        if (count != null && count >= 0) {
          escalated++;
          sent += count;
        }
      } catch (RuntimeException e) {
        failed++;
        log.warn("Escalation of task {} failed; next sweep retries it", task.taskId(), e);
      }
    }
    return new Result(reminded, escalated, sent, failed);
  }

  /** Notifications sent, or -1 when another sweep had the task. */
  private int remind(InboxTask task, Instant now) {
    if (deadlines.claimReminder(task.taskId(), now) == 0) {
      log.debug("Reminder of task {} taken by another sweep", task.taskId());
      return -1;
    }
    InboxTask current = inbox.selectById(task.taskId());
    int sent = 0;
    for (String recipient : policy.holders(current, inbox.selectCandidates(task.taskId()))) {
      if (notifications.notify(
          recipient,
          EscalationPolicy.REMINDER,
          "任务即将到期：" + current.title(),
          "请于 " + DUE.format(current.dueAt()) + " 前办理。",
          link(current),
          current.taskId(),
          "reminder:" + current.taskId() + ":" + recipient)) {
        sent++;
      }
    }
    return sent;
  }

  private int escalate(InboxTask task, Instant now) {
    if (deadlines.claimEscalation(task.taskId(), now) == 0) {
      log.debug("Escalation of task {} taken by another sweep", task.taskId());
      return -1;
    }
    InboxTask current = inbox.selectById(task.taskId());
    EscalationPolicy.Decision decision =
        policy.overdue(current, inbox.selectCandidates(task.taskId()));
    boolean up = EscalationPolicy.ESCALATION.equals(decision.kind());
    String prefix = up ? "escalation:" : "overdue:";
    String body =
        "已于 "
            + DUE.format(current.dueAt())
            + " 到期"
            + (up && current.assignee() != null ? "，办理人：" + current.assignee() : "")
            + "，请督促办理。";
    int sent = 0;
    for (String recipient : decision.recipients()) {
      if (notifications.notify(
          recipient,
          decision.kind(),
          (up ? "任务超期督办：" : "任务已超期：") + current.title(),
          up ? body : "已于 " + DUE.format(current.dueAt()) + " 到期，请尽快办理。",
          link(current),
          current.taskId(),
          prefix + current.taskId() + ":" + recipient)) {
        sent++;
      }
    }
    return sent;
  }

  private static String link(InboxTask task) {
    return "/tasks/" + task.taskId();
  }
}
