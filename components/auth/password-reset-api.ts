import { apiFetch, jsonBody } from "@/lib/api-fetch";
import { ResetRequested, type ResetCompletionInput, type ResetRequestInput } from "@/lib/schemas/password-reset";
import { Done } from "@/lib/schemas/settings";

/* The browser's calls to the forgotten-password routes (app/api/password-reset/**). */

export const requestReset = (input: ResetRequestInput) => apiFetch("/api/password-reset", ResetRequested, jsonBody("POST", input));

export const completeReset = (input: ResetCompletionInput) =>
  apiFetch("/api/password-reset/complete", Done, jsonBody("POST", input));
