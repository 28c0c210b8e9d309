package cn.ronghe.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every BPMN of the module opens as a drawn diagram in Camunda Modeler and names its elements: a
 * shape for every node, an edge attached to both ends of every flow, no Modeler default ids.
 */
class BpmnDiagramTest {

  /** Ids Camunda Modeler generates, e.g. {@code Activity_0x1abcd}, {@code Flow_1n2m3k4}. */
  private static final Pattern MODELER_DEFAULT_ID =
      Pattern.compile(
          "(Activity|Task|UserTask|Gateway|Event|StartEvent|EndEvent|Flow|SequenceFlow|Process)_[0-9a-z]{5,}");

  /** How far (px) an edge's end may lie from its shape's bounds (events are round). */
  private static final double TOLERANCE = 2;

  static List<String> bpmnResources() {
    return ProcessResources.bpmn();
  }

  @ParameterizedTest
  @MethodSource("bpmnResources")
  void processIsExecutableWithHistoryTimeToLive(String bpmn) {
    for (Process process : read(bpmn).getModelElementsByType(Process.class)) {
      assertThat(process.isExecutable()).as("%s isExecutable", process.getId()).isTrue();
      assertThat(process.getCamundaHistoryTimeToLiveString())
          .as("%s camunda:historyTimeToLive", process.getId())
          .isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnResources")
  void elementsHaveChosenIdsNotModelerDefaults(String bpmn) {
    for (FlowElement element : read(bpmn).getModelElementsByType(FlowElement.class)) {
      assertThat(element.getId()).as("id in %s", bpmn).doesNotMatch(MODELER_DEFAULT_ID);
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnResources")
  void everyFlowNodeHasAShape(String bpmn) {
    BpmnModelInstance model = read(bpmn);
    Map<String, Bounds> shapes = shapes(model);

    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(shapes).as("shape of %s in %s", node.getId(), bpmn).containsKey(node.getId());
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnResources")
  void everySequenceFlowHasAnEdgeFromItsSourceToItsTarget(String bpmn) {
    BpmnModelInstance model = read(bpmn);
    Map<String, Bounds> shapes = shapes(model);
    Map<String, BpmnEdge> edges =
        model.getModelElementsByType(BpmnEdge.class).stream()
            .filter(edge -> edge.getBpmnElement() != null)
            .collect(Collectors.toMap(edge -> edge.getBpmnElement().getId(), Function.identity()));

    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      String where = flow.getId() + " in " + bpmn;
      assertThat(edges).as("edge of %s", where).containsKey(flow.getId());
      List<Waypoint> waypoints = List.copyOf(edges.get(flow.getId()).getWaypoints());
      assertThat(waypoints).as("waypoints of %s", where).hasSizeGreaterThanOrEqualTo(2);
      assertThat(touches(shapes.get(flow.getSource().getId()), waypoints.get(0)))
          .as("%s starts at %s", where, flow.getSource().getId())
          .isTrue();
      assertThat(touches(shapes.get(flow.getTarget().getId()), waypoints.get(waypoints.size() - 1)))
          .as("%s ends at %s", where, flow.getTarget().getId())
          .isTrue();
    }
  }

  private static Map<String, Bounds> shapes(BpmnModelInstance model) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement() != null)
        .collect(
            Collectors.toMap(
                shape -> ((BaseElement) shape.getBpmnElement()).getId(), BpmnShape::getBounds));
  }

  private static boolean touches(Bounds bounds, Waypoint point) {
    return bounds != null
        && point.getX() >= bounds.getX() - TOLERANCE
        && point.getX() <= bounds.getX() + bounds.getWidth() + TOLERANCE
        && point.getY() >= bounds.getY() - TOLERANCE
        && point.getY() <= bounds.getY() + bounds.getHeight() + TOLERANCE;
  }

  private static BpmnModelInstance read(String bpmn) {
    try (InputStream in = ProcessResources.open(bpmn)) {
      BpmnModelInstance model = Bpmn.readModelFromStream(in);
      Bpmn.validateModel(model);
      return model;
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
