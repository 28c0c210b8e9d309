package cn.ronghe.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@ApplicationTest
class OrgApiTest {

  @Autowired JdbcTemplate jdbc;

  static final String PASSWORD = "Ronghe@2026";

  @LocalServerPort int port;

  @Test
  void theTreeHasTheCommitteeWithItsCommissionAndBranchesAndTheirGroups() {
    ApiClient client = new ApiClient(port);
    client.login("zhangsan", PASSWORD);

    JsonNode roots = client.get("/api/orgs").json();

    assertThat(roots).hasSize(1);
    JsonNode committee = roots.get(0);
    assertThat(committee.path("name").asText()).isEqualTo("机关党委");
    List<String> children = new ArrayList<>();
    committee.path("children").forEach(c -> children.add(c.path("type").asText()));
    assertThat(children).containsExactly("commission", "branch", "branch", "branch");
    assertThat(committee.path("children").get(1).path("children")).hasSize(2);
  }

  @Test
  void thePartyCommitteeSeesEveryone() {
    ApiClient client = new ApiClient(port);
    client.login("wangwei", PASSWORD);

    Response people = client.get("/api/people?size=100");

    assertThat(people.status()).isEqualTo(200);
    assertThat(people.json().path("total").asLong()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void aBranchSecretarySeesOnlyTheirBranchIncludingItsGroups() {
    ApiClient client = new ApiClient(port);
    client.login("liqiang", PASSWORD);

    JsonNode page = client.get("/api/people?size=100").json();

    // The demo's 11, and whoever other tests have added to the branch or its groups since.
    long inBranch =
        jdbc.queryForObject(
            "select count(*) from person p join org_unit o on o.id = p.org_id"
                + " left join org_unit parent on parent.id = o.parent_id"
                + " where p.active = true and (o.code = 'branch-1' or parent.code = 'branch-1')",
            Long.class);
    assertThat(inBranch).isGreaterThanOrEqualTo(11);
    assertThat(page.path("total").asLong()).isEqualTo(inBranch);
    page.path("items")
        .forEach(p -> assertThat(p.path("branch").path("name").asText()).isEqualTo("第一党支部（审判业务）"));
  }

  @Test
  void aBranchSecretaryCannotListAnotherBranch() {
    ApiClient liqiang = new ApiClient(port);
    liqiang.login("liqiang", PASSWORD);
    long branch2 = branchId(liqiang, "第二党支部（执行局）");

    Response response = liqiang.get("/api/people?orgId=" + branch2);

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().path("code").asText()).isEqualTo("forbidden");
  }

  @Test
  void staffCannotListPeople() {
    ApiClient client = new ApiClient(port);
    client.login("zhangsan", PASSWORD);

    assertThat(client.get("/api/people").status()).isEqualTo(403);
  }

  @Test
  void pagingParametersAreValidated() {
    ApiClient client = new ApiClient(port);
    client.login("wangwei", PASSWORD);

    Response badSize = client.get("/api/people?size=100000");
    Response notANumber = client.get("/api/people?page=abc");

    assertThat(badSize.status()).isEqualTo(400);
    assertThat(badSize.json().path("errors").get(0).path("field").asText()).isEqualTo("size");
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.json().path("errors").get(0).path("field").asText()).isEqualTo("page");
  }

  private static long branchId(ApiClient client, String name) {
    for (JsonNode child : client.get("/api/orgs").json().get(0).path("children")) {
      if (child.path("name").asText().equals(name)) {
        return child.path("id").asLong();
      }
    }
    throw new AssertionError("no branch " + name);
  }
}
