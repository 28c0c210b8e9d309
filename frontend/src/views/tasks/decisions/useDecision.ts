/** Sending a decision: the app's form submission, field errors under the fields. */
export { fieldErrorsOf, useSubmission as useDecision } from '@/composables/useSubmission'
