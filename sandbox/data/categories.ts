/**
 * Bud's two-level `uk-v2` category taxonomy as the stand-in serves it (GET /resources/v2/categories). Bud does
 * not publish the full list, so it is built from the slugs in the spec's examples, filled out with the L2s a UK
 * dashboard needs. L2 slugs are unique across L1s, so `category_l2` alone names one category.
 */
import type { WireCategoriesFlat, WireCategoriesMap } from "./world";

export const CATEGORY_MODEL = {
  name: "uk-v2",
  description:
    "A UK categorisation model. This model can be used for the following use cases: affordability assessments, " +
    "collections assessments, affordability monitoring, customer engagement and product recommendations.",
} as const;

/** `essential`/`nonessential` drive the essential-spend statistics; income is not spending, so it has neither. */
type SpendLabel = "essential" | "nonessential";

interface L1 {
  labels: readonly SpendLabel[];
  subcategories: readonly string[];
}

const ESSENTIAL = ["essential"] as const;
const NONESSENTIAL = ["nonessential"] as const;

export const TAXONOMY = {
  banking: {
    labels: ESSENTIAL,
    subcategories: ["bank_fees_and_currency_exchange", "other_banking", "cash_withdrawals", "interest", "refunds_and_reversals", "overdraft_fees", "unpaid_transactions"],
  },
  borrowing_and_loans: { labels: ESSENTIAL, subcategories: ["credit_cards", "personal_loans", "vehicle_loan", "buy_now_pay_later", "student_loan"] },
  charity_and_gifts: { labels: NONESSENTIAL, subcategories: ["charity", "gifts"] },
  eating_out: { labels: NONESSENTIAL, subcategories: ["cafes_and_eating_out", "takeaways", "bars_and_pubs"] },
  education: { labels: ESSENTIAL, subcategories: ["childcare", "driving_lessons", "school_fees", "university_and_courses"] },
  entertainment: {
    labels: NONESSENTIAL,
    subcategories: ["books_and_reading", "leisure_and_amusement_activities", "cinema_and_theatre", "music_and_concerts", "gaming", "gambling"],
  },
  food_and_drink: { labels: ESSENTIAL, subcategories: ["groceries", "coffee", "alcohol"] },
  general: { labels: NONESSENTIAL, subcategories: ["other_general", "business_expenses", "government_and_tax", "professional_services"] },
  health_and_fitness: { labels: ESSENTIAL, subcategories: ["gym_and_fitness", "pharmacy_and_medicine", "dentist_and_opticians", "healthcare"] },
  home: { labels: ESSENTIAL, subcategories: ["pets", "furniture_and_homeware", "diy_and_garden", "home_insurance", "cleaning_and_maintenance"] },
  income: {
    labels: [],
    subcategories: ["salary", "employment_income", "self_employment_income", "business_income", "interest_or_investments", "benefits", "pension_income", "rental_income", "other_income"],
  },
  media_and_telecoms: {
    labels: ESSENTIAL,
    subcategories: ["broadband", "mobile_phone", "tv_licence", "tv_streaming_services", "music_streaming", "software_and_apps"],
  },
  mortgage_and_rent: { labels: ESSENTIAL, subcategories: ["mortgage", "rent"] },
  pensions_savings_and_investments: { labels: NONESSENTIAL, subcategories: ["savings", "investments", "pensions"] },
  shopping: {
    labels: NONESSENTIAL,
    subcategories: ["clothing", "department_stores", "electronics", "online_marketplaces", "health_and_beauty", "other_shopping"],
  },
  transport: {
    labels: ESSENTIAL,
    subcategories: ["public_transport", "trains", "taxi", "fuel", "parking", "car_maintenance_and_insurance"],
  },
  travel: { labels: NONESSENTIAL, subcategories: ["holiday_and_travel_expenses", "flights_and_airport_expenses", "other_travel"] },
  utilities: { labels: ESSENTIAL, subcategories: ["utilities_energy", "water", "council_tax", "other_utilities", "waste_and_recycling"] },
} as const satisfies Record<string, L1>;

export type CategoryL1 = keyof typeof TAXONOMY;
export type CategoryL2 = (typeof TAXONOMY)[CategoryL1]["subcategories"][number];

/** The L1 an L2 belongs to (every L2 has exactly one parent). */
export const PARENT_OF_L2: ReadonlyMap<string, CategoryL1> = new Map(
  Object.entries(TAXONOMY).flatMap(([l1, { subcategories }]) => subcategories.map((l2) => [l2, l1 as CategoryL1] as const)),
);

/** format=map: subcategories inherit their parent's labels. */
export function categoriesMap(): WireCategoriesMap {
  return Object.entries(TAXONOMY).map(([name, { labels, subcategories }]) => ({
    name,
    labels: [...labels],
    subcategories: subcategories.map((sub) => ({ name: sub, labels: [...labels] })),
  }));
}

/** format=flat, derived from a (possibly label-filtered) map so the two formats can never disagree. */
export function categoriesFlat(map: WireCategoriesMap): WireCategoriesFlat {
  return {
    categories: map.flatMap((l1) => (l1.name ? [l1.name] : [])),
    subcategories: map.flatMap((l1) => (l1.subcategories ?? []).flatMap((l2) => (l2.name ? [l2.name] : []))),
  };
}

/** `label=essential`: drops every category (and subcategory) without that label. */
export function categoriesWithLabel(map: WireCategoriesMap, label: string): WireCategoriesMap {
  return map
    .filter((l1) => l1.labels?.includes(label) || l1.subcategories?.some((l2) => l2.labels?.includes(label)))
    .map((l1) => ({ ...l1, subcategories: l1.subcategories?.filter((l2) => l2.labels?.includes(label)) }));
}
