package cn.ronghe.workflow.inbox;

import cn.ronghe.security.UserDirectory;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** The people an open task is with: its assignee, or when unclaimed its candidate users. */
@Component
public class TaskHolders {

  private static final String GROUP = "g:";
  private static final String USER = "u:";

  private final UserDirectory directory;

  TaskHolders(UserDirectory directory) {
    this.directory = directory;
  }

  /**
   * The assignee, or every member of each candidate group and each candidate user, sorted (so two
   * nodes notifying about the same task take the database's locks in the same order).
   */
  public List<String> of(InboxTask task, List<String> candidates) {
    if (task.assignee() != null) {
      return List.of(task.assignee());
    }
    TreeSet<String> users = new TreeSet<>();
    for (String candidate : candidates) {
      if (candidate.startsWith(GROUP)) {
        users.addAll(directory.members(candidate.substring(GROUP.length())));
      } else if (candidate.startsWith(USER)) {
        users.add(candidate.substring(USER.length()));
      }
    }
    return List.copyOf(users);
  }
}
