/**
 * The seeded demo user, which exists only in demo mode. Imported by the server page, which hands it to the form
 * only when demo mode is on, so these never reach the browser otherwise.
 */
export const DEMO_ACCOUNT = { email: "demo@budgie.test", password: "budgie-demo-2026" } as const;

export type DemoAccount = typeof DEMO_ACCOUNT;
