/**
 * Field errors are not announced on their own; focusing the first invalid field reads its label and error out
 * together. For the forms that keep their own state (use-form-fields.ts; react-hook-form focuses by itself).
 */
export function focusFirstInvalid(form: HTMLFormElement) {
  // After React has rendered the errors, so aria-invalid and the message are in place when focus lands.
  requestAnimationFrame(() => form.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());
}
