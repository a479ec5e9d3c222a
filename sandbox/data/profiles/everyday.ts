/**
 * Alex Morgan, a product designer renting in Brixton (see DEMO_CUSTOMER): salary and bills on a NatWest
 * current account, a Barclays savings account fed by standing order, and a Monzo credit card for going out,
 * shopping and subscriptions, paid off in full each month.
 */
import type { Profile } from "../profile";
import { cardRepayment, fixed, monthlyOn, yearly } from "../rules";
import { baseRatePlus, cashWithdrawals, directDebits, interest, interestPaid, moveMoney, rent, salary, spend, subscriptions } from "./life";

const CITY = "London";
const HOLDER = "Alex Morgan";

export const everyday: Profile = (b) => {
  const current = b.account({
    key: "current",
    bank: "Natwest_Sandbox",
    name: "Select Account",
    type: "current_account",
    holders: [HOLDER],
    openedOn: "2015-09-14",
    creditLimit: 100_000,
    balance: { floor: -8_450 },
  });
  const savings = b.account({
    key: "savings",
    bank: "Barclays_Sandbox",
    name: "Everyday Saver",
    type: "savings",
    holders: [HOLDER],
    openedOn: "2019-02-02",
    balance: { opening: 640_000, floor: 25_000 },
  });
  const card = b.account({
    key: "card",
    bank: "Monzo_Sandbox",
    name: "Monzo Flex Credit Card",
    type: "credit_card",
    holders: [HOLDER],
    openedOn: "2021-11-03",
    creditLimit: 450_000,
    balance: { ceiling: -2_180 },
  });

  salary(b, current, "Brightwave Digital Ltd", 25, yearly("salary", 362_218, 0.035, 4), "400515 21049988");
  rent(b, current, "R Henderson", "R HENDERSON RENT", yearly("rent", 142_500, 0.045, 9), "203206 53718264");
  directDebits(b, current, [
    { slug: "lambeth_council", day: 15, amount: yearly("council-tax", 16_400, 0.049, 4), months: [4, 5, 6, 7, 8, 9, 10, 11, 12, 1] },
    { slug: "octopus_energy", day: 12, amount: yearly("energy", 9_837, 0.04) },
    { slug: "thames_water", day: 20, amount: yearly("water", 3_852, 0.07, 4) },
    { slug: "bt", day: 8, amount: yearly("broadband", 3_599, 0.06, 4) },
    { slug: "vodafone", day: 18, amount: yearly("mobile", 2_200, 0.07, 4) },
    { slug: "tv_licensing", day: 1, amount: yearly("tv-licence", 1_413, 0.04, 4) },
    { slug: "cancer_research_uk", day: 10, amount: fixed(1_000) },
  ]);
  subscriptions(b, current, [{ slug: "puregym", day: 3, amount: yearly("gym", 2_499, 0.04), budCode: "DD" }]);
  spend(b, current, { city: CITY, perDay: [1.5, 1.1], weights: { tesco: 5, aldi: 2, coop: 4, pret: 5, tfl: 9, boots: 1, amazon: 1 } });
  cashWithdrawals(b, current, CITY, 1.5);
  moveMoney(b, current, savings, {
    on: monthlyOn(26),
    amount: fixed(40_000),
    l2: "savings",
    budCode: "SO",
    out: "ALEX MORGAN SAVINGS",
    in: "FROM A MORGAN SELECT ACCOUNT",
    suggested: ["Transfer to Everyday Saver", "Transfer from Select Account"],
  });
  // A summer holiday and Christmas are paid for partly from savings.
  moveMoney(b, savings, current, {
    on: monthlyOn(2, "after", [7, 12]),
    amount: yearly("holiday-top-up", 60_000, 0.05),
    regularity: false,
    l2: "savings",
    budCode: "BAT",
    out: "TO A MORGAN SELECT ACCOUNT",
    in: "FROM A MORGAN EVERYDAY SAVER",
    suggested: ["Transfer to Select Account", "Transfer from Everyday Saver"],
  });
  interestPaid(b, savings, "INTEREST (GROSS)", 1, interest(781_234, 20_150, baseRatePlus(-0.008)));

  subscriptions(b, card, [
    { slug: "netflix", day: 14, amount: yearly("netflix", 1_099, 0.08) },
    { slug: "spotify", day: 22, amount: yearly("spotify", 1_199, 0.08) },
    { slug: "disney_plus", day: 9, amount: yearly("disney", 799, 0.1) },
    { slug: "amazon_prime", day: 27, amount: fixed(899) },
    { slug: "apple", day: 4, amount: fixed(299) },
  ]);
  spend(b, card, {
    city: CITY,
    perDay: [0.65, 1.15],
    weights: {
      sainsburys: 3, caffnero: 4, costa: 2, nandos: 2, wagamama: 2, pizza_express: 1, wetherspoon: 3, deliveroo: 3, just_eat: 1,
      uber: 2, trainline: 1, amazon: 4, john_lewis: 1, marks_and_spencer: 1, asos: 2, argos: 1, odeon: 1, waterstones: 1,
      easyjet: 0.15, airbnb: 0.1,
    },
  });
  spend(b, card, { city: CITY, perDay: [0.03, 0.03], weights: { amazon: 3, asos: 2, john_lewis: 1 }, refund: true });
  const repayment = b.transfer(current, card, {
    l2: "credit_cards",
    budCode: "DD",
    out: "MONZO FLEX DD",
    in: "PAYMENT RECEIVED - THANK YOU",
    suggested: ["Monzo Flex", "Payment received"],
    tags: ["regular-transaction"],
    regularity: "monthly",
  });
  b.on(current, cardRepayment({ card: card.index, closingDay: 20, dueDay: 5, kind: repayment.kind, cardKind: repayment.to.kind }));
};
