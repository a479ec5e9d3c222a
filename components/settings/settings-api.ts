import { apiFetch, jsonBody } from "@/lib/api-fetch";
import type { AccountDeletionInput, Done, PasswordChangeInput, Profile, ProfileInput } from "@/lib/schemas/settings";

/* The browser's calls to the settings routes (app/api/me/**), each typed as its route's answer. */

export const updateProfile = (input: ProfileInput) => apiFetch<Profile>("/api/me", jsonBody("PATCH", input));

export const changePassword = (input: PasswordChangeInput) => apiFetch<Done>("/api/me/password", jsonBody("PUT", input));

export const signOutEverywhere = () => apiFetch<Done>("/api/me/sessions", { method: "DELETE" });

export const deleteAccount = (input: AccountDeletionInput) => apiFetch<Done>("/api/me", jsonBody("DELETE", input));
