package cn.ronghe.settings;

import cn.ronghe.audit.AuditService;
import cn.ronghe.security.CurrentUser;
import cn.ronghe.system.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current value of each {@link Rule}: the administrator's, stored in {@code app_setting} so
 * that every node reads the same, or else the configured default (application.yml, the
 * environment), or else the rule's own. A configured default outside the rule's bounds fails the
 * start, naming the property. Every change is audited with its old and new value.
 */
@Service
public class Rules {

  private final RuleMapper mapper;
  private final AuditService audit;
  private final Clock clock;
  private final Map<Rule, Integer> defaults = new EnumMap<>(Rule.class);

  Rules(RuleMapper mapper, AuditService audit, Clock clock, Environment environment) {
    this.mapper = mapper;
    this.audit = audit;
    this.clock = clock;
    for (Rule rule : Rule.values()) {
      int value = configured(rule, environment);
      if (value < rule.min() || value > rule.max()) {
        throw new IllegalArgumentException(
            rule.property()
                + " must be between "
                + rule.min()
                + " and "
                + rule.max()
                + " "
                + rule.unit().name().toLowerCase(java.util.Locale.ROOT)
                + ", not "
                + value);
      }
      defaults.put(rule, value);
    }
  }

  private static int configured(Rule rule, Environment environment) {
    if (rule.unit().isDuration()) {
      Duration value = environment.getProperty(rule.property(), Duration.class);
      return value == null ? rule.fallback() : (int) rule.unit().of(value);
    }
    return environment.getProperty(rule.property(), Integer.class, rule.fallback());
  }

  /** The rule's value now. */
  public int value(Rule rule) {
    Integer stored = mapper.selectValue(rule.property());
    return stored != null ? stored : defaults.get(rule);
  }

  /** A rule in minutes or hours, as a duration. */
  public Duration duration(Rule rule) {
    return rule.unit().toDuration(value(rule));
  }

  /** A rule as the settings page shows it. */
  public record Setting(
      String name,
      String group,
      String label,
      RuleUnit unit,
      int min,
      int max,
      int value,
      int defaultValue,
      String changedBy,
      Instant changedAt) {}

  public List<Setting> all() {
    Map<String, RuleMapper.Stored> stored =
        mapper.selectAll().stream()
            .collect(Collectors.toMap(RuleMapper.Stored::name, Function.identity()));
    List<Setting> settings = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      RuleMapper.Stored s = stored.get(rule.property());
      settings.add(
          new Setting(
              rule.property(),
              rule.group(),
              rule.label(),
              rule.unit(),
              rule.min(),
              rule.max(),
              s == null ? defaults.get(rule) : s.value(),
              defaults.get(rule),
              s == null ? null : s.updatedBy(),
              s == null ? null : s.updatedAt()));
    }
    return settings;
  }

  /**
   * Sets the rules named in {@code values} (a rule set back to its default keeps that value, in
   * case the default changes later). All are checked before any is stored; a name that is no rule
   * or a value out of bounds is a 400 naming {@code values.<name>}.
   */
  @Transactional
  public List<Setting> update(CurrentUser admin, Map<String, Object> values) {
    if (values == null || values.isEmpty()) {
      throw ApiException.invalidField("values", "请至少修改一项设置");
    }
    Map<Rule, Integer> changes = new EnumMap<>(Rule.class);
    List<ApiException.FieldProblem> problems = new ArrayList<>();
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      String field = "values." + entry.getKey();
      Rule rule = Rule.of(entry.getKey()).orElse(null);
      if (rule == null) {
        problems.add(new ApiException.FieldProblem(field, "没有这项设置"));
      } else if (!(entry.getValue() instanceof Integer value)
          || value < rule.min()
          || value > rule.max()) {
        problems.add(
            new ApiException.FieldProblem(
                field,
                rule.label()
                    + "应在 "
                    + rule.min()
                    + " 至 "
                    + rule.max()
                    + " "
                    + rule.unit().label()
                    + "之间"));
      } else {
        changes.put(rule, value);
      }
    }
    if (!problems.isEmpty()) {
      throw new ApiException(
          org.springframework.http.HttpStatus.BAD_REQUEST,
          "validation",
          problems.get(0).message(),
          problems);
    }
    Instant now = clock.instant();
    changes.forEach(
        (rule, value) -> {
          int before = value(rule);
          if (before == value && mapper.selectValue(rule.property()) != null) {
            return;
          }
          if (mapper.update(rule.property(), value, admin.username(), now) == 0) {
            mapper.insert(rule.property(), value, admin.username(), now);
          }
          audit.record(
              admin.username(),
              "setting.change",
              "setting",
              rule.property(),
              before + " → " + value);
        });
    return all();
  }
}
