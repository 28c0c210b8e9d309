package cn.ronghe.workflow.reminder;

import cn.ronghe.security.Role;
import cn.ronghe.security.UserDirectory;
import cn.ronghe.security.UserDirectory.DirectoryGroup;
import cn.ronghe.workflow.InstanceAccessRules;
import cn.ronghe.workflow.inbox.InboxTask;
import cn.ronghe.workflow.inbox.TaskHolders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Who is told about an open task: who is reminded before it is due, and whom an overdue task is
 * escalated to.
 *
 * <p><b>Reminder</b> ({@code task.reminder}): the assignee; when nobody has claimed the task, every
 * candidate user — the members of each candidate group and each user named as a candidate.
 *
 * <p><b>Overdue</b>: the supervisor of the task is told ({@code task.escalation}):
 *
 * <ol>
 *   <li>A task of a process with an access rule of its own ({@link InstanceAccessRules}: a
 *       discipline clue) escalates to the supervisors the rule names (the commission head), never
 *       to anyone off its list; the supervisor's own task is only the holder's overdue notice.
 *   <li>The task belongs to a branch when one of its candidate groups is a branch role ({@code
 *       branch-secretary:branch-1}, {@code branch-committee:branch-1}: that branch), or when it has
 *       no candidate groups and sits with a person (the assignee's own branch, else the branch the
 *       instance was started for).
 *   <li>A branch task escalates to the members of {@code branch-secretary:<branch>}.
 *   <li>Unless it is the branch secretary's own task — a task of the group {@code
 *       branch-secretary:<branch>}, or assigned to one of that branch's secretaries — or the branch
 *       has no secretary: then it escalates to {@code party-committee}.
 *   <li>A task of the Party committee, the discipline commission or any other court-wide role
 *       (candidate groups that are not branch roles), and a task of no known branch, has nobody
 *       above it in the app: its assignee, or when unclaimed its candidate users, are told it is
 *       overdue instead ({@code task.overdue}).
 * </ol>
 *
 * Recipients are returned sorted, so that two nodes working on the same task take the database's
 * locks in the same order.
 */
@Component
class EscalationPolicy {

  static final String REMINDER = "task.reminder";
  static final String ESCALATION = "task.escalation";
  static final String OVERDUE = "task.overdue";

  private static final String GROUP = "g:";

  private final UserDirectory directory;
  private final TaskHolders holders;
  private final InstanceAccessRules accessRules;

  EscalationPolicy(UserDirectory directory, TaskHolders holders, InstanceAccessRules accessRules) {
    this.directory = directory;
    this.holders = holders;
    this.accessRules = accessRules;
  }

  /** Who is told, and as which kind of notification. */
  record Decision(String kind, List<String> recipients) {}

  /** The people a task is with: its assignee, or when unclaimed its candidate users. */
  List<String> holders(InboxTask task, List<String> candidates) {
    return holders.of(task, candidates);
  }

  Decision overdue(InboxTask task, List<String> candidates) {
    Optional<List<String>> ruled = accessRules.supervisors(task.processInstanceId());
    if (ruled.isPresent()) {
      List<String> supervisors = ruled.get();
      return supervisors.isEmpty() || supervisors.contains(task.assignee())
          ? new Decision(OVERDUE, holders(task, candidates))
          : new Decision(ESCALATION, List.copyOf(new TreeSet<>(supervisors)));
    }
    List<DirectoryGroup> groups = new ArrayList<>();
    for (String candidate : candidates) {
      if (candidate.startsWith(GROUP)) {
        directory.group(candidate.substring(GROUP.length())).ifPresent(groups::add);
      }
    }
    Optional<DirectoryGroup> branchGroup =
        groups.stream().filter(g -> g.role().branchScoped()).findFirst();
    if (branchGroup.isEmpty() && !groups.isEmpty()) {
      return new Decision(OVERDUE, holders(task, candidates));
    }
    String branch = branchGroup.map(DirectoryGroup::orgCode).orElseGet(() -> branchOfHolder(task));
    if (branch == null) {
      return new Decision(OVERDUE, holders(task, candidates));
    }
    String secretaryGroup = Role.BRANCH_SECRETARY.candidateGroup(branch);
    List<String> secretaries = directory.members(secretaryGroup);
    boolean secretarysOwn =
        branchGroup.map(g -> g.id().equals(secretaryGroup)).orElse(false)
            || (task.assignee() != null && secretaries.contains(task.assignee()));
    List<String> supervisors =
        secretarysOwn || secretaries.isEmpty()
            ? directory.members(Role.PARTY_COMMITTEE.code())
            : secretaries;
    return new Decision(ESCALATION, List.copyOf(new TreeSet<>(supervisors)));
  }

  private String branchOfHolder(InboxTask task) {
    if (task.assignee() != null) {
      Optional<String> own = directory.branchOf(task.assignee());
      if (own.isPresent()) {
        return own.get();
      }
    }
    return task.branchCode();
  }
}
