package cn.ronghe.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks every BPMN and form of the module, present and future: each BPMN deploys, each {@code
 * camunda:formRef} names a form file whose id is its file name, each form is a form-js schema whose
 * fields are labelled.
 */
class FormResourcesTest {

  private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final Set<String> FORM_REF_BINDINGS = Set.of("deployment", "latest");
  private static final Set<String> OPTION_TYPES = Set.of("select", "radio", "checklist", "taglist");
  private static final Set<String> TEXT_INPUT_TYPES = Set.of("textfield", "textarea");

  @RegisterExtension
  ProcessEngineExtension engine =
      ProcessEngineExtension.builder().configurationResource("camunda.cfg.xml").build();

  static List<String> bpmnResources() {
    return ProcessResources.bpmn();
  }

  static List<String> formResources() {
    return ProcessResources.forms();
  }

  @Test
  void resourceScanFindsTheModulesProcessesAndForms() {
    assertThat(ProcessResources.bpmn())
        .contains(
            "bpmn/practicalHelp.bpmn",
            "bpmn/membershipIntake.bpmn",
            "bpmn/membershipConversion.bpmn");
    assertThat(ProcessResources.forms())
        .contains(
            "forms/submitHelpRequest.form",
            "forms/archiveDocuments.form",
            "forms/approveConversion.form");
  }

