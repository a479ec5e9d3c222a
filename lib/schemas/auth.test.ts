import { describe, expect, it } from "vitest";
import { PASSWORD_BLANK_MESSAGE, PASSWORD_LENGTH_MESSAGE } from "@/lib/rules/password";
import { CONTROL_CHARACTER_MESSAGE } from "@/lib/rules/text";
import { passwordSchema, signUpSchema } from "@/lib/schemas/auth";

const passwordMessages = (value: string) =>
  passwordSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("passwordSchema", () => {
  it("accepts 12 to 128 characters, counting code points rather than UTF-16 units", () => {
    expect(passwordMessages("a".repeat(11))).toEqual([PASSWORD_LENGTH_MESSAGE]);
    expect(passwordMessages("a".repeat(12))).toEqual([]);
    expect(passwordMessages("a".repeat(128))).toEqual([]);
    expect(passwordMessages("a".repeat(129))).toEqual([PASSWORD_LENGTH_MESSAGE]);
    // 12 emoji are 24 UTF-16 units; 100 are 200 units, over 128 units but within 128 characters.
    expect(passwordMessages("\u{1F426}".repeat(12))).toEqual([]);
    expect(passwordMessages("\u{1F426}".repeat(100))).toEqual([]);
    expect(passwordMessages("\u{1F426}".repeat(6))).toEqual([PASSWORD_LENGTH_MESSAGE]);
  });

  it("refuses passwords made only of spaces or invisible characters", () => {
    expect(passwordMessages(" ".repeat(12))).toEqual([PASSWORD_BLANK_MESSAGE]);
    expect(passwordMessages("\u00A0\u3000\u2003\u200B".repeat(3))).toEqual([PASSWORD_BLANK_MESSAGE]);
    expect(passwordMessages("   correct horse   ")).toEqual([]);
  });

  it("refuses control characters", () => {
    expect(passwordMessages("correct\u0000horse battery")).toEqual([CONTROL_CHARACTER_MESSAGE]);
  });
});

describe("signUpSchema", () => {
  it("names the field that holds a control character", () => {
    const result = signUpSchema.safeParse({ name: "Alex\u0000", email: "alex@example.com", password: "correct horse battery" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["name"], message: CONTROL_CHARACTER_MESSAGE })]);
  });

  it("normalises the email and trims the name", () => {
    expect(signUpSchema.parse({ name: " Alex ", email: " Alex@Example.COM", password: "correct horse battery" })).toEqual({
      name: "Alex",
      email: "alex@example.com",
      password: "correct horse battery",
    });
  });
});
