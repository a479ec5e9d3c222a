import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORY_MODEL, categoriesFlat, categoriesMap, categoriesWithLabel, PARENT_OF_L2, TAXONOMY } from "./categories";
import { DEMO_CUSTOMERS } from "./demo-customers";
import { MERCHANTS, PROCESSORS } from "./merchants";
import { ASSETS_DIR, BANKS, providers } from "./providers";

describe("category taxonomy", () => {
  const map = categoriesMap();

  it("is Bud's two-level uk-v2 model with the spec's example slugs", () => {
    expect(CATEGORY_MODEL.name).toBe("uk-v2");
    expect(map.length).toBeGreaterThanOrEqual(16);
    expect(map.length).toBeLessThanOrEqual(20);
    const has = (l1: string, l2: string) => map.find((c) => c.name === l1)?.subcategories?.some((s) => s.name === l2);
    for (const [l1, l2] of [
      ["banking", "refunds_and_reversals"], ["food_and_drink", "groceries"], ["food_and_drink", "coffee"], ["income", "salary"],
      ["mortgage_and_rent", "rent"], ["transport", "taxi"], ["borrowing_and_loans", "credit_cards"],
      ["pensions_savings_and_investments", "savings"], ["media_and_telecoms", "tv_streaming_services"], ["shopping", "clothing"],
      ["general", "other_general"], ["travel", "flights_and_airport_expenses"], ["utilities", "utilities_energy"],
    ]) {
      expect(has(l1!, l2!), `${l1}.${l2}`).toBe(true);
    }
  });

  it("has unique L2 slugs, each with one parent, and subcategories inherit their parent's labels", () => {
    const l2s = map.flatMap((c) => c.subcategories?.map((s) => s.name) ?? []);
    expect(new Set(l2s).size).toBe(l2s.length);
    expect(PARENT_OF_L2.size).toBe(l2s.length);
    for (const l1 of map) {
      for (const l2 of l1.subcategories ?? []) expect(l2.labels).toEqual(l1.labels);
      if (l1.name !== "income") expect(l1.labels?.some((l) => l === "essential" || l === "nonessential")).toBe(true);
    }
  });

  it("serves the same categories in the map and flat formats", () => {
    const flat = categoriesFlat(map);
    expect(flat.categories).toEqual(Object.keys(TAXONOMY));
    expect(flat.subcategories).toEqual(Object.values(TAXONOMY).flatMap((c) => c.subcategories));
  });

  it("filters by label, keeping only labelled categories", () => {
    const essential = categoriesWithLabel(map, "essential");
    expect(essential.map((c) => c.name)).toContain("utilities");
    expect(essential.map((c) => c.name)).not.toContain("eating_out");
    expect(essential.every((c) => c.labels?.includes("essential") && c.subcategories?.every((s) => s.labels?.includes("essential")))).toBe(true);
    expect(categoriesWithLabel(map, "no-such-label")).toEqual([]);
  });
});

describe("merchants, providers and logos", () => {
  it("gives every merchant a category from the taxonomy and a stable uuid", () => {
    expect(MERCHANTS.size).toBeGreaterThanOrEqual(40);
    for (const m of MERCHANTS.values()) {
      expect(PARENT_OF_L2.get(m.l2)).toBe(m.l1);
      expect(m.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(m.mcc).toMatch(/^\d{4}$/);
    }
    expect(new Set([...MERCHANTS.values()].map((m) => m.id)).size).toBe(MERCHANTS.size);
  });

  it("has a readable square SVG logo for every merchant, processor and bank", () => {
    const files = [
      ...[...MERCHANTS.keys(), ...Object.keys(PROCESSORS)].map((slug) => path.join(ASSETS_DIR, "merchants", `${slug}.svg`)),
      ...Object.keys(BANKS).map((id) => path.join(ASSETS_DIR, "providers", `${id}.svg`)),
    ];
    for (const file of files) {
      expect(existsSync(file), file).toBe(true);
      const svg = readFileSync(file, "utf8");
      expect(svg).toContain('viewBox="0 0 64 64"');
      expect(svg).toMatch(/<title>[^<]+<\/title>/);
    }
  });

  it("lists the three sandbox banks as OBProviders with logos under the asset base URL", () => {
    const list = providers("http://localhost:4010");
    expect(list.map((p) => p.provider)).toEqual(["Natwest_Sandbox", "Barclays_Sandbox", "Monzo_Sandbox"]);
    expect(list[0]).toMatchObject({ display_name: "NatWest Sandbox", icon: "http://localhost:4010/assets/providers/Natwest_Sandbox.svg", maintenance_status: "active" });
  });

  it("fixes the demo customers' ids, secrets and idempotent identifiers", () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(DEMO_CUSTOMERS.length).toBeGreaterThanOrEqual(4);
    for (const c of DEMO_CUSTOMERS) {
      expect(c.customerId).toMatch(uuid);
      expect(c.idempotentIdentifier).toMatch(uuid);
      expect(c.customerSecret).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(new Set(DEMO_CUSTOMERS.map((c) => c.customerId)).size).toBe(DEMO_CUSTOMERS.length);
  });
});
