/**
 * Where the app's one-at-a-time time goes beyond the floor, by route weight on the same server: our JSON 404 (our
 * server, security headers and request-id log context, no session), `/api/me` (session cookie and one database
 * read) and `/api/accounts` (the same plus one validated Bud call), interleaved with the floor round by round.
 * Printed, never asserted: it tells whether a miss is Budgie's stack or the upstream call.
 */
import type { Session } from "./load";
import type { Server } from "./servers";
import { median, percentile, timed } from "./support";

const REQUESTS = 300;

export async function benchStack(rounds: number, floor: Server, app: Server, session: Session): Promise<void> {
  const routes: [string, () => Promise<Response>][] = [
    ["floor: constant JSON", () => fetch(`${floor.url}/api/floor`)],
    ["app: JSON 404, no session", () => fetch(`${app.url}/api/no-such-route`)],
    ["app: /api/me, session + database", () => session.fetch(`${app.url}/api/me`)],
    ["app: /api/accounts, + Bud call", () => session.fetch(`${app.url}/api/accounts`)],
  ];
  const p50s = routes.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, [, request]] of routes.entries()) {
      const ms = await timed(REQUESTS, 1, async () => void (await (await request()).arrayBuffer()));
      p50s[index]!.push(percentile(ms, 50));
    }
  }
  console.log(`\nOne at a time by route weight, ${app.name} (${rounds} interleaved rounds of ${REQUESTS}, median of the rounds' p50)`);
  for (const [index, [name]] of routes.entries()) console.log(`  ${name.padEnd(36)} ${median(p50s[index]!).toFixed(2).padStart(6)} ms`);
}
