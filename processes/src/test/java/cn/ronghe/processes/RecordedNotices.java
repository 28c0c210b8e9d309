package cn.ronghe.processes;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stands in for the application's {@code noticeDelegate} in process tests: keeps each notice a step
 * sent as "{@code <noticeGroups> <noticeTitle>}". Register it with {@link #register()} before
 * starting a process that sends notices.
 */
public final class RecordedNotices {

  private final List<String> sent = new ArrayList<>();

  private RecordedNotices() {}

  public static RecordedNotices register() {
    RecordedNotices notices = new RecordedNotices();
    Mocks.register(
        "noticeDelegate",
        (JavaDelegate)
            execution ->
                notices.sent.add(
                    execution.getVariableLocal("noticeGroups")
                        + " "
                        + execution.getVariableLocal("noticeTitle")));
    return notices;
  }

  /** The notices sent so far, in order. */
  public List<String> sent() {
    return sent;
  }
}
