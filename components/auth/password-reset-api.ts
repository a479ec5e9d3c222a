import { apiFetch, jsonBody } from "@/lib/api-fetch";
import type { ResetCompletionInput, ResetRequested, ResetRequestInput } from "@/lib/schemas/password-reset";
import type { Done } from "@/lib/schemas/settings";

/* The browser's calls to the forgotten-password routes (app/api/password-reset/**). */

export const requestReset = (input: ResetRequestInput) => apiFetch<ResetRequested>("/api/password-reset", jsonBody("POST", input));

export const completeReset = (input: ResetCompletionInput) =>
  apiFetch<Done>("/api/password-reset/complete", jsonBody("POST", input));
