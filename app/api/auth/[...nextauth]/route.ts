import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { withRequestLogContext } from "@/lib/security/request-id";

const nextAuth = NextAuth(authOptions);

/** next-auth's handler, with the request id on its log lines (sign-in and sign-out events). */
function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  return withRequestLogContext(request.headers, () => nextAuth(request, context));
}

export { handler as GET, handler as POST };
