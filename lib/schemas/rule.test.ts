import { describe, expect, it } from "vitest";
import { zodFields } from "@/lib/api/errors";
import { emailRule } from "@/lib/rules/email";
import { checkFields, type FieldRule } from "@/lib/rules/field-rule";
import { nameRule } from "@/lib/rules/name";
import { currentPasswordRule, passwordRule } from "@/lib/rules/password";
import { resetTokenRule } from "@/lib/rules/password-reset";
import { signUpSchema } from "@/lib/schemas/auth";
import { resetCompletionSchema } from "@/lib/schemas/password-reset";
import { ruleSchema } from "@/lib/schemas/rule";
import { passwordChangeSchema, profileSchema } from "@/lib/schemas/settings";
import * as z from "@/lib/schemas/zod";

const EMOJI = "\u{1F426}";
const PASSWORD = "correct horse battery";

/** What a route answers for this body: its field errors (lib/api/errors), or the parsed values. */
function routeSide(schema: z.ZodMiniType, body: Record<string, string>) {
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, values: parsed.data } : { ok: false, problems: zodFields(parsed.error) };
}

/*
 * One statement of each rule: the form's check (checkFields over lib/rules) and the route's zod schema (built with
 * ruleSchema) must give the same field errors, message for message, and the same values when they pass.
 */
describe.each([
  ["sign-up", signUpSchema, { name: nameRule, email: emailRule, password: passwordRule }, { name: "Alex", email: "alex@example.com", password: PASSWORD }],
  ["profile", profileSchema, { name: nameRule, email: emailRule, currentPassword: currentPasswordRule }, { name: "Alex", email: "alex@example.com", currentPassword: "x" }],
  ["password change", passwordChangeSchema, { currentPassword: currentPasswordRule, newPassword: passwordRule }, { currentPassword: "x", newPassword: PASSWORD }],
  ["password reset", resetCompletionSchema, { token: resetTokenRule, password: passwordRule }, { token: "A".repeat(43), password: PASSWORD }],
] as const)("the %s form and its route", (_name, schema, rules: Record<string, FieldRule>, valid: Record<string, string>) => {
  const badInputs: Record<string, string>[] = [
    {},
    { name: "" },
    { name: "   " },
    { name: EMOJI.repeat(101) },
    { name: "Al\u0000ex" },
    { name: "Alex\u001B[31m" },
    { email: "" },
    { email: "not an email" },
    { email: "alex@example" },
    { email: `${"a".repeat(64)}@${"b".repeat(200)}.com` },
    { password: "", newPassword: "" },
    { password: " ".repeat(12), newPassword: " ".repeat(12) },
    { password: "\u00A0\u200B".repeat(6), newPassword: "\u3000".repeat(12) },
    { password: EMOJI.repeat(11), newPassword: EMOJI.repeat(129) },
    { password: `${PASSWORD}\n`, newPassword: `\u0085${PASSWORD}` },
    { currentPassword: "" },
    { currentPassword: "a".repeat(513) },
    { token: "" },
    { token: "A".repeat(42) },
    { name: "", email: "x", password: "short", currentPassword: "", newPassword: "", token: "" },
  ];

  it.each(badInputs)("gives the same field errors on both sides for %j", (bad) => {
    const body = { ...valid, ...Object.fromEntries(Object.entries(bad).filter(([field]) => field in valid)) };
    expect(checkFields(rules, body)).toEqual(routeSide(schema, body));
  });

  it("gives the same values on both sides when everything is valid, normalised", () => {
    const typed = { ...valid, ...("email" in valid && { email: " Alex@Example.COM " }), ...("name" in valid && { name: " Alex " }) };
    const browser = checkFields(rules, typed);
    expect(browser.ok).toBe(true);
    expect(browser).toEqual(routeSide(schema, typed));
  });
});

describe("ruleSchema", () => {
  const schema = ruleSchema({ normalise: (value) => value.trim(), problem: (value) => (value === "no" ? "Not that." : null) });

  it("normalises, then refuses with the rule's own message", () => {
    expect(schema.parse(" yes ")).toBe("yes");
    expect(schema.safeParse(" no ").error?.issues).toEqual([expect.objectContaining({ code: "custom", path: [], message: "Not that." })]);
  });

  it("leaves anything but a string to zod's own message", () => {
    expect(schema.safeParse(1).error?.issues.map((issue) => issue.message)).toEqual(["Invalid input: expected string, received number"]);
  });
});
