// A constant body: what remains is Next's own cost per request on this machine.
const BODY = { ok: true, accounts: [] };

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(BODY, { headers: { "Cache-Control": "no-store" } });
}
