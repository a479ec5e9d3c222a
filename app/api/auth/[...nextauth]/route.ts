import NextAuth from "next-auth";
import { thirdPartyRoute } from "@/lib/api/route";
import { authOptions } from "@/lib/auth/options";

const handler = thirdPartyRoute(NextAuth(authOptions));

export { handler as GET, handler as POST };
