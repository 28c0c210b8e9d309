package cn.ronghe.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApplicationTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's users and candidate groups come from Ronghe's own accounts and role grants. */
@ApplicationTest
class DirectoryIdentityProviderTest {

  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void groupsOfAUserAreTheirRolesWithBranchRolesScopedToTheBranch() {
    List<String> groups =
        identityService.createGroupQuery().groupMember("liqiang").list().stream()
            .map(Group::getId)
            .toList();

    assertThat(groups).containsExactlyInAnyOrder("staff", "branch-secretary:branch-1");
  }

  @Test
  void membersOfABranchGroupAreThatBranchsRoleHolders() {
    List<String> secretaries =
        identityService.createUserQuery().memberOfGroup("branch-secretary:branch-2").list().stream()
            .map(User::getId)
            .toList();

    assertThat(secretaries).containsExactly("sunli");
  }

  @Test
  void usersAndGroupsAreFoundByIdWithTheirNames() {
    User user = identityService.createUserQuery().userId("wangwei").singleResult();
    Group group = identityService.createGroupQuery().groupId("party-committee").singleResult();

    assertThat(user.getFirstName()).isEqualTo("王伟");
    assertThat(group.getName()).isEqualTo("机关党委");
    assertThat(identityService.createGroupQuery().groupId("no-such-role").count()).isZero();
  }

  @Test
  void theEngineChecksPasswordsAgainstRongheAccounts() {
    assertThat(identityService.checkPassword("lisi", "Ronghe@2026")).isTrue();
    assertThat(identityService.checkPassword("lisi", "wrong")).isFalse();
  }

  @Test
  void aCandidateGroupTaskIsOfferedToTheBranchSecretaryAndNobodyElse() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("identitySmoke")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("reviewSmoke")
            .camundaCandidateGroups("branch-secretary:${branchCode}")
            .endEvent()
            .done();
    repositoryService.createDeployment().addModelInstance("identitySmoke.bpmn", model).deploy();

    ProcessInstance pi =
        runtimeService.startProcessInstanceByKey(
            "identitySmoke", java.util.Map.of("branchCode", "branch-1"));

    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskCandidateUser("liqiang")
                .count())
        .isEqualTo(1);
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskCandidateUser("sunli")
                .count())
        .isZero();
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskCandidateUser("zhangsan")
                .count())
        .isZero();
  }
}
