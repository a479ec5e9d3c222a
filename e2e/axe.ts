import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/*
 * Rules whose findings axe rates at most moderate (axe's rule descriptions): they can never fail the check below,
 * which fails on serious and critical only, so they are not run. Axe is most of the e2e run's CPU; these cost about
 * a third of each analysis (the region rule visits every node).
 */
const AT_MOST_MODERATE = [
  "region",
  "landmark-one-main",
  "landmark-unique",
  "landmark-no-duplicate-banner",
  "landmark-no-duplicate-contentinfo",
  "landmark-no-duplicate-main",
  "landmark-banner-is-top-level",
  "landmark-contentinfo-is-top-level",
  "landmark-main-is-top-level",
  "landmark-complementary-is-top-level",
  "page-has-heading-one",
  "heading-order",
  "empty-heading",
  "empty-table-header",
  "meta-viewport-large",
  "skip-link",
  "aria-allowed-role",
  "presentation-role-conflict",
  "image-redundant-alt",
  "table-duplicate-name",
];

/** The page's serious and critical axe violations, each as "rule: the elements it found", so a failure says where. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).disableRules(AT_MOST_MODERATE).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}
