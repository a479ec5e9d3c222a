/**
 * The data a customer created through the API gets when it connects a sandbox bank: a current account (salary,
 * rent, bills, card spending, cash), a savings account fed by standing order, and a credit card paid off in full
 * by direct debit, all at that bank. The person behind it (name, city, employer, pay, rent, habits) is drawn
 * from (seed, customer, provider), so every customer looks different but always the same.
 */
import type { AccountHandle, Profile, ProfileBuilder } from "../profile";
import type { ProviderId } from "../providers";
import { hashKey } from "../random";
import { cardRepayment, fixed, monthlyOn, yearly } from "../rules";
import { baseRatePlus, cashWithdrawals, directDebits, interest, interestPaid, moveMoney, rent, salary, spend, subscriptions } from "./life";

/** What each bank calls its products. */
const PRODUCTS: Readonly<Record<ProviderId, { current: string; savings: string; card: string }>> = {
  Natwest_Sandbox: { current: "Select Account", savings: "Digital Regular Saver", card: "NatWest Credit Card" },
  Barclays_Sandbox: { current: "Bank Account", savings: "Rainy Day Saver", card: "Barclaycard Platinum" },
  Monzo_Sandbox: { current: "Personal Account", savings: "Instant Access Pot", card: "Monzo Flex" },
};

/** Where people live, with the council and water company that bill them there. */
const PLACES = [
  { city: "London", council: "lambeth_council", water: "thames_water", transport: "tfl" },
  { city: "Bristol", council: "bristol_city_council", water: "bristol_water", transport: "uber" },
  { city: "Manchester", council: "manchester_city_council", water: "united_utilities", transport: "metrolink" },
] as const;

const GIVEN_NAMES = ["Jordan", "Amira", "Callum", "Mei", "Oliver", "Zainab", "Ewan", "Grace", "Tariq", "Hannah", "Leon", "Siobhan"];
const FAMILY_NAMES = ["Patel", "Hughes", "Nowak", "Campbell", "Adeyemi", "Fletcher", "Kaur", "Doyle", "Chen", "Barker", "Evans", "Rossi"];
const EMPLOYERS = ["Northgate Logistics Ltd", "Harbour Health NHS Trust", "Kestrel Software Ltd", "Greenline Retail plc", "Meridian Insurance Ltd"];

/** A stable number in [0, 1) for this customer at this bank. */
type Draw = (...parts: readonly string[]) => number;

function drawFor(b: ProfileBuilder, provider: ProviderId): Draw {
  return (...parts) => hashKey(b.seed, b.customerId, provider, ...parts) / 4_294_967_296;
}

function pick<T>(items: readonly T[], draw: number): T {
  return items[Math.floor(draw * items.length)]!;
}

/** Minor units in [min, max), rounded to whole pounds plus a fixed odd number of pence so bills look real. */
function pounds(draw: number, min: number, max: number, pence = 0): number {
  return Math.round((min + draw * (max - min)) / 100) * 100 + pence;
}

/** A six-digit sort code and eight-digit account number for a counterparty, stable per customer. */
function counterpartyAccount(draw: number): string {
  const digits = String(Math.floor(draw * 1e14)).padStart(14, "0");
  return `${digits.slice(0, 6)} ${digits.slice(6, 14)}`;
}

