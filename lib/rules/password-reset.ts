import type { FieldRule } from "@/lib/rules/field-rule";

/* The forgotten-password flow's link, for its routes, its forms and lib/auth/password-reset. */

/** 32 random bytes in base64url, as lib/auth/password-reset issues them. */
export const RESET_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** How long a reset link works. */
export const RESET_LINK_MINUTES = 30;

export const RESET_LINK_INVALID = "This reset link has expired or has already been used.";

/** A link's token: only its shape is checked here; the server looks it up. */
export const resetTokenRule: FieldRule = {
  problem: (token) => (RESET_TOKEN.test(token) ? null : RESET_LINK_INVALID),
};
