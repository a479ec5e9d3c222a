import { describe, expect, it } from "vitest";
import { mailRoute } from "@/lib/mail/transport";

describe("where mail goes", () => {
  it("goes through SMTP whenever SMTP_URL is set, in every mode", () => {
    for (const isProduction of [true, false]) {
      for (const demo of [true, false]) {
        expect(mailRoute({ smtpUrl: "smtp://mail.example.com:587", isProduction, demo })).toBe("smtp");
      }
    }
  });

  it("goes to the readable outbox without SMTP only in development or demo mode", () => {
    expect(mailRoute({ smtpUrl: undefined, isProduction: false, demo: false })).toBe("outbox");
    expect(mailRoute({ smtpUrl: undefined, isProduction: true, demo: true })).toBe("outbox");
  });

  it("sends nothing in production without SMTP: reset links must never sit where visitors can read them", () => {
    expect(mailRoute({ smtpUrl: undefined, isProduction: true, demo: false })).toBe("none");
  });
});
