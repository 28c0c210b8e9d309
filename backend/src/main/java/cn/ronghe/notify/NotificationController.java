package cn.ronghe.notify;

import cn.ronghe.notify.NotificationService.NotificationPage;
import cn.ronghe.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications: nobody sees or marks anyone else's. */
@RestController
class NotificationController {

  private final NotificationService notifications;

  NotificationController(NotificationService notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/api/notifications")
  NotificationPage list(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "false") boolean unreadOnly,
      @RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return notifications.page(user.username(), unreadOnly, page, size);
  }

  @GetMapping("/api/notifications/unread-count")
  Map<String, Long> unreadCount(@AuthenticationPrincipal CurrentUser user) {
    return Map.of("unread", notifications.unreadCount(user.username()));
  }

  @PostMapping("/api/notifications/{id}/read")
  ResponseEntity<Void> read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    notifications.markRead(user.username(), id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/notifications/read-all")
  Map<String, Integer> readAll(@AuthenticationPrincipal CurrentUser user) {
    return Map.of("marked", notifications.markAllRead(user.username()));
  }
}
