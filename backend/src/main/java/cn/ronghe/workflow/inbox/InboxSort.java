package cn.ronghe.workflow.inbox;

import java.util.Arrays;
import java.util.Optional;

/** How the inbox is ordered: by due date (soonest first), creation (newest first) or priority. */
public enum InboxSort {
  due,
  created,
  priority;

  public static Optional<InboxSort> of(String value) {
    return Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst();
  }
}
