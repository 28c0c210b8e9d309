package cn.ronghe.processes;

/**
 * Process-level properties a model may carry for the application, as Camunda extension properties
 * on the {@code bpmn:process} element:
 *
 * <pre>{@code
 * <bpmn:extensionElements>
 *   <camunda:properties>
 *     <camunda:property name="confidential" value="true" />
 *   </camunda:properties>
 * </bpmn:extensionElements>
 * }</pre>
 */
public final class ProcessProperties {

  private ProcessProperties() {}

  /**
   * {@code true}: the process's content (form values, case view, attachments) is need-to-know, and
   * every read of it is audited. A called process (a follow-up item) is as confidential as the root
   * instance it runs under, so it does not carry the property itself. Marked on {@code talk} and
   * {@code disciplineClue}.
   */
  public static final String CONFIDENTIAL = "confidential";
}
