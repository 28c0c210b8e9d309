package cn.ronghe.workflow.identity;

import cn.ronghe.security.UserDirectory;
import cn.ronghe.security.UserDirectory.DirectoryGroup;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Group queries answered from Ronghe's role grants: by id, ids, member, type and name. */
class DirectoryGroupQuery extends GroupQueryImpl {

  DirectoryGroupQuery() {}

  DirectoryGroupQuery(CommandExecutor commandExecutor) {
    super(commandExecutor);
  }

  @Override
  public long executeCount(CommandContext commandContext) {
    return find(commandContext).size();
  }

  @Override
  public List<Group> executeList(CommandContext commandContext, Page page) {
    return DirectoryIdentityProvider.page(find(commandContext), page);
  }

  private List<Group> find(CommandContext commandContext) {
    if (!(commandContext.getReadOnlyIdentityProvider() instanceof DirectoryIdentityProvider p)
        || tenantId != null) {
      return List.of();
    }
    UserDirectory directory = p.directory();
    List<DirectoryGroup> groups =
        userId != null ? directory.groupsOf(userId) : directory.allGroups();
    return groups.stream()
        .filter(g -> id == null || g.id().equals(id))
        .filter(g -> ids == null || Arrays.asList(ids).contains(g.id()))
        .map(DirectoryIdentityProvider::toGroup)
        .filter(g -> type == null || type.equals(g.getType()))
        .filter(g -> name == null || name.equals(g.getName()))
        .filter(g -> nameLike == null || DirectoryUserQuery.like(g.getName(), nameLike))
        .sorted(Comparator.comparing(Group::getId))
        .toList();
  }
}
