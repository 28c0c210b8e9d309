package cn.ronghe.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * The module's deployable resources, found on the test class path the way the backend finds them
 * ({@code classpath*:bpmn/**}{@code /*.bpmn}, {@code dmn/**}{@code /*.dmn}, {@code forms/**}{@code
 * /*.form}), and deployed like the backend does: all in one deployment, so that {@code
 * camunda:formRefBinding="deployment"} resolves.
 */
public final class ProcessResources {

  public static final String DEPLOYMENT_NAME = "ronghe-processes";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProcessResources() {}

  public static List<String> bpmn() {
    return list("bpmn", ".bpmn");
  }

  public static List<String> dmn() {
    return list("dmn", ".dmn");
  }

  public static List<String> forms() {
    return list("forms", ".form");
  }

  public static List<String> all() {
    List<String> all = new ArrayList<>(bpmn());
    all.addAll(dmn());
    all.addAll(forms());
    return all;
  }

  /** Deploys every BPMN, DMN and form of the module in one deployment and returns its id. */
  public static String deployAll(RepositoryService repositoryService) {
    return deploy(repositoryService, all());
  }

  public static String deploy(RepositoryService repositoryService, List<String> resources) {
    DeploymentBuilder deployment = repositoryService.createDeployment().name(DEPLOYMENT_NAME);
    resources.forEach(deployment::addClasspathResource);
    return deployment.deploy().getId();
  }

  /** {@code forms/reviewHelpRequest.form} → {@code reviewHelpRequest}. */
  public static String baseName(String resource) {
    String fileName = resource.substring(resource.lastIndexOf('/') + 1);
    return fileName.substring(0, fileName.lastIndexOf('.'));
  }

  public static InputStream open(String resource) {
    InputStream in = ProcessResources.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("No class path resource " + resource);
    }
    return in;
  }

  public static boolean exists(String resource) {
    return ProcessResources.class.getClassLoader().getResource(resource) != null;
  }

  public static JsonNode readJson(String resource) {
    try (InputStream in = open(resource)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot parse " + resource, e);
    }
  }

  public static JsonNode readJson(InputStream in) {
    try (in) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Class path names ({@code bpmn/practicalHelp.bpmn}) of the files under a resource folder. */
  private static List<String> list(String folder, String extension) {
    try {
      List<URL> roots =
          Collections.list(ProcessResources.class.getClassLoader().getResources(folder));
      List<String> names = new ArrayList<>();
      for (URL url : roots) {
        if (!"file".equals(url.getProtocol())) {
          continue; // a dependency's jar: not one of this module's resources
        }
        Path root = Paths.get(url.toURI());
        try (Stream<Path> files = Files.walk(root)) {
          files
              .filter(Files::isRegularFile)
              .filter(file -> file.getFileName().toString().endsWith(extension))
              .map(file -> folder + "/" + root.relativize(file).toString().replace('\\', '/'))
              .forEach(names::add);
        }
      }
      return names.stream().distinct().sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
