package cn.ronghe.support;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint of the running application, from its handler mappings (ours, actuator's,
 * springdoc's), as "METHOD pattern" ({@code POST /api/tasks/{id}/claim}): what the tests that must
 * cover every endpoint, including those added later, enumerate. Spring Boot's error page is left
 * out; so are the security filter's own URLs (login is a controller, logout is not).
 */
public final class Endpoints {

  private Endpoints() {}

  public static Map<String, RequestMappingInfo> of(ApplicationContext context) {
    Map<String, RequestMappingInfo> endpoints = new TreeMap<>();
    for (RequestMappingInfoHandlerMapping mapping :
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        for (String pattern : info.getPatternValues()) {
          if (pattern.equals("/error")) {
            continue;
          }
          for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
            endpoints.put(method.name() + " " + pattern, info);
          }
        }
      }
    }
    return endpoints;
  }

  /** The endpoints that change something: every method but GET (and HEAD, OPTIONS). */
  public static boolean isWrite(String endpoint) {
    return !endpoint.startsWith("GET ")
        && !endpoint.startsWith("HEAD ")
        && !endpoint.startsWith("OPTIONS ");
  }
}
