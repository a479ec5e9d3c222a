import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { BAD_ADDRESS_PAGE, isMalformedPath, rejectMalformedPath } from "@/lib/security/malformed-path";

describe("isMalformedPath", () => {
  it("is true exactly when the path cannot be percent-decoded", () => {
    for (const path of ["/api/accounts/%ff", "/api/accounts/%zz", "/api/accounts/%", "/a/%E0%A4%A", "/a%"]) {
      expect(isMalformedPath(path), path).toBe(true);
    }
    for (const path of ["/", "/api/accounts/acc-1", "/a/%20b", "/a/%25", "/a/%E2%82%AC", "/a/%2F"]) {
      expect(isMalformedPath(path), path).toBe(false);
    }
  });
});

describe("rejectMalformedPath", () => {
  it("lets a well-formed path through", () => {
    expect(rejectMalformedPath(new NextRequest("http://localhost/api/accounts/acc-1"))).toBeNull();
    expect(rejectMalformedPath(new NextRequest("http://localhost/accounts/acc-1"))).toBeNull();
  });

  it("answers an API path with a 400 in the one error shape", async () => {
    const response = rejectMalformedPath(new NextRequest("http://localhost/api/accounts/%ff"))!;
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: { code: "invalid_request", message: expect.any(String) } });
  });

  it("shows a page a 400 page, keeping the request headers it was given", () => {
    const headers = new Headers({ "x-nonce": "abc" });
    const response = rejectMalformedPath(new NextRequest("http://localhost/accounts/%zz"), { request: { headers } })!;
    expect(response.status).toBe(400);
    expect(response.headers.get("x-middleware-rewrite")).toBe(`http://localhost${BAD_ADDRESS_PAGE}`);
    expect(response.headers.get("x-middleware-request-x-nonce")).toBe("abc");
  });
});
