/**
 * Sam Okafor, who runs a coffee cart in Manchester (see HEAVY_CUSTOMER). The card terminal pays out every
 * sale separately into the NatWest business account, about 140 a day, which is what makes this customer
 * heavy (≥ 100k transactions in 24 months). Suppliers, pitch rent and HMRC are paid from the business account;
 * weekly drawings go to a Monzo personal account; a Barclays savings "tax pot" holds the tax until it is due.
 */
import { merchantKind } from "../kinds";
import type { Profile } from "../profile";
import { between, everyWeeks, fixed, monthlyOn, recurring, spending, yearly, type Amount, type Schedule } from "../rules";
import { baseRatePlus, directDebits, interest, interestPaid, moveMoney, regular, rent, spend, subscriptions } from "./life";

const CITY = "Manchester";
const HOLDER = "Samuel Okafor";

/** Menu prices in 2024 (pence); up 5% a year, rounded to 5p. */
const MENU = [230, 250, 270, 290, 300, 320, 320, 340, 360, 380, 520, 590] as const;
const menuPrice: Amount = (ctx) => Math.round((ctx.rng.pick(MENU) * 1.05 ** (ctx.date.year - 2024)) / 5) * 5;

/** Closed on Christmas Day, Boxing Day and New Year's Day, and for a fortnight's holiday in August. */
const open: Schedule = ({ date: { month, dayOfMonth } }) =>
  !(month === 12 && dayOfMonth >= 25 && dayOfMonth <= 26) && !(month === 1 && dayOfMonth === 1) && !(month === 8 && dayOfMonth >= 11 && dayOfMonth <= 24);

