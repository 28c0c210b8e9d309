package cn.ronghe.workflow.identity;

import cn.ronghe.security.UserDirectory;
import cn.ronghe.security.UserDirectory.DirectoryGroup;
import cn.ronghe.security.UserDirectory.DirectoryUser;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's view of users and groups, read from Ronghe's own accounts and role grants through
 * {@link UserDirectory}. Read-only: people and roles are managed in Ronghe, never in the engine.
 */
class DirectoryIdentityProvider implements ReadOnlyIdentityProvider {

  static final String GROUP_TYPE_ROLE = "role";
  static final String GROUP_TYPE_BRANCH_ROLE = "branch-role";

  private final UserDirectory directory;

  DirectoryIdentityProvider(UserDirectory directory) {
    this.directory = directory;
  }

  @Override
  public User findUserById(String userId) {
    return directory.user(userId).map(DirectoryIdentityProvider::toUser).orElse(null);
  }

  @Override
  public UserQuery createUserQuery() {
    return new DirectoryUserQuery(
        Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public UserQuery createUserQuery(CommandContext commandContext) {
    return new DirectoryUserQuery();
  }

  @Override
  public NativeUserQuery createNativeUserQuery() {
    throw new BadUserRequestException(
        "Native user queries are not supported by Ronghe's directory");
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    return directory.checkPassword(userId, password);
  }

  @Override
  public Group findGroupById(String groupId) {
    return directory.group(groupId).map(DirectoryIdentityProvider::toGroup).orElse(null);
  }

  @Override
  public GroupQuery createGroupQuery() {
    return new DirectoryGroupQuery(
        Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public GroupQuery createGroupQuery(CommandContext commandContext) {
    return new DirectoryGroupQuery();
  }

  @Override
  public Tenant findTenantById(String tenantId) {
    return null;
  }

  @Override
  public TenantQuery createTenantQuery() {
    return new NoTenantQuery();
  }

  @Override
  public TenantQuery createTenantQuery(CommandContext commandContext) {
    return new NoTenantQuery();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  UserDirectory directory() {
    return directory;
  }

  /** The engine's paging applied to a result computed in full. */
  static <T> List<T> page(List<T> all, Page page) {
    if (page == null) {
      return all;
    }
    int from = Math.min(page.getFirstResult(), all.size());
    int to = Math.min(from + page.getMaxResults(), all.size());
    return new ArrayList<>(all.subList(from, to));
  }

  static User toUser(DirectoryUser user) {
    UserEntity entity = new UserEntity(user.username());
    entity.setFirstName(user.displayName());
    entity.setLastName("");
    return entity;
  }

  static Group toGroup(DirectoryGroup group) {
    GroupEntity entity = new GroupEntity(group.id());
    entity.setName(
        group.orgCode() == null
            ? group.role().label()
            : group.role().label() + " · " + group.orgCode());
    entity.setType(group.orgCode() == null ? GROUP_TYPE_ROLE : GROUP_TYPE_BRANCH_ROLE);
    return entity;
  }

  /** Ronghe has one court and no tenants. */
  static final class NoTenantQuery extends TenantQueryImpl {
    @Override
    public long executeCount(CommandContext commandContext) {
      return 0;
    }

    @Override
    public List<Tenant> executeList(CommandContext commandContext, Page page) {
      return List.of();
    }
  }
}
