import type { LinkProblem } from "@/lib/schemas/connect";

/* Our own pages in the Connect journey. Browser-safe. */

export const journeyPath = (journeyId: string) => `/connections/journeys/${encodeURIComponent(journeyId)}`;

export const linkProblemPath = (reason: LinkProblem) => `/connections/link-problem?reason=${reason}`;
