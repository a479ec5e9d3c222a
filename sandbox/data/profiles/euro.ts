/**
 * Priya Shah, a motion designer in London with a Dutch client (see EURO_CUSTOMER): a Barclays current account
 * for her UK salary and life, a Monzo euro account that receives her euro invoices, pays for trips to Paris,
 * Barcelona and Berlin and converts the rest to pounds, and a NatWest savings account.
 */
import { civil, dayFromCivil } from "../calendar";
import { merchantKind } from "../kinds";
import type { Profile } from "../profile";
import { between, fixed, monthlyOn, recurring, yearly, type DayContext, type Schedule } from "../rules";
import { baseRatePlus, directDebits, interest, interestPaid, moveMoney, regular, rent, salary, spend, subscriptions } from "./life";

const HOLDER = "Priya Shah";

/** Where she goes, and what she spends on there (merchant → relative frequency). */
const TRIPS = {
  Paris: { carrefour: 3, monoprix: 3, paul: 5, ratp: 6, bolt: 2, sncf: 1 },
  Barcelona: { mercadona: 5, bolt: 4, renfe: 1 },
  Berlin: { rewe: 5, bolt: 3, deutsche_bahn: 1 },
} as const;

type City = keyof typeof TRIPS;
const CITIES = Object.keys(TRIPS) as City[];

/** At most one trip a month, 3–6 days long; whether, where and when follow from the month alone. */
function tripIn(ctx: DayContext, year: number, month: number): { city: City; start: number; end: number } | undefined {
  if (ctx.noise("trip", year, month) >= 0.4) return undefined;
  const city = CITIES[Math.floor(ctx.noise("trip-city", year, month) * CITIES.length)]!;
  const start = dayFromCivil(year, month, 2 + Math.floor(ctx.noise("trip-day", year, month) * 20));
  return { city, start, end: start + 2 + Math.floor(ctx.noise("trip-length", year, month) * 4) };
}

const onTrip =
  (city: City): Schedule =>
  (ctx) => {
    const trip = tripIn(ctx, ctx.date.year, ctx.date.month);
    return trip?.city === city && ctx.day >= trip.start && ctx.day <= trip.end;
  };

/** Flights and the stay are booked `daysAhead` before a trip starts. */
const bookingFor =
  (daysAhead: number): Schedule =>
  (ctx) => {
    const { year, month } = civil(ctx.day + daysAhead);
    return tripIn(ctx, year, month)?.start === ctx.day + daysAhead;
  };

/** EUR → GBP, moving a little month to month around 0.85. */
const eurToGbp = (ctx: DayContext) => 0.83 + 0.04 * ctx.noise("eur-gbp", ctx.date.year, ctx.date.month);

export const euro: Profile = (b) => {
  const current = b.account({
    holders: [HOLDER],
    key: "current",
    bank: "Barclays_Sandbox",
    name: "Bank Account",
    type: "current_account",
    openedOn: "2017-04-03",
    creditLimit: 50_000,
    balance: { opening: 210_000, floor: 12_000 },
  });
  const euros = b.account({
    holders: [HOLDER],
    key: "euro",
    bank: "Monzo_Sandbox",
    name: "Euro Account",
    type: "current_account",
    currency: "EUR",
    openedOn: "2021-03-01",
    utcOffset: 1,
    balance: { opening: 95_000, floor: 20_000 },
  });
  const savings = b.account({
    holders: [HOLDER],
    key: "savings",
    bank: "Natwest_Sandbox",
    name: "Flexible Saver",
    type: "savings",
    openedOn: "2018-06-20",
    balance: { opening: 1_240_000, floor: 100_000 },
  });

  salary(b, current, "Northlight Studios Ltd", 28, yearly("salary", 264_012, 0.03, 4), "309634 10493811");
  rent(b, current, "K Osei", "K OSEI FLAT RENT", yearly("rent", 115_000, 0.04, 6), "090128 77215530");
  directDebits(b, current, [
    { slug: "lambeth_council", day: 1, amount: yearly("council-tax", 12_300, 0.049, 4), months: [4, 5, 6, 7, 8, 9, 10, 11, 12, 1] },
    { slug: "british_gas", day: 17, amount: yearly("energy", 6_400, 0.04) },
    { slug: "ee", day: 23, amount: yearly("mobile", 1_800, 0.08, 4) },
    { slug: "virgin_media", day: 11, amount: yearly("broadband", 3_300, 0.07, 4) },
  ]);
  subscriptions(b, current, [{ slug: "spotify", day: 6, amount: yearly("spotify", 1_199, 0.08) }]);
  spend(b, current, {
    city: "London",
    perDay: [2.8, 3.4],
    weights: {
      sainsburys: 4, waitrose: 2, coop: 3, costa: 3, pret: 3, tfl: 10, deliveroo: 2, asos: 2, boots: 1, nandos: 1, wagamama: 2, amazon: 2,
    },
  });
  spend(b, current, { city: "London", perDay: [0.02, 0.02], weights: { asos: 2, amazon: 1 }, refund: true });
  moveMoney(b, current, savings, {
    on: monthlyOn(29, "before"),
    amount: yearly("saving", 150_000, 0.03),
    l2: "savings",
    budCode: "SO",
    out: "P SHAH FLEXIBLE SAVER",
    in: "FROM P SHAH BARCLAYS",
    suggested: ["Transfer to Flexible Saver", "Transfer from Barclays"],
  });
  interestPaid(b, savings, "GROSS INTEREST", 31, interest(1_400_000, 110_000, baseRatePlus(-0.01)));

  regular(b, euros, {
    description: "STUDIO NOORD BV INVOICE",
    suggested: "Studio Noord B.V.",
    l2: "self_employment_income",
    budCode: "BAT",
    on: monthlyOn(5),
    amount: yearly("invoice", 285_000, 0.03),
    direction: "credit",
    counterparty: { name: "Studio Noord B.V.", identifier: "NL91ABNA0417164300" },
  });
  moveMoney(b, euros, current, {
    on: monthlyOn(8),
    amount: yearly("conversion", 252_000, 0.03),
    l2: "other_banking",
    budCode: "BAT",
    out: "EXCHANGED TO GBP",
    in: "EXCHANGED FROM EUR",
    suggested: ["Exchanged to GBP", "Exchanged from EUR"],
    rate: eurToGbp,
  });
  for (const city of CITIES) spend(b, euros, { city, perDay: [7, 8], weights: TRIPS[city], when: onTrip(city), utcOffset: 1 });
  const flight = b.kind(merchantKind("ryanair"));
  const stay = b.kind(merchantKind("booking_com"));
  b.on(euros, recurring({ on: bookingFor(24), kind: flight, amount: between(3_900, 21_000), direction: "debit", hours: [19, 23], utcOffset: 1 }));
  b.on(euros, recurring({ on: bookingFor(21), kind: stay, amount: between(18_000, 52_000), direction: "debit", hours: [19, 23], utcOffset: 1 }));
  subscriptions(b, euros, [{ slug: "apple", day: 16, amount: fixed(299) }]);
};
