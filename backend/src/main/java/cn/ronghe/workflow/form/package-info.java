/**
 * Server-side validation of Camunda Forms (form-js JSON) submissions: {@link
 * cn.ronghe.workflow.form.FormSchema} reads a form, {@link cn.ronghe.workflow.form.FormValidator}
 * checks a submission against it and returns the process variables to store. The browser's form-js
 * validation is a convenience; this is the authority.
 */
package cn.ronghe.workflow.form;
