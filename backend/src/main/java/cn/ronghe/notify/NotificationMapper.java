package cn.ronghe.notify;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The {@code notification} table. */
@Mapper
interface NotificationMapper {

  void insert(Notification notification);

  boolean existsByDedupKey(String dedupKey);

  Notification selectByDedupKey(String dedupKey);

  List<Notification> selectPage(
      @Param("recipient") String recipient,
      @Param("unreadOnly") boolean unreadOnly,
      @Param("offset") int offset,
      @Param("limit") int limit);

  long count(@Param("recipient") String recipient, @Param("unreadOnly") boolean unreadOnly);

  /** Marks one of the recipient's notifications read; 0 when it is not theirs or does not exist. */
  int updateRead(
      @Param("id") long id, @Param("recipient") String recipient, @Param("readAt") Instant readAt);

  int updateAllRead(@Param("recipient") String recipient, @Param("readAt") Instant readAt);

  boolean existsForRecipient(@Param("id") long id, @Param("recipient") String recipient);
}
