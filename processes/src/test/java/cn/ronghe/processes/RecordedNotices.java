package cn.ronghe.processes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stands in for the application's {@code noticeDelegate} in process tests: keeps each notice a step
 * sent as "{@code <noticeGroups> <noticeTitle>}" (just the title when it names no groups), and the
 * users each was sent to ({@code noticeUsers}). Register it with {@link #register()} before
 * starting a process that sends notices.
 */
public final class RecordedNotices {

  private final List<String> sent = new ArrayList<>();
  private final List<String> users = new ArrayList<>();

  private RecordedNotices() {}

  public static RecordedNotices register() {
    RecordedNotices notices = new RecordedNotices();
    Mocks.register(
        "noticeDelegate",
        (JavaDelegate)
            execution -> {
              Object groups = execution.getVariableLocal("noticeGroups");
              notices.sent.add(
                  (groups == null ? "" : groups + " ") + execution.getVariableLocal("noticeTitle"));
              notices.users.add(Objects.toString(execution.getVariableLocal("noticeUsers"), null));
            });
    return notices;
  }

  /** The notices sent so far, in order. */
  public List<String> sent() {
    return sent;
  }

  /** The {@code noticeUsers} (comma-separated usernames, or null) of each notice, in order. */
  public List<String> sentToUsers() {
    return users;
  }
}
