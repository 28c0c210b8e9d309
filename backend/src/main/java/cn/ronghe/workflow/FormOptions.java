package cn.ronghe.workflow;

import cn.ronghe.security.CurrentUser;
import cn.ronghe.workflow.form.FormSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The variables every {@link FormVariables} supplies for a form, for one user. */
@Component
class FormOptions {

  private final List<FormVariables> suppliers;

  FormOptions(List<FormVariables> suppliers) {
    this.suppliers = List.copyOf(suppliers);
  }

  Map<String, Object> of(CurrentUser user, FormSchema form) {
    Map<String, Object> variables = new HashMap<>();
    suppliers.stream()
        .filter(s -> s.formId().equals(form.id()))
        .forEach(s -> variables.putAll(s.of(user)));
    return variables;
  }
}
