/**
 * How people typically spend at each merchant: the range of a single payment (minor units of the account's
 * currency), the local hours it happens in, and how many branches a customer uses. Profiles only say how
 * often; this table says how much and when, once for everyone.
 */

export interface Habit {
  min: number;
  max: number;
  hours: readonly [number, number];
  /** Distinct stores (store numbers in the descriptor) or, for one-off purchases, distinct references. */
  variants: number;
}

type Row = [min: number, max: number, from: number, to: number, variants: number];

// prettier-ignore
const ROWS: Record<string, Row> = {
  tesco: [850, 6500, 8, 21, 3], sainsburys: [900, 7200, 8, 21, 2], waitrose: [1200, 8400, 9, 20, 2],
  aldi: [1500, 6200, 9, 20, 1], lidl: [1200, 5600, 9, 20, 1], coop: [250, 2200, 7, 22, 3], ocado: [6000, 14500, 19, 23, 1],
  caffnero: [260, 720, 7, 17, 3], pret: [295, 1150, 7, 15, 4], costa: [250, 690, 7, 18, 3],
  nandos: [1800, 5200, 12, 22, 2], wagamama: [1600, 6400, 12, 22, 2], pizza_express: [2200, 7800, 12, 22, 2],
  wetherspoon: [420, 3800, 12, 23, 3], deliveroo: [1400, 4200, 18, 23, 40], just_eat: [1300, 3900, 18, 23, 40],
  tfl: [175, 890, 7, 23, 1], trainline: [1200, 9800, 8, 22, 60], uber: [650, 3400, 7, 23, 1], shell: [3500, 8500, 7, 21, 2],
  metrolink: [160, 720, 7, 22, 1],
  amazon: [600, 8500, 8, 23, 500], john_lewis: [1800, 24000, 10, 19, 1], marks_and_spencer: [1200, 9000, 10, 19, 2],
  asos: [1800, 11000, 8, 23, 1], boots: [350, 3800, 9, 19, 2], argos: [900, 15000, 10, 19, 1], ikea: [1500, 26000, 10, 19, 1],
  pets_at_home: [800, 5500, 10, 18, 1], odeon: [900, 3200, 13, 21, 1], waterstones: [799, 3400, 10, 19, 1],
  easyjet: [4500, 32000, 8, 22, 60], british_airways: [12000, 68000, 8, 22, 60], airbnb: [18000, 90000, 8, 22, 60],
  booker: [8000, 38000, 6, 11, 1], costco: [5000, 22000, 9, 18, 1],
  carrefour: [600, 4500, 8, 21, 2], monoprix: [500, 5200, 8, 21, 2], paul: [280, 1250, 7, 18, 2], sncf: [2500, 12000, 8, 21, 1],
  ratp: [215, 1690, 7, 23, 1], mercadona: [700, 5200, 9, 21, 2], renfe: [1800, 9500, 8, 21, 1], rewe: [600, 4800, 8, 21, 2],
  deutsche_bahn: [2900, 13900, 8, 21, 1], bolt: [700, 2900, 8, 23, 60], booking_com: [9000, 48000, 8, 22, 1], ryanair: [3900, 21000, 8, 22, 60],
};

export function habit(slug: string): Habit {
  const row = ROWS[slug];
  if (!row) throw new Error(`No spending habit for merchant ${slug}`);
  const [min, max, from, to, variants] = row;
  return { min, max, hours: [from, to], variants };
}
