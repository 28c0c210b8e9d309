package cn.ronghe.system;

import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the Vue single-page app built into the {@code ronghe-frontend} jar: files as they are, and
 * {@code index.html} for every other path so the client-side router handles it. API paths never
 * fall back to the page: an unknown API path is a 404 problem.
 */
@Configuration
class SpaWebConfig implements WebMvcConfigurer {

  private static final String[] NOT_THE_APP = {
    "api/", "actuator/", "engine-rest", "camunda/", "v3/", "swagger-ui"
  };

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations("classpath:/static/assets/")
        .setCacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic());
    registry
        .addResourceHandler("/**")
        .addResourceLocations("classpath:/static/")
        .setCacheControl(CacheControl.noCache())
        .resourceChain(true)
        .addResolver(new SpaFallbackResolver());
  }

  private static final class SpaFallbackResolver extends PathResourceResolver {
    @Override
    protected Resource getResource(String resourcePath, Resource location) throws IOException {
      Resource requested = location.createRelative(resourcePath);
      if (requested.exists() && requested.isReadable()) {
        return requested;
      }
      for (String prefix : NOT_THE_APP) {
        if (resourcePath.startsWith(prefix)) {
          return null;
        }
      }
      if (resourcePath.contains(".")) {
        return null; // a missing file stays missing
      }
      Resource index = new ClassPathResource("/static/index.html");
      return index.exists() ? index : null;
    }
  }
}
