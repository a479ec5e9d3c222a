import { describe, expect, it } from "vitest";
import * as z from "@/lib/schemas/zod";
import { addIssue } from "@/lib/schemas/zod";

describe("the browser's zod (zod/mini)", () => {
  it("writes zod's own messages in English, as classic zod does on the server", () => {
    expect(z.enum(["in", "out"]).safeParse("sideways").error?.issues[0]?.message).toBe('Invalid option: expected one of "in"|"out"');
    expect(z.string().safeParse(1).error?.issues[0]?.message).toBe("Invalid input: expected string, received number");
  });

  it("reports a transform's problem on the field it names, with the message given", () => {
    const schema = z.pipe(
      z.object({ amount: z.string() }),
      z.transform((value: { amount: string }, ctx) => {
        if (value.amount === "") {
          addIssue(ctx, "Enter an amount.", ["amount"]);
          return z.NEVER;
        }
        return value.amount;
      }),
    );
    expect(schema.safeParse({ amount: "" }).error?.issues).toEqual([
      expect.objectContaining({ code: "custom", path: ["amount"], message: "Enter an amount." }),
    ]);
    expect(schema.parse({ amount: "12" })).toBe("12");
  });
});
