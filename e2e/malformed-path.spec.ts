import { expect, test } from "@playwright/test";

/** Paths Next cannot percent-decode used to get its plain-text 500; they are our 400 (issue 7.4). */
const MALFORMED = ["%ff", "%zz", "%", "%E0%A4%A"];

test("an API path that cannot be decoded is a 400 in the one error shape", async ({ request }) => {
  for (const segment of MALFORMED) {
    for (const path of [`/api/accounts/${segment}`, `/api/accounts/${segment}/transactions`, `/api/${segment}`]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(response.headers()["content-type"], path).toContain("application/json");
      expect(await response.json(), path).toEqual({ error: { code: "invalid_request", message: expect.any(String) } });
    }
  }
});

test("a page path that cannot be decoded is a 400 page with a way back", async ({ page }) => {
  for (const segment of MALFORMED) {
    const response = await page.goto(`/accounts/${segment}`);
    expect(response?.status(), segment).toBe(400);
    await expect(page.getByRole("heading", { level: 1, name: "That address isn’t valid" })).toBeVisible();
  }
  await page.getByRole("link", { name: "Go to Overview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
});
