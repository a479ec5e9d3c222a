import { ApiError, FALLBACK_MESSAGE } from "@/lib/api-fetch";

/** Marks one field invalid: react-hook-form's `setError`, or a form's own setter of the same shape. */
export type SetFieldError<Field extends string> = (
  field: Field,
  error: { type: "server"; message: string | undefined },
  options: { shouldFocus: boolean },
) => void;

/**
 * Puts an API error where the user looks: each field error the server named on a field this form shows (focusing
 * the first, which reads its label and message out together), anything else as the form's own message. Returns
 * that message, or null when the fields say it all.
 */
export function showApiError<Field extends string>(
  error: unknown,
  fields: readonly Field[],
  setError: SetFieldError<Field>,
): string | null {
  if (!(error instanceof ApiError)) return FALLBACK_MESSAGE;
  const shown = fields.filter((field) => error.fields[field]);
  shown.forEach((field, index) => setError(field, { type: "server", message: error.fields[field] }, { shouldFocus: index === 0 }));
  return shown.length > 0 ? null : error.message;
}
