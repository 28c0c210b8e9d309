package cn.ronghe.workflow.inbox;

import java.util.ArrayList;
import java.util.List;

/** How candidates are written in {@code task_candidate}: a group or a single user. */
public final class Candidates {

  private Candidates() {}

  public static String group(String groupId) {
    return "g:" + groupId;
  }

  public static String user(String username) {
    return "u:" + username;
  }

  /** Everything a user can be a candidate as: themselves and each of their groups. */
  public static List<String> of(String username, List<String> groups) {
    List<String> all = new ArrayList<>(groups.size() + 1);
    all.add(user(username));
    groups.forEach(g -> all.add(group(g)));
    return all;
  }
}
