import localFont from "next/font/local";

// Self-hosted from @fontsource-variable (next/font/google would download at build): one variable file covers
// every weight. Defined once so the root layout and the global error page share one font instance.
export const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  weight: "100 900",
  display: "swap",
});
