package cn.ronghe.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The HTTP sessions live in the database (Spring Session JDBC, tables of V13), so that every node
 * serves every request. Two changes to its defaults keep that cheap, since every request reads its
 * session:
 *
 * <ul>
 *   <li>its statements run without a transaction of their own: reading a session is one select, not
 *       a transaction of begin, select, commit;
 *   <li>a session's last access is written at most every {@link #touchInterval tenth of its idle
 *       timeout} (at most a minute), not on every request: with the default 30 minutes an idle
 *       session ends between 27 and 30 minutes after its last request.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

  static final Duration MAX_TOUCH_INTERVAL = Duration.ofMinutes(1);

  /** The name Spring Session looks for. */
  @Bean
  TransactionOperations springSessionTransactionOperations() {
    return TransactionOperations.withoutTransaction();
  }

  /**
   * The application's own transaction template, which Spring Boot no longer declares once any
   * {@link TransactionOperations} bean exists (the one above).
   */
  @Bean
  @Primary
  TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
    return new TransactionTemplate(transactions);
  }

  @Bean
  static BeanPostProcessor throttledSessionTouches() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof JdbcIndexedSessionRepository jdbc
            ? new ThrottledTouches(jdbc)
            : bean;
      }
    };
  }

  /** How long a session's stored last access may lag behind its real one. */
  static Duration touchInterval(Duration maxInactive) {
    Duration tenth = maxInactive.dividedBy(10);
    return tenth.compareTo(MAX_TOUCH_INTERVAL) < 0 ? tenth : MAX_TOUCH_INTERVAL;
  }

  /** The JDBC repository, with sessions that pass on only the touches worth writing. */
  static final class ThrottledTouches
      implements FindByIndexNameSessionRepository<Session>, DisposableBean {

    private final JdbcIndexedSessionRepository repository;

    /** The same repository, seen with the type of its sessions hidden (it is package-private). */
    private final FindByIndexNameSessionRepository<Session> jdbc;

    @SuppressWarnings("unchecked")
    ThrottledTouches(JdbcIndexedSessionRepository repository) {
      this.repository = repository;
      this.jdbc =
          (FindByIndexNameSessionRepository<Session>)
              (FindByIndexNameSessionRepository<?>) repository;
    }

    @Override
    public Session createSession() {
      return new Touched(jdbc.createSession(), true);
    }

    @Override
    public void save(Session session) {
      jdbc.save(((Touched) session).stored);
    }

    @Override
    public Session findById(String id) {
      Session stored = jdbc.findById(id);
      return stored == null ? null : new Touched(stored, false);
    }

    @Override
    public void deleteById(String id) {
      jdbc.deleteById(id);
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
      return jdbc.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> new Touched(e.getValue(), false)));
    }

    @Override
    public void destroy() {
      repository.destroy();
    }
  }

  /** A stored session whose last access changes only when the change is worth a write. */
  static final class Touched implements Session {

    private final Session stored;
    private final boolean isNew;

    Touched(Session stored, boolean isNew) {
      this.stored = stored;
      this.isNew = isNew;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
      Duration since = Duration.between(stored.getLastAccessedTime(), lastAccessedTime);
      if (isNew || since.compareTo(touchInterval(stored.getMaxInactiveInterval())) >= 0) {
        stored.setLastAccessedTime(lastAccessedTime);
      }
    }

    @Override
    public String getId() {
      return stored.getId();
    }

    @Override
    public String changeSessionId() {
      return stored.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String name) {
      return stored.getAttribute(name);
    }

    @Override
    public Set<String> getAttributeNames() {
      return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, Object value) {
      stored.setAttribute(name, value);
    }

    @Override
    public void removeAttribute(String name) {
      stored.removeAttribute(name);
    }

    @Override
    public Instant getCreationTime() {
      return stored.getCreationTime();
    }

    @Override
    public Instant getLastAccessedTime() {
      return stored.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return stored.isExpired();
    }
  }
}
