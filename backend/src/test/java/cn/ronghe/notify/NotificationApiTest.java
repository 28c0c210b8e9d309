package cn.ronghe.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApiClient;
import cn.ronghe.support.ApiClient.Response;
import cn.ronghe.support.ApplicationTest;
import cn.ronghe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApplicationTest
class NotificationApiTest {

  @LocalServerPort int port;
  @Autowired TestUsers users;
  @Autowired NotificationService notifications;

  @Test
  void listsOnlyTheCallersNotificationsNewestFirstWithCounts() {
    String me = users.create("staff");
    String someoneElse = users.create("staff");
    send(me, "第一条");
    send(me, "第二条");
    send(someoneElse, "别人的");

    JsonNode page = login(me).get("/api/notifications").json();

    assertThat(page.path("total").asLong()).isEqualTo(2);
    assertThat(page.path("unread").asLong()).isEqualTo(2);
    assertThat(titles(page)).containsExactly("第二条", "第一条");
    JsonNode item = page.path("items").get(0);
    assertThat(item.path("kind").asText()).isEqualTo("task.reminder");
    assertThat(item.path("body").asText()).isEqualTo("请尽快办理");
    assertThat(item.path("link").asText()).isEqualTo("/tasks/t-1");
    assertThat(item.path("taskId").asText()).isEqualTo("t-1");
    assertThat(item.path("created").isMissingNode()).isFalse();
    assertThat(item.path("read").asBoolean()).isFalse();
  }

  @Test
  void markingOneReadLowersTheUnreadCountAndUnreadOnlyHidesIt() {
    String me = users.create("staff");
    long first = send(me, "已读这条");
    send(me, "未读这条");
    ApiClient client = login(me);

    Response read = client.post("/api/notifications/" + first + "/read", "{}");

    assertThat(read.status()).isEqualTo(204);
    assertThat(client.get("/api/notifications/unread-count").json().path("unread").asLong())
        .isEqualTo(1);
    JsonNode unreadOnly = client.get("/api/notifications?unreadOnly=true").json();
    assertThat(titles(unreadOnly)).containsExactly("未读这条");
    assertThat(unreadOnly.path("total").asLong()).isEqualTo(1);
    JsonNode all = client.get("/api/notifications").json();
    assertThat(all.path("items").get(1).path("read").asBoolean()).isTrue();
  }

  @Test
  void markingReadTwiceIsHarmless() {
    String me = users.create("staff");
    long id = send(me, "两次已读");
    ApiClient client = login(me);

    client.post("/api/notifications/" + id + "/read", "{}");
    Response again = client.post("/api/notifications/" + id + "/read", "{}");

    assertThat(again.status()).isEqualTo(204);
  }

  @Test
  void readAllMarksEveryNotificationOfTheCallerOnly() {
    String me = users.create("staff");
    String someoneElse = users.create("staff");
    send(me, "一");
    send(me, "二");
    send(someoneElse, "别人的");
    ApiClient client = login(me);

    Response readAll = client.post("/api/notifications/read-all", "{}");

    assertThat(readAll.status()).isEqualTo(200);
    assertThat(readAll.json().path("marked").asInt()).isEqualTo(2);
    assertThat(client.get("/api/notifications/unread-count").json().path("unread").asLong())
        .isZero();
    assertThat(notifications.unreadCount(someoneElse)).isEqualTo(1);
  }

  @Test
  void someoneElsesNotificationIsNotFound() {
    String owner = users.create("staff");
    long theirs = send(owner, "别人的通知");

    Response read =
        login(users.create("staff")).post("/api/notifications/" + theirs + "/read", "{}");

    assertThat(read.status()).isEqualTo(404);
    assertThat(read.json().path("code").asText()).isEqualTo("not-found");
    assertThat(notifications.unreadCount(owner)).isEqualTo(1);
  }

  @Test
  void anonymousCallersAreUnauthorized() {
    ApiClient anonymous = new ApiClient(port);

    assertThat(anonymous.get("/api/notifications").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/notifications/unread-count").status()).isEqualTo(401);
  }

  @Test
  void badPagingIsABadRequestNamingTheField() {
    ApiClient client = login(users.create("staff"));

    assertThat(field(client.get("/api/notifications?page=0"))).isEqualTo("page");
    assertThat(field(client.get("/api/notifications?size=101"))).isEqualTo("size");
    assertThat(field(client.get("/api/notifications?size=abc"))).isEqualTo("size");
    assertThat(field(client.get("/api/notifications?unreadOnly=maybe"))).isEqualTo("unreadOnly");
    assertThat(client.post("/api/notifications/abc/read", "{}").status()).isEqualTo(400);
  }

  @Test
  void pagesFollowOneAnother() {
    String me = users.create("staff");
    for (int i = 1; i <= 5; i++) {
      send(me, "第" + i + "条");
    }
    ApiClient client = login(me);

    JsonNode second = client.get("/api/notifications?page=2&size=2").json();

    assertThat(second.path("total").asLong()).isEqualTo(5);
    assertThat(titles(second)).containsExactly("第3条", "第2条");
  }

  private long send(String recipient, String title) {
    String key = "test:" + UUID.randomUUID();
    notifications.notify(recipient, "task.reminder", title, "请尽快办理", "/tasks/t-1", "t-1", key);
    return notifications.page(recipient, false, 1, 1).items().get(0).id();
  }

  private ApiClient login(String username) {
    ApiClient client = new ApiClient(port);
    assertThat(client.login(username, TestUsers.PASSWORD).status()).isEqualTo(200);
    return client;
  }

  private static String field(Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    return response.json().path("errors").get(0).path("field").asText();
  }

  private static List<String> titles(JsonNode page) {
    List<String> titles = new ArrayList<>();
    page.path("items").forEach(i -> titles.add(i.path("title").asText()));
    return titles;
  }
}