  @ParameterizedTest
  @MethodSource("bpmnResources")
  void bpmnDeploysAsAnExecutableProcessNamedAfterItsFile(String bpmn) {
    RepositoryService repository = engine.getRepositoryService();
    List<String> resources = new ArrayList<>(ProcessResources.forms());
    resources.add(bpmn);
    String deploymentId = ProcessResources.deploy(repository, resources);
    try {
      List<ProcessDefinition> definitions =
          repository.createProcessDefinitionQuery().deploymentId(deploymentId).list();
      assertThat(definitions)
          .extracting(ProcessDefinition::getKey)
          .containsExactly(ProcessResources.baseName(bpmn));
      assertThat(definitions.get(0).getHistoryTimeToLive()).isNotNull();
    } finally {
      repository.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void wholeModuleDeploysAsOneDeployment() {
    RepositoryService repository = engine.getRepositoryService();
    String deploymentId = ProcessResources.deployAll(repository);
    try {
      assertThat(repository.getDeploymentResourceNames(deploymentId))
          .containsExactlyInAnyOrderElementsOf(ProcessResources.all());
      assertThat(repository.createProcessDefinitionQuery().deploymentId(deploymentId).count())
          .isEqualTo(ProcessResources.bpmn().size());
    } finally {
      repository.deleteDeployment(deploymentId, true);
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnResources")
  void everyFormRefNamesAFormFileWhoseIdIsItsFileName(String bpmn) {
    Map<String, Element> formRefs = formRefs(bpmn);

    formRefs.forEach(
        (ref, element) -> {
          String form = "forms/" + ref + ".form";
          assertThat(element.getAttributeNS(CAMUNDA_NS, "formRefBinding"))
              .as("camunda:formRefBinding of %s in %s", element.getAttribute("id"), bpmn)
              .isIn(FORM_REF_BINDINGS);
          assertThat(ProcessResources.exists(form))
              .as("%s referenced by %s in %s", form, element.getAttribute("id"), bpmn)
              .isTrue();
          assertThat(ProcessResources.readJson(form).path("id").asText())
              .as("id of %s", form)
              .isEqualTo(ref);
        });
  }

  @ParameterizedTest
  @MethodSource("bpmnResources")
  void everyUserTaskHasACamundaForm(String bpmn) {
    NodeList userTasks = parse(bpmn).getElementsByTagNameNS(BPMN_NS, "userTask");
    for (int i = 0; i < userTasks.getLength(); i++) {
      Element userTask = (Element) userTasks.item(i);
      assertThat(userTask.getAttributeNS(CAMUNDA_NS, "formRef"))
          .as("camunda:formRef of user task %s in %s", userTask.getAttribute("id"), bpmn)
          .isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("formResources")
  void formIsAFormJsSchemaWithLabelledFields(String form) {
    JsonNode schema = ProcessResources.readJson(form);

    assertThat(schema.path("type").asText()).as("type of %s", form).isEqualTo("default");
    assertThat(schema.path("id").asText())
        .as("id of %s", form)
        .isEqualTo(ProcessResources.baseName(form));
    assertThat(schema.path("schemaVersion").isInt()).as("schemaVersion of %s", form).isTrue();
    assertThat(schema.path("components").isArray()).as("components of %s", form).isTrue();
    assertThat(schema.path("components")).as("components of %s", form).isNotEmpty();

    List<JsonNode> components = new ArrayList<>();
    collectComponents(schema.path("components"), components);
    Set<String> ids = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (JsonNode component : components) {
      String id = component.path("id").asText();
      String where = form + " component " + id;
      assertThat(id).as("id of a component in %s", form).isNotBlank();
      assertThat(ids.add(id)).as("%s: id is unique", where).isTrue();
      assertThat(component.path("type").asText()).as("%s: type", where).isNotBlank();
      if (!component.hasNonNull("key")) {
        continue;
      }
      String key = component.path("key").asText();
      assertThat(keys.add(key)).as("%s: key %s bound once", where, key).isTrue();
      assertThat(label(component)).as("%s: label", where).isNotBlank();
      checkValidation(component, where);
      checkOptions(component, where);
    }
  }

  @ParameterizedTest
  @MethodSource("formResources")
  void formIsUsedByAProcess(String form) {
    Set<String> used =
        ProcessResources.bpmn().stream()
            .flatMap(bpmn -> formRefs(bpmn).keySet().stream())
            .collect(Collectors.toSet());

    assertThat(used).contains(ProcessResources.baseName(form));
  }

  // ---- form-js ---------------------------------------------------------------------------------

  private static void collectComponents(JsonNode components, List<JsonNode> into) {
    for (JsonNode component : components) {
      into.add(component);
      if (component.has("components")) {
        collectComponents(component.path("components"), into); // group, dynamic list
      }
    }
  }

  /** form-js labels a date field with {@code dateLabel} (and a time field with timeLabel). */
  private static String label(JsonNode component) {
    if ("datetime".equals(component.path("type").asText())) {
      return component.path("dateLabel").asText(component.path("timeLabel").asText());
    }
    return component.path("label").asText();
  }

  /** Editable text inputs carry a maximum length, so nothing unbounded reaches the engine. */
  private static void checkValidation(JsonNode component, String where) {
    boolean readonly = component.path("readonly").asBoolean(false);
    if (TEXT_INPUT_TYPES.contains(component.path("type").asText()) && !readonly) {
      assertThat(component.path("validate").path("maxLength").isInt())
          .as("%s: validate.maxLength", where)
          .isTrue();
    }
  }

  /** Enumerations have labelled options with distinct, non-blank code values. */
  private static void checkOptions(JsonNode component, String where) {
    if (!OPTION_TYPES.contains(component.path("type").asText()) || component.has("valuesKey")) {
      return;
    }
    JsonNode values = component.path("values");
    assertThat(values.isArray() && !values.isEmpty()).as("%s: values", where).isTrue();
    Set<String> codes = new HashSet<>();
    for (JsonNode option : values) {
      assertThat(option.path("label").asText()).as("%s: option label", where).isNotBlank();
      String code = option.path("value").asText();
      assertThat(code).as("%s: option value", where).isNotBlank();
      assertThat(codes.add(code)).as("%s: option value %s is unique", where, code).isTrue();
    }
  }

  // ---- BPMN ------------------------------------------------------------------------------------

  /** camunda:formRef value → the element carrying it, in document order. */
  private static Map<String, Element> formRefs(String bpmn) {
    Map<String, Element> refs = new LinkedHashMap<>();
    NodeList elements = parse(bpmn).getElementsByTagNameNS("*", "*");
    for (int i = 0; i < elements.getLength(); i++) {
      Element element = (Element) elements.item(i);
      String ref = element.getAttributeNS(CAMUNDA_NS, "formRef");
      if (!ref.isBlank()) {
        refs.putIfAbsent(ref, element);
      }
    }
    return refs;
  }

  private static Document parse(String bpmn) {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (InputStream in = ProcessResources.open(bpmn)) {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(in);
    } catch (IOException | ParserConfigurationException | SAXException e) {
      throw new AssertionError("Cannot parse " + bpmn, e);
    }
  }
}
