/**
 * The merchants the seeded customers buy from, as Bud's enrichment would recognise them. Each has a raw card
 * descriptor (`{n}` = store number, `{city}`, `{ref}` = payment reference, filled per transaction), a category,
 * an ISO 18245 merchant category code and a brand colour for its generated logo (assets/merchants/<slug>.svg).
 */
import { PARENT_OF_L2, type CategoryL1, type CategoryL2 } from "./categories";
import { hashKey, uuidFrom } from "./random";

export interface MerchantInfo {
  slug: string;
  /** Bud's merchant id: a uuid, stable for the merchant whatever the seed. */
  id: string;
  name: string;
  website: string;
  l1: CategoryL1;
  l2: CategoryL2;
  mcc: string;
  descriptor: string;
  /** Logo background and text colours. */
  colour: string;
  ink: string;
}

type Row = [slug: string, name: string, website: string, l2: CategoryL2, mcc: string, descriptor: string, colour: string, ink?: string];

// prettier-ignore
const ROWS: Row[] = [
  // Groceries and coffee
  ["tesco", "Tesco", "www.tesco.com", "groceries", "5411", "TESCO STORES {n} {city} GBR", "#00539F"],
  ["sainsburys", "Sainsbury's", "www.sainsburys.co.uk", "groceries", "5411", "SAINSBURYS S/MKTS {n} {city} GBR", "#F06C00"],
  ["waitrose", "Waitrose", "www.waitrose.com", "groceries", "5411", "WAITROSE {n} {city} GBR", "#5E8C31"],
  ["aldi", "Aldi", "www.aldi.co.uk", "groceries", "5411", "ALDI {n} {city} GBR", "#00205B"],
  ["lidl", "Lidl", "www.lidl.co.uk", "groceries", "5411", "LIDL GB {city} GBR", "#0050AA", "#FFF000"],
  ["coop", "Co-op", "www.coop.co.uk", "groceries", "5411", "CO-OP GROUP {n} {city} GBR", "#00B1E7"],
  ["ocado", "Ocado", "www.ocado.com", "groceries", "5411", "OCADO RETAIL LTD HATFIELD GBR", "#5E2750"],
  ["caffnero", "Caffè Nero", "www.caffenero.com/uk", "coffee", "5814", "CAFFE NERO {n} {city} GBR", "#0B2341"],
  ["pret", "Pret A Manger", "www.pret.co.uk", "coffee", "5814", "PRET A MANGER {n} {city} GBR", "#862633"],
  ["costa", "Costa Coffee", "www.costa.co.uk", "coffee", "5814", "COSTA COFFEE {n} {city} GBR", "#6F1D3B"],
  // Eating out and takeaways
  ["nandos", "Nando's", "www.nandos.co.uk", "cafes_and_eating_out", "5812", "NANDOS {city} {n} GBR", "#D6001C"],
  ["wagamama", "wagamama", "www.wagamama.com", "cafes_and_eating_out", "5812", "WAGAMAMA {n} {city} GBR", "#1A1A1A"],
  ["pizza_express", "PizzaExpress", "www.pizzaexpress.com", "cafes_and_eating_out", "5812", "PIZZAEXPRESS {n} {city} GBR", "#1B365D"],
  ["wetherspoon", "JD Wetherspoon", "www.jdwetherspoon.com", "bars_and_pubs", "5813", "J D WETHERSPOON {n} {city} GBR", "#203E2F"],
  ["deliveroo", "Deliveroo", "deliveroo.co.uk", "takeaways", "5814", "DELIVEROO LONDON GBR", "#00CCBC"],
  ["just_eat", "Just Eat", "www.just-eat.co.uk", "takeaways", "5814", "JUST EAT.CO.UK LTD LONDON GBR", "#FF8000"],
  // Transport
  ["tfl", "Transport for London", "tfl.gov.uk", "public_transport", "4111", "TFL TRAVEL CH TFL.GOV.UK/CP GBR", "#0019A8"],
  ["trainline", "Trainline", "www.thetrainline.com", "trains", "4112", "TRAINLINE.COM EDINBURGH GBR", "#01A88F"],
  ["uber", "Uber", "www.uber.com", "taxi", "4121", "UBER *TRIP HELP.UBER.COM NLD", "#000000"],
  ["shell", "Shell", "www.shell.co.uk", "fuel", "5541", "SHELL {city} {n} GBR", "#FBCE07", "#DD1D21"],
  ["metrolink", "Bee Network", "tfgm.com", "public_transport", "4111", "TFGM METROLINK MANCHESTER GBR", "#F7C600", "#1A1A1A"],
  // Subscriptions, media and telecoms
  ["netflix", "Netflix", "www.netflix.com", "tv_streaming_services", "4899", "NETFLIX.COM AMSTERDAM NLD", "#E50914"],
  ["spotify", "Spotify", "www.spotify.com", "music_streaming", "5815", "SPOTIFY P{ref} STOCKHOLM SWE", "#1DB954", "#000000"],
  ["disney_plus", "Disney+", "www.disneyplus.com", "tv_streaming_services", "4899", "DISNEY PLUS LONDON GBR", "#113CCF"],
  ["amazon_prime", "Amazon Prime", "www.amazon.co.uk/prime", "tv_streaming_services", "4899", "AMAZON PRIME*{ref} AMZN.CO.UK/PM GBR", "#00A8E1"],
  ["apple", "Apple", "www.apple.com/uk", "software_and_apps", "5818", "APPLE.COM/BILL ITUNES.COM IRL", "#555555"],
  ["puregym", "PureGym", "www.puregym.com", "gym_and_fitness", "7997", "PUREGYM LTD LEEDS GBR", "#00A0AF"],
  ["bt", "BT", "www.bt.com", "broadband", "4814", "BT GROUP PLC", "#5514B4"],
  ["virgin_media", "Virgin Media", "www.virginmedia.com", "broadband", "4814", "VIRGIN MEDIA", "#C8102E"],
  ["vodafone", "Vodafone", "www.vodafone.co.uk", "mobile_phone", "4814", "VODAFONE LTD", "#E60000"],
  ["ee", "EE", "ee.co.uk", "mobile_phone", "4814", "EE LIMITED", "#007B85", "#FFD200"],
  ["tv_licensing", "TV Licensing", "www.tvlicensing.co.uk", "tv_licence", "4899", "TV LICENCE MBP", "#1E1E50"],
  // Utilities and councils
  ["octopus_energy", "Octopus Energy", "octopus.energy", "utilities_energy", "4900", "OCTOPUS ENERGY", "#180048", "#F050F8"],
  ["british_gas", "British Gas", "www.britishgas.co.uk", "utilities_energy", "4900", "BRITISH GAS", "#0077C8"],
  ["thames_water", "Thames Water", "www.thameswater.co.uk", "water", "4900", "THAMES WATER", "#005EB8"],
  ["bristol_water", "Bristol Water", "www.bristolwater.co.uk", "water", "4900", "BRISTOL WATER PLC", "#0088CE"],
  ["united_utilities", "United Utilities", "www.unitedutilities.com", "water", "4900", "UNITED UTILITIES", "#00558C"],
  ["lambeth_council", "Lambeth Council", "www.lambeth.gov.uk", "council_tax", "9311", "LB LAMBETH CTAX", "#00A19A"],
  ["bristol_city_council", "Bristol City Council", "www.bristol.gov.uk", "council_tax", "9311", "BRISTOL CITY COUNCIL", "#C8102E"],
  ["manchester_city_council", "Manchester City Council", "www.manchester.gov.uk", "council_tax", "9311", "MANCHESTER CC CTAX", "#6D2077"],
  // Shopping
  ["amazon", "Amazon", "www.amazon.co.uk", "online_marketplaces", "5999", "AMAZON.CO.UK*{ref} AMAZON.CO.UK GBR", "#232F3E", "#FF9900"],
  ["john_lewis", "John Lewis", "www.johnlewis.com", "department_stores", "5311", "JOHN LEWIS {n} {city} GBR", "#2B2B2B"],
  ["marks_and_spencer", "M&S", "www.marksandspencer.com", "clothing", "5311", "MARKS&SPENCER PLC {n} {city} GBR", "#00543C"],
  ["asos", "ASOS", "www.asos.com", "clothing", "5691", "ASOS.COM LONDON GBR", "#2D2D2D"],
  ["boots", "Boots", "www.boots.com", "health_and_beauty", "5912", "BOOTS {n} {city} GBR", "#05054B"],
  ["argos", "Argos", "www.argos.co.uk", "electronics", "5732", "ARGOS LTD {city} GBR", "#D42114"],
  ["ikea", "IKEA", "www.ikea.com/gb", "furniture_and_homeware", "5712", "IKEA {city} GBR", "#0058A3", "#FFDB00"],
  ["pets_at_home", "Pets at Home", "www.petsathome.com", "pets", "5995", "PETS AT HOME {n} {city} GBR", "#00853E"],
  ["aviva", "Aviva", "www.aviva.co.uk", "car_maintenance_and_insurance", "6300", "AVIVA INSURANCE", "#FFD900", "#004FB6"],
  ["odeon", "ODEON", "www.odeon.co.uk", "cinema_and_theatre", "7832", "ODEON CINEMAS {city} GBR", "#0B1F3F"],
  ["waterstones", "Waterstones", "www.waterstones.com", "books_and_reading", "5942", "WATERSTONES {n} {city} GBR", "#1C1C1C"],
  ["cancer_research_uk", "Cancer Research UK", "www.cancerresearchuk.org", "charity", "8398", "CANCER RESEARCH UK", "#2E008B"],
  // Travel
  ["easyjet", "easyJet", "www.easyjet.com", "flights_and_airport_expenses", "4511", "EASYJET {ref} LUTON GBR", "#FF6600"],
  ["british_airways", "British Airways", "www.britishairways.com", "flights_and_airport_expenses", "4511", "BRITISH AIRWAYS {ref} LONDON GBR", "#075AAA"],
  ["airbnb", "Airbnb", "www.airbnb.co.uk", "holiday_and_travel_expenses", "7011", "AIRBNB * HM{ref} LONDON GBR", "#FF5A5F"],
  // Sole trader: card takings and suppliers
  ["zettle", "Zettle by PayPal", "www.zettle.com", "business_income", "7399", "ZETTLE*SALE {ref}", "#0070E0"],
  ["booker", "Booker Wholesale", "www.booker.co.uk", "business_expenses", "5141", "BOOKER LTD {city} GBR", "#0E4C92"],
  ["costco", "Costco", "www.costco.co.uk", "business_expenses", "5300", "COSTCO WHOLESALE {city} GBR", "#E31837"],
  ["hmrc", "HMRC", "www.gov.uk/hmrc", "government_and_tax", "9311", "HMRC SELF ASSESSMENT", "#00703C"],
  // Euro trips (the Monzo euro account)
  ["carrefour", "Carrefour", "www.carrefour.fr", "groceries", "5411", "CARREFOUR CITY {city} FRA", "#004E9F"],
  ["monoprix", "Monoprix", "www.monoprix.fr", "groceries", "5411", "MONOPRIX {n} {city} FRA", "#E2001A"],
  ["paul", "PAUL", "www.paul.fr", "coffee", "5814", "PAUL {n} {city} FRA", "#1D1D1B", "#C9A961"],
  ["sncf", "SNCF Connect", "www.sncf-connect.com", "trains", "4112", "SNCF CONNECT PARIS FRA", "#A1006B"],
  ["ratp", "RATP", "www.ratp.fr", "public_transport", "4111", "RATP {city} FRA", "#009E8D"],
  ["mercadona", "Mercadona", "www.mercadona.es", "groceries", "5411", "MERCADONA {city} ESP", "#00843D"],
  ["renfe", "Renfe", "www.renfe.com", "trains", "4112", "RENFE VIAJEROS MADRID ESP", "#8B2D87"],
  ["rewe", "REWE", "www.rewe.de", "groceries", "5411", "REWE MARKT {city} DEU", "#CC071E"],
  ["deutsche_bahn", "Deutsche Bahn", "www.bahn.de", "trains", "4112", "DB VERTRIEB GMBH FRANKFURT DEU", "#EC0016"],
  ["bolt", "Bolt", "bolt.eu", "taxi", "4121", "BOLT.EU/O/{ref} TALLINN EST", "#34D186", "#000000"],
  ["booking_com", "Booking.com", "www.booking.com", "holiday_and_travel_expenses", "4722", "BOOKING.COM AMSTERDAM NLD", "#003580"],
  ["ryanair", "Ryanair", "www.ryanair.com", "flights_and_airport_expenses", "4511", "RYANAIR {ref} DUBLIN IRL", "#073590", "#F1C933"],
];

