import type { FieldRule } from "@/lib/rules/field-rule";
import { CONTROL_CHARACTER_MESSAGE, characterCount, hasControlCharacter } from "@/lib/rules/text";

/* Passwords: a new one (sign-up, a change, a reset) and the current one (settings). The forms' hints use these too. */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_LENGTH_MESSAGE = `Use ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`;
export const PASSWORD_BLANK_MESSAGE = "Use some characters other than spaces.";
/** The whole rule in one sentence, for the hint under an empty password field. */
export const PASSWORD_RULE = `Use ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters, not only spaces.`;

/** Spaces of every kind and invisible characters (zero-width space, joiners) do not make a password. */
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}]/u;

/**
 * A new password. Its length is counted in Unicode code points (counting UTF-16 units would call an emoji two
 * characters). Not trimmed: spaces inside and around a password are part of it.
 */
export const passwordRule: FieldRule = {
  problem: (password) => {
    const length = characterCount(password);
    if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) return PASSWORD_LENGTH_MESSAGE;
    if (!VISIBLE.test(password)) return PASSWORD_BLANK_MESSAGE;
    if (hasControlCharacter(password)) return CONTROL_CHARACTER_MESSAGE;
    return null;
  },
};

export const CURRENT_PASSWORD_MESSAGE = "Enter your current password.";

/** What was typed as the current password: only its presence is checked here; the server checks the rest. */
export const currentPasswordRule: FieldRule = {
  problem: (password) => {
    if (password.length === 0) return CURRENT_PASSWORD_MESSAGE;
    // Far longer than any password of ours can be (128 code points are at most 256 UTF-16 units): not worth hashing.
    if (password.length > PASSWORD_MAX_LENGTH * 4) return "That isn’t your password.";
    return null;
  },
};
