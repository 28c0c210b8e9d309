package cn.ronghe.workflow;

import cn.ronghe.workflow.inbox.InboxCounts;
import java.util.List;

/** One page of a scope of the inbox, with the counts of all scopes for the badges. */
public record InboxPage(List<TaskRow> items, long total, int page, int size, InboxCounts counts) {}
