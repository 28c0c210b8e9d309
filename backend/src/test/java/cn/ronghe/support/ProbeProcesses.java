package cn.ronghe.support;

/** Small processes deployed by tests of the engine's operations (never by the application). */
public final class ProbeProcesses {

  private ProbeProcesses() {}

  /** A process whose one asynchronous step fails while {@code shouldFail} is true. */
  public static String failing(String key, boolean confidential) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="ronghe-test">
          <bpmn:process id="%s" name="运维探测" isExecutable="true" camunda:historyTimeToLive="P1D">
            %s
            <bpmn:startEvent id="start"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="probe"/>
            <bpmn:serviceTask id="probe" name="探测步骤" camunda:asyncBefore="true"
                camunda:expression="${shouldFail ? missingBean.secretDetail : true}"/>
            <bpmn:sequenceFlow id="f2" sourceRef="probe" targetRef="end"/>
            <bpmn:endEvent id="end"/>
          </bpmn:process>
        </bpmn:definitions>
        """
        .formatted(
            key,
            confidential
                ? "<bpmn:extensionElements><camunda:properties>"
                    + "<camunda:property name=\"confidential\" value=\"true\"/>"
                    + "</camunda:properties></bpmn:extensionElements>"
                : "");
  }

  /** A process that waits a day on a timer: its one job runs only when someone runs it. */
  public static String waiting(String key) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="ronghe-test">
          <bpmn:process id="%s" name="运维等待" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="start"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait"/>
            <bpmn:intermediateCatchEvent id="wait" name="等待一天">
              <bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end"/>
            <bpmn:endEvent id="end"/>
          </bpmn:process>
        </bpmn:definitions>
        """
        .formatted(key);
  }
}
