import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { errorMessage } from "@/components/ui/error-message";
import { ApiError } from "@/lib/api-fetch";

/**
 * A failed submit's answer on the form: each field the API named gets its message inline; what belongs to no
 * field (an upstream failure, the `_` of a body-level refusal) goes to the form's root error, shown above the buttons.
 */
export function showApiErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>): void {
  const fields = error instanceof ApiError ? Object.entries(error.fields).filter(([path]) => path !== "_") : [];
  for (const [path, message] of fields) setError(path as Path<T>, { type: "server", message });
  if (fields.length === 0) setError("root", { type: "server", message: errorMessage(error) });
}
