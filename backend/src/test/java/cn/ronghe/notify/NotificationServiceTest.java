package cn.ronghe.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ronghe.support.ApplicationTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@ApplicationTest
class NotificationServiceTest {

  @Autowired NotificationService notifications;
  @Autowired NotificationMapper mapper;
  @Autowired TransactionTemplate transactions;

  @Test
  void aSecondNotificationWithTheSameKeyIsANoOp() {
    String key = key();

    boolean first = notifications.notify("liqiang", "test", "第一次", null, null, null, key);
    boolean second = notifications.notify("liqiang", "test", "第二次", null, null, null, key);

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(mapper.selectByDedupKey(key).title()).isEqualTo("第一次");
  }

  @Test
  void aDuplicateInsideALargerTransactionLeavesTheRestOfItToCommit() {
    String key = key();
    String other = key();
    notifications.notify("liqiang", "test", "已发送", null, null, null, key);

    Boolean again =
        transactions.execute(
            tx -> {
              boolean duplicate =
                  notifications.notify("liqiang", "test", "重复", null, null, null, key);
              notifications.notify("liqiang", "test", "同一事务", null, null, null, other);
              return duplicate;
            });

    assertThat(again).isFalse();
    assertThat(mapper.selectByDedupKey(other)).isNotNull();
  }

  @Test
  void aKeyInsertedByAnotherTransactionMeanwhileIsRefusedWithoutSpoilingThisOne() throws Exception {
    String key = key();
    String other = key();
    CountDownLatch firstInserted = new CountDownLatch(1);
    CountDownLatch secondStarted = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> first =
          pool.submit(
              () ->
                  transactions.execute(
                      tx -> {
                        boolean sent =
                            notifications.notify("liqiang", "test", "节点一", null, null, null, key);
                        firstInserted.countDown();
                        await(secondStarted);
                        // let the second node reach its insert, which waits for this one's lock
                        pause(300);
                        return sent;
                      }));
      Future<Boolean> second =
          pool.submit(
              () -> {
                await(firstInserted);
                return transactions.execute(
                    tx -> {
                      secondStarted.countDown();
                      boolean sent =
                          notifications.notify("liqiang", "test", "节点二", null, null, null, key);
                      notifications.notify("liqiang", "test", "节点二其他", null, null, null, other);
                      return sent;
                    });
              });

      assertThat(List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS)))
          .containsExactly(true, false);
    } finally {
      pool.shutdownNow();
    }
    assertThat(mapper.selectByDedupKey(key).title()).isEqualTo("节点一");
    assertThat(mapper.selectByDedupKey(other)).isNotNull();
  }

  private static String key() {
    return "test:" + UUID.randomUUID();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
