import { apiFetch, jsonBody } from "@/lib/api-fetch";
import {
  Done,
  Profile,
  type AccountDeletionInput,
  type PasswordChangeInput,
  type ProfileInput,
} from "@/lib/schemas/settings";

/* The browser's calls to the settings routes (app/api/me/**), each checked against its answer's schema. */

export const updateProfile = (input: ProfileInput) => apiFetch("/api/me", Profile, jsonBody("PATCH", input));

export const changePassword = (input: PasswordChangeInput) => apiFetch("/api/me/password", Done, jsonBody("PUT", input));

export const signOutEverywhere = () => apiFetch("/api/me/sessions", Done, { method: "DELETE" });

export const deleteAccount = (input: AccountDeletionInput) => apiFetch("/api/me", Done, jsonBody("DELETE", input));
