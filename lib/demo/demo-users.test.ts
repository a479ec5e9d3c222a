import { describe, expect, it } from "vitest";
import { DEMO_CUSTOMERS } from "@/sandbox/data/demo-customers";
import { DEMO_USERS } from "@/lib/demo/demo-users";

describe("demo users", () => {
  it("each links to a stand-in demo customer created with the user's id as idempotent identifier", () => {
    expect(DEMO_USERS).toHaveLength(DEMO_CUSTOMERS.length);
    for (const user of DEMO_USERS) {
      const customer = DEMO_CUSTOMERS.find((candidate) => candidate.idempotentIdentifier === user.id);
      expect(customer, user.email).toBeDefined();
      expect(user.customer).toEqual({ customerId: customer!.customerId, customerSecret: customer!.customerSecret });
    }
  });
});
