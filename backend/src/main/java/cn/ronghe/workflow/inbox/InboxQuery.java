package cn.ronghe.workflow.inbox;

import java.time.Instant;
import java.util.List;

/**
 * One inbox request. {@code candidates} are the caller's candidate identities as stored in {@code
 * task_candidate}: {@code g:<group>} for each group and {@code u:<username>}.
 */
public record InboxQuery(
    InboxScope scope,
    String username,
    List<String> candidates,
    String processKey,
    String branchCode,
    boolean overdueOnly,
    String titleLike,
    InboxSort sort,
    Instant now,
    int offset,
    int limit) {

  /** No filter narrows the scope: its total is the scope's count. */
  public boolean unfiltered() {
    return processKey == null && branchCode == null && !overdueOnly && titleLike == null;
  }
}
