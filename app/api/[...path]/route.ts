import { errorResponse } from "@/lib/api/errors";
import { publicRoute } from "@/lib/api/route";

/** Any /api path no route handler owns: our one JSON error shape with a 404, not Next's HTML 404 page. */
const notFound = publicRoute(async () => errorResponse(404, "not_found", "There is no such API endpoint."));

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
