/**
 * Control API for the stand-in clock: read it, move it forward by days or to a date. Backwards is refused,
 * because data already served (refreshes, tasks, payments) must never end up in the future.
 */
import { Hono } from "hono";
import { z } from "zod";
import { ClockError } from "./clock";
import type { AppEnv } from "./context";
import { failedValidation } from "./http/errors";
import { parseOrFail, readJsonBody } from "./http/params";

const moveSchema = z.union([
  z.object({ advanceDays: z.number().int().min(0).max(3650) }).strict(),
  z.object({ today: z.iso.date() }).strict(),
]);

export const clockControlRoutes = new Hono<AppEnv>();

function clockView(c: { var: AppEnv["Variables"] }) {
  const { clock } = c.var.deps;
  return { today: clock.today(), now: new Date(clock.now()).toISOString() };
}

clockControlRoutes.get("/clock", (c) => c.json(clockView(c)));

clockControlRoutes.post("/clock", async (c) => {
  const move = parseOrFail(moveSchema, await readJsonBody(c));
  const { clock } = c.var.deps;
  try {
    if ("advanceDays" in move) clock.advance(move.advanceDays);
    else clock.moveTo(move.today);
  } catch (error) {
    if (error instanceof ClockError) throw failedValidation({ clock: [error.message] });
    throw error;
  }
  return c.json(clockView(c));
});