export function genericBank(provider: ProviderId): Profile {
  return (b) => {
    const draw = drawFor(b, provider);
    const place = pick(PLACES, draw("place"));
    const holder = `${pick(GIVEN_NAMES, draw("given"))} ${pick(FAMILY_NAMES, draw("family"))}`;
    const products = PRODUCTS[provider];
    const openedYear = 2012 + Math.floor(draw("opened") * 8);
    const account = (key: string, input: Omit<Parameters<ProfileBuilder["account"]>[0], "key" | "bank" | "holders">): AccountHandle =>
      b.account({ key: `${provider}/${key}`, bank: provider, holders: [holder], ...input });

    const current = account("current", {
      name: products.current,
      type: "current_account",
      openedOn: `${openedYear}-04-1${Math.floor(draw("opened-day") * 9)}`,
      creditLimit: 50_000,
      balance: { floor: -pounds(draw("dip"), 0, 30_000, 37) },
    });
    const savings = account("savings", {
      name: products.savings,
      type: "savings",
      openedOn: `${openedYear + 2}-09-0${1 + Math.floor(draw("savings-day") * 8)}`,
      balance: { opening: pounds(draw("savings"), 150_000, 900_000), floor: 10_000 },
    });
    const card = account("card", {
      name: products.card,
      type: "credit_card",
      openedOn: `${openedYear + 4}-02-2${Math.floor(draw("card-day") * 8)}`,
      creditLimit: pounds(draw("limit"), 200_000, 800_000),
      balance: { ceiling: -pounds(draw("card-balance"), 1_000, 8_000, 64) },
    });

    const pay = pounds(draw("salary"), 210_000, 480_000, 17);
    const employer = pick(EMPLOYERS, draw("employer"));
    salary(b, current, employer, 20 + Math.floor(draw("payday") * 9), yearly("salary", pay, 0.03, 4), counterpartyAccount(draw("employer-account")));
    const landlord = `${pick(["J", "S", "M", "K"], draw("landlord-initial"))} ${pick(FAMILY_NAMES, draw("landlord"))}`;
    const rentAmount = Math.round(pay * (0.3 + draw("rent") * 0.12) / 500) * 500;
    rent(b, current, landlord, `${landlord.toUpperCase()} RENT`, yearly("rent", rentAmount, 0.04, 9), counterpartyAccount(draw("landlord-account")));
    directDebits(b, current, [
      { slug: place.council, day: 1 + Math.floor(draw("council-day") * 15), amount: yearly("council-tax", pounds(draw("council"), 12_000, 19_000, 40), 0.049, 4), months: [4, 5, 6, 7, 8, 9, 10, 11, 12, 1] },
      { slug: pick(["octopus_energy", "british_gas"], draw("energy-company")), day: 12, amount: yearly("energy", pounds(draw("energy"), 7_000, 14_000, 21), 0.04) },
      { slug: place.water, day: 20, amount: yearly("water", pounds(draw("water"), 2_800, 4_800, 52), 0.07, 4) },
      { slug: pick(["bt", "virgin_media"], draw("broadband-company")), day: 8, amount: yearly("broadband", pounds(draw("broadband"), 2_500, 5_500, 99), 0.06, 4) },
      { slug: pick(["vodafone", "ee"], draw("mobile-company")), day: 18, amount: yearly("mobile", pounds(draw("mobile"), 1_000, 3_000, 0), 0.07, 4) },
    ]);
    if (draw("gym") < 0.6) subscriptions(b, current, [{ slug: "puregym", day: 3, amount: yearly("gym", 2_499, 0.04), budCode: "DD" }]);
    const pace = 0.7 + draw("pace") * 0.6;
    spend(b, current, {
      city: place.city,
      perDay: [1.4 * pace, 1.1 * pace],
      weights: { tesco: 5, aldi: 2 + 3 * draw("aldi"), coop: 3, pret: 3 * draw("pret"), costa: 2, [place.transport]: 6, boots: 1, amazon: 1 },
    });
    cashWithdrawals(b, current, place.city, 1 + draw("cash") * 2);
    moveMoney(b, current, savings, {
      on: monthlyOn(26),
      amount: fixed(pounds(draw("saving"), 5_000, 40_000)),
      l2: "savings",
      budCode: "SO",
      out: `${holder.toUpperCase()} SAVINGS`,
      in: `FROM ${holder.toUpperCase()}`,
      suggested: [`Transfer to ${products.savings}`, `Transfer from ${products.current}`],
    });
    interestPaid(b, savings, "INTEREST (GROSS)", 1, interest(pounds(draw("savings"), 150_000, 900_000), 10_000, baseRatePlus(-0.01)));

    subscriptions(b, card, [
      { slug: "netflix", day: 1 + Math.floor(draw("netflix") * 27), amount: yearly("netflix", 1_099, 0.08) },
      { slug: "spotify", day: 1 + Math.floor(draw("spotify") * 27), amount: yearly("spotify", 1_199, 0.08) },
      ...(draw("disney") < 0.4 ? [{ slug: "disney_plus", day: 9, amount: yearly("disney", 799, 0.1) }] : []),
    ]);
    spend(b, card, {
      city: place.city,
      perDay: [0.6 * pace, 1.1 * pace],
      weights: {
        sainsburys: 3, caffnero: 3, nandos: 2, wagamama: 1 + draw("wagamama"), pizza_express: 1, wetherspoon: 2, deliveroo: 3 * draw("deliveroo"),
        just_eat: 1, uber: 1, trainline: 1, amazon: 4, john_lewis: 0.5, marks_and_spencer: 1, asos: 2 * draw("asos"), argos: 1, odeon: 1,
        waterstones: 0.5, easyjet: 0.15, airbnb: 0.1,
      },
    });
    spend(b, card, { city: place.city, perDay: [0.03, 0.03], weights: { amazon: 3, asos: 1, argos: 1 }, refund: true });
    const repayment = b.transfer(current, card, {
      l2: "credit_cards",
      budCode: "DD",
      out: `${products.card.toUpperCase()} DD`,
      in: "PAYMENT RECEIVED - THANK YOU",
      suggested: [products.card, "Payment received"],
      tags: ["regular-transaction"],
      regularity: "monthly",
    });
    b.on(current, cardRepayment({ card: card.index, closingDay: 18, dueDay: 3, kind: repayment.kind, cardKind: repayment.to.kind }));
  };
}
