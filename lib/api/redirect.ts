import "server-only";

/** 303 See Other: after a form post or a redirect journey, the browser GETs `location` (never cached). */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
