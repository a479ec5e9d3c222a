import { describe, expect, it } from "vitest";
import { CONTROL_CHARACTER_MESSAGE, characterCount } from "@/lib/rules/text";
import { singleLineText } from "@/lib/schemas/text";

const field = singleLineText({ max: 5, requiredMessage: "Enter it." });
const messages = (value: string) => field.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("singleLineText", () => {
  it("trims and accepts ordinary text, counting code points rather than UTF-16 units", () => {
    expect(field.parse("  Zoë ")).toBe("Zoë");
    expect(field.parse("\u{1F426}".repeat(5))).toBe("\u{1F426}".repeat(5));
    expect(messages("abcdef")).toEqual(["Use at most 5 characters."]);
  });

  it.each([
    ["NUL", "Al\u0000ex"],
    ["a tab inside", "Al\tex"],
    ["a line break inside", "Al\nex"],
    ["escape", "\u001B[31m"],
    ["DEL", "Al\u007Fex"],
    ["a C1 control", "Al\u0085ex"],
  ])("refuses %s with one clear message", (_name, value) => {
    expect(messages(value)).toEqual([CONTROL_CHARACTER_MESSAGE]);
  });

  it("says the field is required when only spaces were typed", () => {
    expect(messages("   ")).toEqual(["Enter it."]);
  });

  it("counts characters as people see them (code points)", () => {
    expect(characterCount("e\u0301")).toBe(2);
    expect(characterCount("\u{1F426}")).toBe(1);
  });
});
