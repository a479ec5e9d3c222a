import { describe, expect, it } from "vitest";
import { emailRule } from "@/lib/rules/email";
import { checkFields } from "@/lib/rules/field-rule";
import { nameRule } from "@/lib/rules/name";
import { CURRENT_PASSWORD_MESSAGE, PASSWORD_BLANK_MESSAGE, PASSWORD_LENGTH_MESSAGE, currentPasswordRule, passwordRule } from "@/lib/rules/password";
import { RESET_LINK_INVALID, resetTokenRule } from "@/lib/rules/password-reset";
import { CONTROL_CHARACTER_MESSAGE, singleLineTextRule } from "@/lib/rules/text";

const SIGN_UP = { name: nameRule, email: emailRule, password: passwordRule };

describe("checkFields", () => {
  it("gives the values as they are sent: trimmed names, trimmed and lower-cased emails, passwords untouched", () => {
    expect(checkFields(SIGN_UP, { name: "  Zoë ", email: " Zoe@Example.COM ", password: "  correct horse  " })).toEqual({
      ok: true,
      values: { name: "Zoë", email: "zoe@example.com", password: "  correct horse  " },
    });
  });

  it("gives each invalid field its first problem, and nothing for the valid ones", () => {
    expect(checkFields(SIGN_UP, { name: "", email: "alex@example", password: "correct horse battery" })).toEqual({
      ok: false,
      problems: { name: "Enter your name.", email: "Enter a valid email address." },
    });
  });

  it("checks only the fields the rules name", () => {
    const typed = { name: "Alex", email: "" };
    expect(checkFields<"name">({ name: nameRule }, typed)).toEqual({ ok: true, values: { name: "Alex" } });
  });
});

const problem = (rule: { normalise?: (value: string) => string; problem: (value: string) => string | null }, value: string) =>
  rule.problem(rule.normalise ? rule.normalise(value) : value);

describe("single-line text", () => {
  const rule = singleLineTextRule({ max: 5, requiredMessage: "Enter it." });

  it("counts code points, so an emoji is one character", () => {
    expect(problem(rule, "\u{1F426}".repeat(5))).toBeNull();
    expect(problem(rule, "\u{1F426}".repeat(6))).toBe("Use at most 5 characters.");
  });

  it("says a control character first, then a blank field, then the length", () => {
    expect(problem(rule, "  \u0000  ")).toBe(CONTROL_CHARACTER_MESSAGE);
    expect(problem(rule, " \t ")).toBe("Enter it.");
    expect(problem(rule, "abcdef\u0085")).toBe(CONTROL_CHARACTER_MESSAGE);
  });
});

describe("email", () => {
  it.each(["alex@example.com", "a.b+budgets@mail.example.co.uk", "o'neil@example.ie", "first_last-1@x-y.io", " ALEX@EXAMPLE.COM "])(
    "accepts %s",
    (email) => expect(problem(emailRule, email)).toBeNull(),
  );

  it.each(["", "alex", "alex@", "@example.com", "alex@example", "alex@example.c", "alex..b@example.com", ".alex@example.com",
    "alex.@example.com", "alex@-example.com", "alex@exa_mple.com", "al ex@example.com", "alex@example.com\u0000", "zoë@example.com",
    "alex@@example.com"])("refuses %j", (email) => expect(problem(emailRule, email)).toBe("Enter a valid email address."));

  it("refuses an address longer than 254 characters", () => {
    expect(problem(emailRule, `${"a".repeat(64)}@${"b".repeat(200)}.com`)).toBe("Use at most 254 characters.");
  });
});

describe("passwords", () => {
  it("says the length first, then blank, then control characters", () => {
    expect(problem(passwordRule, "\u0000")).toBe(PASSWORD_LENGTH_MESSAGE);
    expect(problem(passwordRule, "\u200B".repeat(12))).toBe(PASSWORD_BLANK_MESSAGE);
    expect(problem(passwordRule, "correct\thorse battery")).toBe(CONTROL_CHARACTER_MESSAGE);
  });

  it("asks for the current password, and refuses one no password of ours could be", () => {
    expect(problem(currentPasswordRule, "")).toBe(CURRENT_PASSWORD_MESSAGE);
    expect(problem(currentPasswordRule, " ")).toBeNull();
    expect(problem(currentPasswordRule, "a".repeat(513))).toBe("That isn’t your password.");
  });

  it("takes a reset token only in the shape one is issued", () => {
    expect(problem(resetTokenRule, "A".repeat(43))).toBeNull();
    expect(problem(resetTokenRule, "x")).toBe(RESET_LINK_INVALID);
  });
});
