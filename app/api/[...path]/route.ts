import { errorResponse } from "@/lib/api/errors";

/** Any /api path no route handler owns: our one JSON error shape, not Next's HTML 404 page. */
function notFound(): Response {
  return errorResponse(404, "not_found", "There is no such API endpoint.");
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
