package cn.ronghe.workflow.inbox;

/** How many tasks each scope holds, for the badges. */
public record InboxCounts(long mine, long claimable, long involved, long done) {}
