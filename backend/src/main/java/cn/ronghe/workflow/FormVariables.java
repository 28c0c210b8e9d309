package cn.ronghe.workflow;

import cn.ronghe.security.CurrentUser;
import java.util.Map;
import java.util.function.Function;

/**
 * What a form needs to show itself to a user: the variables its selects take their options from
 * ({@code valuesKey}), a start form's or a task's. The catalog and the workbench hand them to the
 * browser with the form and check a submission against them, so a value is valid only if it was
 * offered to that user; they are not stored in the process. Forms are named by their id, unique in
 * a deployment as Camunda's form references require.
 */
public interface FormVariables {

  /** The id of the form this serves. */
  String formId();

  Map<String, Object> of(CurrentUser user);

  /** The variables of the form with this id. */
  static FormVariables of(String formId, Function<CurrentUser, Map<String, Object>> variables) {
    return new FormVariables() {
      @Override
      public String formId() {
        return formId;
      }

      @Override
      public Map<String, Object> of(CurrentUser user) {
        return variables.apply(user);
      }
    };
  }
}
