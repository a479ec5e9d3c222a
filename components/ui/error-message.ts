import { ApiError, FALLBACK_MESSAGE } from "@/lib/api-fetch";

/** ApiError messages are written for customers; anything else gets a generic line rather than a developer's text. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : FALLBACK_MESSAGE;
}
