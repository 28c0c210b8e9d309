package cn.ronghe.roster;

import cn.ronghe.roster.RosterPlan.Counts;
import java.time.Instant;

/**
 * One import of a roster, as its page shows it: while it runs, how far it is ({@code processed} of
 * {@code total} rows); when it ended, what it did, or why it failed (nothing was imported then).
 */
public record RosterImport(
    long id,
    String fileName,
    String status,
    int total,
    int processed,
    Counts organisations,
    Counts people,
    String error,
    String startedBy,
    Instant startedAt,
    Instant finishedAt) {

  static final String RUNNING = "running";
  static final String DONE = "done";
  static final String FAILED = "failed";
}
