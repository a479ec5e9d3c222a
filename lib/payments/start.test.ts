import { describe, expect, it } from "vitest";
import { senderName } from "@/lib/payments/start";

describe("Bud Pay's sender name", () => {
  it("is the user's name, at most 70 characters, else their email's local part, never the address", () => {
    expect(senderName({ id: "u", name: "Alex Doe", email: "alex@example.com" })).toBe("Alex Doe");
    expect(senderName({ id: "u", name: "x".repeat(80), email: "alex@example.com" })).toBe("x".repeat(70));
    expect(senderName({ id: "u", name: "  ", email: "alex.doe@example.com" })).toBe("alex.doe");
  });
});
