import { describe, expect, it } from "vitest";
import { toErrorResponse } from "@/lib/api/errors";
import { assertNotSharedDemoUser, isSharedDemoUser } from "@/lib/demo/shared-demo-guard";
import { DEMO_USERS } from "@/lib/demo/demo-users";

describe("shared demo user guard", () => {
  it("refuses a destructive action for every demo user with a 403 that offers sign-up", async () => {
    for (const user of DEMO_USERS) {
      expect(isSharedDemoUser(user.id)).toBe(true);
      let thrown: unknown;
      try {
        assertNotSharedDemoUser(user.id, "delete their account");
      } catch (error) {
        thrown = error;
      }
      const response = toErrorResponse(thrown, "/api/test");
      expect(response.status).toBe(403);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("demo_user");
      expect(body.error.message).toMatch(/Create your own account/);
    }
  });

  it("lets any other user through", () => {
    expect(isSharedDemoUser("0d6e4c1a-5b7e-4f51-9a53-2f3a1b1f7e11")).toBe(false);
    expect(() => assertNotSharedDemoUser("0d6e4c1a-5b7e-4f51-9a53-2f3a1b1f7e11", "revoke access")).not.toThrow();
  });
});
