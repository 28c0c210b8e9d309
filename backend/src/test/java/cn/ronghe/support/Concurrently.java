package cn.ronghe.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** Runs one call per input on its own thread, all released at the same instant. */
public final class Concurrently {

  private Concurrently() {}

  public static <T, R> List<R> run(List<T> inputs, Function<T, R> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(inputs.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T input : inputs) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.apply(input);
                }));
      }
      start.countDown();
      List<R> results = new ArrayList<>();
      for (Future<R> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
