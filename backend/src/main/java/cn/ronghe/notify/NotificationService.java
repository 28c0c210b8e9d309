package cn.ronghe.notify;

import cn.ronghe.audit.AuditService;
import cn.ronghe.system.ApiException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications: sending one (for any feature: deadline reminders, 催办, 抄送 …) and what a
 * person does with theirs.
 *
 * <p>Every notification is named by its sender with a dedup key, and a key is used once: sending
 * the same key again, from this node or another at the same moment, is a no-op. The check and the
 * insert are two statements; when two senders pass the check together the database's unique key
 * refuses the second insert, and that refusal is caught here, inside, so it never marks the
 * caller's transaction rollback-only. Both MySQL/MariaDB and H2 undo only the failed statement.
 */
@Service
public class NotificationService {

  private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

  static final int MAX_TITLE = 500;
  static final int MAX_BODY = 1000;
  static final int MAX_KIND = 30;
  static final int MAX_LINK = 255;
  static final int MAX_DEDUP_KEY = 200;

  private final NotificationMapper mapper;
  private final AuditService audit;
  private final Clock clock;

  NotificationService(NotificationMapper mapper, AuditService audit, Clock clock) {
    this.mapper = mapper;
    this.audit = audit;
    this.clock = clock;
  }

  /** A page of someone's notifications, newest first, with their total and unread counts. */
  public record NotificationPage(List<NotificationItem> items, long total, long unread) {}

  /**
   * A notification as its recipient sees it; {@code link} is a route of the SPA, {@code taskId} the
   * task it is about, if any.
   */
  public record NotificationItem(
      long id,
      String kind,
      String title,
      String body,
      String link,
      String taskId,
      java.time.Instant created,
      boolean read) {

    static NotificationItem of(Notification n) {
      return new NotificationItem(
          n.id(),
          n.kind(),
          n.title(),
          n.body(),
          n.link(),
          n.taskId(),
          n.createdAt(),
          n.readAt() != null);
    }
  }

  /**
   * Sends a notification unless one with the same dedup key was ever sent.
   *
   * @param recipient username
   * @param kind what it is about, dotted lower case ({@code task.reminder}); at most 30 characters
   * @param title shown in the list; cut to 500 characters
   * @param body optional detail; cut to 1000 characters
   * @param link optional SPA route, e.g. {@code /tasks/<id>}
   * @param taskId optional task the notification is about
   * @param dedupKey names this notification; at most 200 characters
   * @return true when this call sent it, false when it had been sent already
   */
  @Transactional
  public boolean notify(
      String recipient,
      String kind,
      String title,
      String body,
      String link,
      String taskId,
      String dedupKey) {
    require(recipient, "recipient", 64);
    require(kind, "kind", MAX_KIND);
    require(title, "title", Integer.MAX_VALUE);
    require(dedupKey, "dedupKey", MAX_DEDUP_KEY);
    if (link != null && link.length() > MAX_LINK) {
      throw new IllegalArgumentException("link longer than " + MAX_LINK);
    }
    if (mapper.existsByDedupKey(dedupKey)) {
      return false;
    }
    try {
      mapper.insert(
          new Notification(
              null,
              recipient,
              kind,
              cut(title, MAX_TITLE),
              body == null ? null : cut(body, MAX_BODY),
              link,
              taskId,
              clock.instant(),
              null,
              dedupKey));
      return true;
    } catch (DuplicateKeyException sentMeanwhile) {
      log.debug("Notification {} was sent meanwhile by another transaction", dedupKey);
      return false;
    }
  }

  @Transactional(readOnly = true)
  public NotificationPage page(String recipient, boolean unreadOnly, int page, int size) {
    List<NotificationItem> items =
        mapper.selectPage(recipient, unreadOnly, (page - 1) * size, size).stream()
            .map(NotificationItem::of)
            .toList();
    return new NotificationPage(
        items, mapper.count(recipient, unreadOnly), mapper.count(recipient, true));
  }

  @Transactional(readOnly = true)
  public long unreadCount(String recipient) {
    return mapper.count(recipient, true);
  }

  /** Marks one of the recipient's notifications read (audited); 404 for anyone else's. */
  @Transactional
  public void markRead(String recipient, long id) {
    if (mapper.updateRead(id, recipient, clock.instant()) == 0
        && !mapper.existsForRecipient(id, recipient)) {
      throw ApiException.notFound("通知不存在: " + id);
    }
    audit.record(recipient, "notification.read", "notification", String.valueOf(id), null);
  }

  /**
   * Marks all of the recipient's notifications read; returns how many were unread. One audit row
   * for all of them.
   */
  @Transactional
  public int markAllRead(String recipient) {
    int read = mapper.updateAllRead(recipient, clock.instant());
    audit.record(recipient, "notification.read-all", "notification", recipient, read + " read");
    return read;
  }

  private static void require(String value, String name, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(name + " longer than " + max);
    }
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
