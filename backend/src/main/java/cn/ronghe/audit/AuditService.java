package cn.ronghe.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail. Called inside the transaction of the action it records, so an action and
 * its audit line are committed together or not at all.
 */
@Service
public class AuditService {

  private final AuditMapper mapper;
  private final Clock clock;

  AuditService(AuditMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  public void record(
      String actor, String action, String objectType, String objectId, String detail) {
    mapper.insert(
        new AuditEvent(
            null,
            clock.instant(),
            actor,
            action,
            objectType,
            objectId,
            detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000),
            remoteAddress()));
  }

  public List<AuditEvent> ofObject(String objectType, String objectId) {
    return mapper.selectByObject(objectType, objectId);
  }

  private static String remoteAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      HttpServletRequest request = attrs.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }
}