export const heavy: Profile = (b) => {
  const business = b.account({
    key: "business",
    bank: "Natwest_Sandbox",
    name: "Business Current Account",
    type: "current_account",
    usage: "business",
    holders: [HOLDER],
    openedOn: "2019-03-11",
    creditLimit: 250_000,
    balance: { floor: 180_000 },
  });
  const personal = b.account({
    key: "personal",
    bank: "Monzo_Sandbox",
    name: "Personal Account",
    type: "current_account",
    holders: [HOLDER],
    openedOn: "2018-01-09",
    balance: { floor: 4_500 },
  });
  const taxPot = b.account({
    key: "tax-pot",
    bank: "Barclays_Sandbox",
    name: "Business Savings (Tax Pot)",
    type: "savings",
    usage: "business",
    holders: [HOLDER],
    openedOn: "2020-04-06",
    balance: { opening: 420_000, floor: 50_000 },
  });

  const sale = b.kind(merchantKind("zettle", { budCode: "BAT", tags: ["income"] }));
  b.on(business, spending({ perDay: [150, 124], when: open, choices: [{ kind: sale, weight: 1, amount: menuPrice, hours: [7, 15.5], variants: 65_536, direction: "credit" }] }));
  regular(b, business, {
    description: "ZETTLE FEES",
    suggested: "Zettle fees",
    l2: "bank_fees_and_currency_exchange",
    budCode: "CHG",
    on: monthlyOn(2),
    amount: between(21_000, 27_000),
    direction: "debit",
    tags: ["regular-transaction"],
  });
  spend(b, business, { city: CITY, perDay: [0.9, 0.2], scale: 1.4, weights: { booker: 6, costco: 2, shell: 2 } });
  const weekly = { on: everyWeeks(1, "2024-01-05"), regularity: "weekly", direction: "debit", l2: "business_expenses" } as const;
  regular(b, business, {
    ...weekly,
    description: "FRESHWAYS DAIRY DD",
    suggested: "Freshways",
    budCode: "DD",
    amount: between(9_600, 14_800),
    counterparty: { name: "Freshways Ltd", identifier: "400409 61720883" },
  });
  regular(b, business, {
    ...weekly,
    description: "J BROWN WAGES",
    suggested: "Jordan Brown",
    budCode: "BAT",
    amount: yearly("wages", 41_600, 0.06, 4),
    counterparty: { name: "Jordan Brown", identifier: "070116 29930417" },
    tags: ["regular-transaction"],
  });
  regular(b, business, {
    description: "MCR MARKETS PITCH",
    suggested: "Manchester Markets",
    l2: "business_expenses",
    budCode: "SO",
    on: monthlyOn(1),
    amount: yearly("pitch", 62_000, 0.05, 4),
    direction: "debit",
    counterparty: { name: "Manchester City Council Markets", identifier: "010004 52113890" },
  });
  directDebits(b, business, [{ slug: "vodafone", day: 14, amount: yearly("business-mobile", 1_800, 0.07, 4) }]);

  // Self Assessment payments on account (31 January, 31 July), covered from the tax pot the week before.
  const taxBill = yearly("self-assessment", 1_105_000, 0.06, 1);
  const hmrc = b.kind(merchantKind("hmrc", { budCode: "BAT", tags: ["bill"] }));
  b.on(business, recurring({ on: monthlyOn(31, "before", [1, 7]), kind: hmrc, amount: taxBill, direction: "debit" }));
  const pot = { l2: "savings", budCode: "BAT", regularity: false } as const;
  moveMoney(b, business, taxPot, {
    ...pot,
    on: monthlyOn(3),
    amount: yearly("tax-saving", 185_000, 0.06),
    regularity: "monthly",
    out: "OKAFOR TAX POT",
    in: "FROM OKAFOR COFFEE CO",
    suggested: ["Transfer to Tax Pot", "Transfer from business account"],
  });
  moveMoney(b, taxPot, business, {
    ...pot,
    on: monthlyOn(24, "before", [1, 7]),
    amount: taxBill,
    out: "TO OKAFOR COFFEE CO",
    in: "FROM OKAFOR TAX POT",
    suggested: ["Transfer to business account", "Transfer from Tax Pot"],
  });
  interestPaid(b, taxPot, "INTEREST PAID", 31, interest(600_000, 0, baseRatePlus(-0.015)));
  moveMoney(b, business, personal, {
    on: everyWeeks(1, "2024-01-05"),
    amount: yearly("drawings", 80_000, 0.04, 4),
    regularity: "weekly",
    l2: "self_employment_income",
    budCode: "BAT",
    out: "S OKAFOR DRAWINGS",
    in: "OKAFOR COFFEE CO",
    suggested: ["Drawings", "Okafor Coffee Co"],
  });

  rent(b, personal, "J Patel Lettings Ltd", "J PATEL LETTINGS", yearly("rent", 105_000, 0.05, 10), "309897 14468207");
  directDebits(b, personal, [
    { slug: "manchester_city_council", day: 1, amount: yearly("council-tax", 13_950, 0.0499, 4), months: [4, 5, 6, 7, 8, 9, 10, 11, 12, 1] },
    { slug: "octopus_energy", day: 7, amount: yearly("energy", 8_300, 0.04) },
    { slug: "united_utilities", day: 19, amount: yearly("water", 3_400, 0.06, 4) },
    { slug: "ee", day: 26, amount: yearly("mobile", 2_000, 0.08, 4) },
    { slug: "virgin_media", day: 12, amount: yearly("broadband", 3_800, 0.07, 4) },
  ]);
  subscriptions(b, personal, [
    { slug: "netflix", day: 21, amount: yearly("netflix", 1_099, 0.08) },
    { slug: "spotify", day: 2, amount: fixed(1_199) },
    { slug: "puregym", day: 28, amount: yearly("gym", 2_199, 0.05), budCode: "DD" },
  ]);
  spend(b, personal, {
    city: CITY,
    perDay: [2.6, 4],
    weights: {
      aldi: 4, lidl: 3, tesco: 2, coop: 3, metrolink: 4, deliveroo: 3, just_eat: 2, nandos: 2, wetherspoon: 3, amazon: 3, asos: 1, uber: 2,
      odeon: 0.5, boots: 1,
    },
  });
};
