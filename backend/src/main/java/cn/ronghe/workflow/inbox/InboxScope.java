package cn.ronghe.workflow.inbox;

import java.util.Arrays;
import java.util.Optional;

/** The four views of the inbox. */
public enum InboxScope {
  /** Open tasks assigned to me. */
  mine,
  /** Open, unassigned tasks I am a candidate for. */
  claimable,
  /** Open tasks, not mine, of instances I started, acted on or was copied on. */
  involved,
  /** Tasks I completed. */
  done;

  public static Optional<InboxScope> of(String value) {
    return Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst();
  }
}
