package cn.ronghe.support;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint of the running application, as its handler mappings declare it: our API, the
 * actuator, springdoc. Only Spring Boot's error page is left out. Tests that must cover every
 * endpoint (the authorization matrix, the bad-input corpus) take their list from here, so an
 * endpoint added later is covered, or fails them, without anyone editing a list.
 */
public final class Endpoints {

  /** Handler mappings left out: Spring Boot's error page. */
  static final Set<String> NOT_ENDPOINTS = Set.of("/error");

  /** The methods that change nothing. */
  static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private Endpoints() {}

  /** One endpoint: its method and pattern, how it is mapped, and the method that handles it. */
  public record Endpoint(
      String method, String pattern, RequestMappingInfo info, HandlerMethod handler) {

    /** "METHOD pattern", e.g. {@code POST /api/tasks/{id}/claim}. */
    public String key() {
      return method + " " + pattern;
    }

    public boolean isWrite() {
      return !READS.contains(method);
    }
  }

  /** Every endpoint, keyed "METHOD pattern", sorted; a mapping without methods counts as GET. */
  public static Map<String, Endpoint> of(ApplicationContext context) {
    Map<String, Endpoint> endpoints = new TreeMap<>();
    for (RequestMappingInfoHandlerMapping mapping :
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
      for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
          mapping.getHandlerMethods().entrySet()) {
        RequestMappingInfo info = entry.getKey();
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        for (String pattern : info.getPatternValues()) {
          if (NOT_ENDPOINTS.contains(pattern)) {
            continue;
          }
          for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
            Endpoint endpoint = new Endpoint(method.name(), pattern, info, entry.getValue());
            endpoints.put(endpoint.key(), endpoint);
          }
        }
      }
    }
    return endpoints;
  }
}
