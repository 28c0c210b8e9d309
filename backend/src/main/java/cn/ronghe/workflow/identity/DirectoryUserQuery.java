package cn.ronghe.workflow.identity;

import cn.ronghe.security.UserDirectory;
import cn.ronghe.security.UserDirectory.DirectoryUser;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** User queries answered from Ronghe's directory: by id, ids, group and name. */
class DirectoryUserQuery extends UserQueryImpl {

  DirectoryUserQuery() {}

  DirectoryUserQuery(CommandExecutor commandExecutor) {
    super(commandExecutor);
  }

  @Override
  public long executeCount(CommandContext commandContext) {
    return find(commandContext).size();
  }

  @Override
  public List<User> executeList(CommandContext commandContext, Page page) {
    return DirectoryIdentityProvider.page(find(commandContext), page);
  }

  private List<User> find(CommandContext commandContext) {
    UserDirectory directory =
        commandContext.getReadOnlyIdentityProvider() instanceof DirectoryIdentityProvider p
            ? p.directory()
            : null;
    if (directory == null || tenantId != null) {
      return List.of();
    }
    Set<String> candidates = null;
    if (id != null) {
      candidates = new LinkedHashSet<>(List.of(id));
    }
    if (ids != null) {
      candidates = intersect(candidates, Arrays.asList(ids));
    }
    if (groupId != null) {
      candidates = intersect(candidates, directory.members(groupId));
    }
    if (candidates == null) {
      // Listing every user is only done by admin tools; the directory has no "all users" call on
      // purpose, so a query must say whom it wants.
      return List.of();
    }
    Stream<DirectoryUser> users = directory.users(candidates).stream();
    if (firstName != null) {
      users = users.filter(u -> u.displayName().equals(firstName));
    }
    if (firstNameLike != null) {
      users = users.filter(u -> like(u.displayName(), firstNameLike));
    }
    if (lastName != null && !lastName.isEmpty()) {
      return List.of();
    }
    if (email != null || emailLike != null) {
      return List.of();
    }
    return users
        .sorted(Comparator.comparing(DirectoryUser::username))
        .map(DirectoryIdentityProvider::toUser)
        .toList();
  }

  static Set<String> intersect(Set<String> current, List<String> more) {
    if (current == null) {
      return new LinkedHashSet<>(more);
    }
    current.retainAll(more);
    return current;
  }

  /** SQL LIKE with % wildcards, as the engine's own queries accept. */
  static boolean like(String value, String pattern) {
    String regex =
        Arrays.stream(pattern.split("%", -1))
            .map(part -> part.isEmpty() ? "" : java.util.regex.Pattern.quote(part))
            .reduce((a, b) -> a + ".*" + b)
            .orElse("");
    return value != null && value.matches(regex);
  }
}
