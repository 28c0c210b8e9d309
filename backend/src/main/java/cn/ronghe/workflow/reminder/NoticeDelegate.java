package cn.ronghe.workflow.reminder;

import cn.ronghe.notify.NotificationService;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.workflow.inbox.TaskInboxMapper;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A process step that sends an in-app notice: typically after a timer ("three months without
 * approval: tell the Party committee"). A service task uses it as {@code
 * camunda:delegateExpression="${noticeDelegate}"} with input parameters:
 *
 * <ul>
 *   <li>{@code noticeTitle} (required) and {@code noticeBody};
 *   <li>{@code noticeUsers} and {@code noticeGroups}: who is told, comma-separated, as in {@code
 *       candidateUsers} / {@code candidateGroups} (every member of each group);
 *   <li>{@code noticeKind}: the notification's kind, {@value #DEFAULT_KIND} by default.
 * </ul>
 *
 * <p>Exactly once: the notice of each recipient is named {@code notice:<process
 * instance>:<activity>:<recipient>}, so the step sends once per instance and recipient even should
 * its job run twice (a node that died after sending but before the engine recorded the job as done,
 * or two nodes racing for a job whose lock expired); a step reached again in a loop does not repeat
 * its notice.
 */
@Component("noticeDelegate")
class NoticeDelegate implements JavaDelegate {

  static final String DEFAULT_KIND = "process.notice";
  static final String NOTIFIED = "notified";

  private final NotificationService notifications;
  private final UserDirectory directory;
  private final TaskInboxMapper inbox;
  private final Clock clock;

  NoticeDelegate(
      NotificationService notifications,
      UserDirectory directory,
      TaskInboxMapper inbox,
      Clock clock) {
    this.notifications = notifications;
    this.directory = directory;
    this.inbox = inbox;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String title = text(execution, "noticeTitle");
    if (title == null) {
      throw new IllegalStateException(
          "Service task " + execution.getCurrentActivityId() + " has no input noticeTitle");
    }
    String kind = text(execution, "noticeKind");
    TreeSet<String> recipients = new TreeSet<>(list(text(execution, "noticeUsers")));
    for (String group : list(text(execution, "noticeGroups"))) {
      recipients.addAll(directory.members(group));
    }
    String key =
        "notice:" + execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":";
    String instance = execution.getProcessInstanceId();
    for (String recipient : recipients) {
      if (!inbox.isParticipant(instance, recipient)) {
        inbox.insertParticipant(instance, recipient, NOTIFIED, clock.instant());
      }
      notifications.notify(
          recipient,
          kind == null ? DEFAULT_KIND : kind,
          title,
          text(execution, "noticeBody"),
          "/cases/" + execution.getProcessInstanceId(),
          null,
          key + recipient);
    }
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariableLocal(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static List<String> list(String commaSeparated) {
    if (commaSeparated == null) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
