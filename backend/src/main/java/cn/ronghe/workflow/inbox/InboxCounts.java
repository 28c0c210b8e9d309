package cn.ronghe.workflow.inbox;

/** How many tasks each scope holds, for the badges. */
public record InboxCounts(long mine, long claimable, long involved, long done) {

  /** The count of one scope: the total of its unfiltered list. */
  public long of(InboxScope scope) {
    return switch (scope) {
      case mine -> mine;
      case claimable -> claimable;
      case involved -> involved;
      case done -> done;
    };
  }
}
