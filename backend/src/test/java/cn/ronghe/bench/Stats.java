package cn.ronghe.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Percentiles of one path's measured calls, in milliseconds. */
record Stats(int samples, double p50, double p95, double p99, double mean, double min, double max) {

  static Stats of(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
    return new Stats(
        sorted.length,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        mean,
        sorted[0] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }

  /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
  static double percentile(long[] sorted, int percentile) {
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("samples", samples);
    map.put("p50", round(p50));
    map.put("p95", round(p95));
    map.put("p99", round(p99));
    map.put("mean", round(mean));
    map.put("min", round(min));
    map.put("max", round(max));
    return map;
  }

  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
