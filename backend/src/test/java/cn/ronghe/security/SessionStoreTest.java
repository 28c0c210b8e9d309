package cn.ronghe.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;

class SessionStoreTest {

  private static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

  @Test
  void aTenthOfTheIdleTimeoutAtMostAMinute() {
    assertThat(SessionStore.touchInterval(Duration.ofMinutes(30))).isEqualTo(Duration.ofMinutes(1));
    assertThat(SessionStore.touchInterval(Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(30));
    assertThat(SessionStore.touchInterval(Duration.ofSeconds(2))).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void aStoredSessionIsTouchedOnlyWhenItsLastAccessIsAnIntervalOld() {
    MapSession stored = session(Duration.ofMinutes(30));
    SessionStore.Touched session = new SessionStore.Touched(stored, false);

    session.setLastAccessedTime(T0.plusSeconds(59));
    assertThat(stored.getLastAccessedTime()).isEqualTo(T0);
    assertThat(session.getLastAccessedTime()).isEqualTo(T0);

    session.setLastAccessedTime(T0.plusSeconds(60));
    assertThat(stored.getLastAccessedTime()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void aShortTimeoutIsTouchedOften() {
    MapSession stored = session(Duration.ofSeconds(2));
    new SessionStore.Touched(stored, false).setLastAccessedTime(T0.plusMillis(250));
    assertThat(stored.getLastAccessedTime()).isEqualTo(T0.plusMillis(250));
  }

  @Test
  void aNewSessionTakesEveryTouch() {
    MapSession stored = session(Duration.ofMinutes(30));
    new SessionStore.Touched(stored, true).setLastAccessedTime(T0.plusMillis(1));
    assertThat(stored.getLastAccessedTime()).isEqualTo(T0.plusMillis(1));
  }

  @Test
  void attributesAndIdsGoToTheStoredSession() {
    MapSession stored = session(Duration.ofMinutes(30));
    SessionStore.Touched session = new SessionStore.Touched(stored, false);
    session.setAttribute("k", "v");
    assertThat(stored.<String>getAttribute("k")).isEqualTo("v");
    String id = session.changeSessionId();
    assertThat(stored.getId()).isEqualTo(id);
    session.removeAttribute("k");
    assertThat(stored.getAttributeNames()).isEmpty();
  }

  private static MapSession session(Duration maxInactive) {
    MapSession session = new MapSession();
    session.setMaxInactiveInterval(maxInactive);
    session.setLastAccessedTime(T0);
    return session;
  }
}
