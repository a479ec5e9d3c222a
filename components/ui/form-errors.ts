import { ApiError, FALLBACK_MESSAGE } from "@/lib/api-fetch";

/**
 * Where an API error goes on a form: each field error the server named on a field this form shows, and anything
 * else as the form's own message (null when the fields say it all).
 */
export function placeApiError<Field extends string>(
  error: unknown,
  fields: readonly Field[],
): { onFields: Partial<Record<Field, string>>; message: string | null } {
  if (!(error instanceof ApiError)) return { onFields: {}, message: FALLBACK_MESSAGE };
  const onFields: Partial<Record<Field, string>> = {};
  for (const field of fields) if (error.fields[field]) onFields[field] = error.fields[field];
  return { onFields, message: Object.keys(onFields).length > 0 ? null : error.message };
}
