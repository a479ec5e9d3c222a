/**
 * Tom and Jess Whitaker, Bristol, with a toddler (see JOINT_CUSTOMER): both salaries, child benefit and the
 * household's bills go through a NatWest joint current account; a Barclays repayment mortgage is charged
 * interest monthly and paid by direct debit from the joint account.
 */
import { plainKind } from "../kinds";
import type { Profile } from "../profile";
import { between, everyWeeks, fixed, monthlyOn, recurring, yearly } from "../rules";
import { cashWithdrawals, directDebits, interest, moveMoney, regular, salary, spend, subscriptions } from "./life";

const CITY = "Bristol";
const HOLDERS = ["Tom Whitaker", "Jess Whitaker"];

export const joint: Profile = (b) => {
  const current = b.account({
    key: "joint",
    bank: "Natwest_Sandbox",
    name: "Reward Account",
    type: "current_account",
    holders: HOLDERS,
    openedOn: "2018-05-21",
    creditLimit: 150_000,
    balance: { floor: -21_300 },
  });
  const mortgage = b.account({
    key: "mortgage",
    bank: "Barclays_Sandbox",
    name: "Barclays Mortgage",
    type: "mortgage",
    holders: HOLDERS,
    openedOn: "2020-08-14",
    balance: { opening: -24_386_512 },
  });

  salary(b, current, "Avonside Engineering Ltd", 28, yearly("salary-tom", 289_044, 0.04, 4), "309950 60114782");
  salary(b, current, "University of Bristol", 25, yearly("salary-jess", 231_867, 0.03, 8), "300000 00391808");
  const childBenefit = b.kind(
    plainKind({
      description: "DWP CHB",
      suggestedDescription: "Child Benefit",
      l2: "benefits",
      budCode: "BAT",
      tags: ["income", "regular-transaction"],
      counterparty: { name: "HMRC Child Benefit", identifier: "083210 20051414" },
    }),
  );
  b.on(current, recurring({ on: everyWeeks(4, "2024-01-08"), kind: childBenefit, amount: yearly("child-benefit", 10_240, 0.067, 4), direction: "credit" }));
  regular(b, current, {
    description: "LITTLE ACORNS NURSERY",
    suggested: "Little Acorns Nursery",
    l2: "childcare",
    budCode: "DD",
    on: monthlyOn(1),
    amount: yearly("nursery", 96_500, 0.05, 9),
    direction: "debit",
    counterparty: { name: "Little Acorns Nursery Ltd", identifier: "560036 43019285" },
  });
  directDebits(b, current, [
    { slug: "bristol_city_council", day: 1, amount: yearly("council-tax", 21_800, 0.0499, 4), months: [4, 5, 6, 7, 8, 9, 10, 11, 12, 1] },
    { slug: "british_gas", day: 14, amount: yearly("energy", 16_200, 0.03) },
    { slug: "bristol_water", day: 21, amount: yearly("water", 4_125, 0.06, 4) },
    { slug: "virgin_media", day: 9, amount: yearly("broadband", 5_850, 0.07, 4) },
    { slug: "ee", day: 19, amount: yearly("mobile-tom", 2_400, 0.08, 4) },
    { slug: "vodafone", day: 24, amount: yearly("mobile-jess", 1_600, 0.07, 4) },
    { slug: "aviva", day: 12, amount: yearly("car-insurance", 4_870, 0.09, 3) },
    { slug: "tv_licensing", day: 1, amount: yearly("tv-licence", 1_413, 0.04, 4) },
  ]);
  subscriptions(b, current, [
    { slug: "netflix", day: 3, amount: yearly("netflix", 1_299, 0.08) },
    { slug: "disney_plus", day: 17, amount: yearly("disney", 799, 0.1) },
    { slug: "amazon_prime", day: 11, amount: fixed(899) },
  ]);
  spend(b, current, {
    city: CITY,
    perDay: [2, 2.8],
    scale: 1.25,
    weights: {
      tesco: 4, aldi: 3, lidl: 2, sainsburys: 2, coop: 3, ocado: 1, shell: 1.2, costa: 3, pets_at_home: 0.6, boots: 1.5, amazon: 2.5,
      john_lewis: 0.4, ikea: 0.3, argos: 0.5, pizza_express: 0.6, marks_and_spencer: 0.8, just_eat: 0.8,
    },
  });
  spend(b, current, { city: CITY, perDay: [0.025, 0.025], weights: { amazon: 3, john_lewis: 1, argos: 1 }, refund: true });
  cashWithdrawals(b, current, CITY, 1);
  // Summer holiday, booked in the new year.
  const holiday = b.kind(plainKind({ description: "TUI UK LTD LUTON GBR", suggestedDescription: "TUI", l2: "holiday_and_travel_expenses", budCode: "DEB" }));
  b.on(current, recurring({ on: monthlyOn(18, "after", [2]), kind: holiday, amount: between(180_000, 260_000), direction: "debit", hours: [19, 22] }));

  moveMoney(b, current, mortgage, {
    on: monthlyOn(1),
    amount: fixed(118_412),
    l2: "mortgage",
    budCode: "DD",
    out: "BARCLAYS MORTGAGE DD",
    in: "DIRECT DEBIT PAYMENT",
    suggested: ["Barclays Mortgage", "Mortgage payment"],
    tags: ["bill"],
  });
  regular(b, mortgage, {
    description: "INTEREST CHARGED",
    suggested: "Mortgage interest",
    l2: "interest",
    budCode: "INT",
    on: monthlyOn(31),
    // A five-year fix at 2.39%, taken in 2020.
    amount: interest(23_950_000, -70_000, () => 0.0239),
    direction: "debit",
    tags: ["loan", "regular-transaction"],
  });
};
