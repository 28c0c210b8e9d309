package cn.ronghe.workflow.form;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Parsed forms, cached by (deployment id, form key). A deployed form never changes, so an entry
 * never goes stale; the cache grows with the number of deployed forms only.
 */
public final class FormSchemas {

  private final ConcurrentMap<Key, FormSchema> cache = new ConcurrentHashMap<>();

  /**
   * The parsed form, reading its JSON with {@code json} the first time only.
   *
   * @throws IllegalArgumentException as {@link FormSchema#parse(String)}; nothing is cached then
   */
  public FormSchema get(String deploymentId, String formKey, Supplier<String> json) {
    return cache.computeIfAbsent(
        new Key(deploymentId, formKey), key -> FormSchema.parse(json.get()));
  }

  private record Key(String deploymentId, String formKey) {}
}
