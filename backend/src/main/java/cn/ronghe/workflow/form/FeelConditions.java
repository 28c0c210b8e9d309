package cn.ronghe.workflow.form;

import java.util.Map;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;

/**
 * Evaluates the FEEL expressions of a form ({@code conditional.hide}, expression-valued {@code
 * readonly}/{@code disabled}, {@code valuesExpression}) with the FEEL-Scala engine that Camunda
 * 7.24 ships for DMN ({@code org.camunda.feel:feel-engine}, its {@code FeelEngineApi}). The one
 * place the form package touches FEEL, so the engine can be swapped.
 *
 * <p>Like form-js, an expression is written with a leading {@code =}; it is stripped here. A
 * variable the context lacks is {@code null}, as in form-js ({@code =decision != "approve"} is true
 * while nothing is chosen).
 */
final class FeelConditions {

  private static final FeelEngineApi ENGINE = FeelEngineBuilder.forJava().build();

  /**
   * The value of an expression.
   *
   * @throws EvaluationException if it does not parse or evaluate
   */
  Object evaluate(String expression, Map<String, Object> context) {
    if (expression == null || !expression.startsWith("=")) {
      throw new EvaluationException("not a FEEL expression (no leading '='): " + expression);
    }
    EvaluationResult result;
    try {
      result = ENGINE.evaluateExpression(expression.substring(1), context);
    } catch (RuntimeException e) {
      throw new EvaluationException(expression + ": " + e.getMessage());
    }
    if (!result.isSuccess()) {
      throw new EvaluationException(expression + ": " + result.failure().message());
    }
    return result.result();
  }

  /** A FEEL expression that could not be evaluated. */
  static final class EvaluationException extends RuntimeException {

    EvaluationException(String message) {
      super(message);
    }
  }
}
