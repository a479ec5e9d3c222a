import { describe, expect, it } from "vitest";
import { pageSizeProblem, toPageSize } from "@/lib/rules/transaction-page";
import { TransactionPageQuery } from "@/lib/schemas/transaction-page";

describe("a transaction page's size", () => {
  it("is 50 rows when left out, and a number however it is written", () => {
    expect(toPageSize(undefined)).toBe(50);
    expect(toPageSize("10")).toBe(10);
    expect(toPageSize(10)).toBe(10);
  });

  it("is a whole number of rows from 1 to 200", () => {
    expect([1, 50, 200].map(pageSizeProblem)).toEqual([null, null, null]);
    expect(pageSizeProblem(0)).toBe("Too small: expected number to be >=1");
    expect(pageSizeProblem(201)).toBe("Too big: expected number to be <=200");
    expect(pageSizeProblem(2.5)).toBe("Invalid input: expected int, received number");
    expect(pageSizeProblem(-0.5)).toBe("Invalid input: expected int, received number");
    expect(pageSizeProblem(Number.NaN)).toBe("Invalid input: expected number, received NaN");
  });

  it.each(["0", "201", "2.5", "-0.5", "abc", "", "1e999", "50", undefined])("reads the same to the route's schema: %j", (written) => {
    const parsed = TransactionPageQuery.safeParse({ page_size: written });
    const problem = pageSizeProblem(toPageSize(written));
    expect(parsed.success ? null : parsed.error.issues[0]?.message).toBe(problem);
    if (parsed.success) expect(parsed.data.page_size).toBe(toPageSize(written));
  });
});