/** Merchants paid online rather than in person: their card payments carry Bud's `online` tag. */
export const ONLINE_MERCHANTS: ReadonlySet<string> = new Set([
  "amazon", "amazon_prime", "apple", "asos", "airbnb", "bolt", "booking_com", "british_airways", "deliveroo", "disney_plus",
  "easyjet", "just_eat", "netflix", "ocado", "renfe", "ryanair", "sncf", "spotify", "trainline", "uber", "deutsche_bahn",
]);

/** Card schemes, shown as Bud's `enrichments.processor` on card payments. */
export type ProcessorSlug = "visa" | "mastercard";

export const PROCESSORS: Readonly<Record<ProcessorSlug, Omit<MerchantInfo, "l1" | "l2" | "mcc" | "descriptor">>> = {
  visa: { slug: "visa", id: uuidFrom(hashKey("processor", "visa")), name: "Visa", website: "www.visa.co.uk", colour: "#1A1F71", ink: "#F7B600" },
  mastercard: {
    slug: "mastercard",
    id: uuidFrom(hashKey("processor", "mastercard")),
    name: "Mastercard",
    website: "www.mastercard.co.uk",
    colour: "#252525",
    ink: "#F79E1B",
  },
};

function parentOf(l2: CategoryL2): CategoryL1 {
  const l1 = PARENT_OF_L2.get(l2);
  if (!l1) throw new Error(`L2 without a parent: ${l2}`);
  return l1;
}

export const MERCHANTS: ReadonlyMap<string, MerchantInfo> = new Map(
  ROWS.map(([slug, name, website, l2, mcc, descriptor, colour, ink = "#FFFFFF"]) => [
    slug,
    { slug, id: uuidFrom(hashKey("merchant", slug)), name, website, l1: parentOf(l2), l2, mcc, descriptor, colour, ink },
  ]),
);

export function merchant(slug: string): MerchantInfo {
  const found = MERCHANTS.get(slug);
  if (!found) throw new Error(`Unknown merchant: ${slug}`);
  return found;
}
