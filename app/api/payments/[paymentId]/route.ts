import { userRoute } from "@/lib/api/route";
import { paymentView } from "@/lib/payments/views";

export const GET = userRoute<{ paymentId: string }>(({ user, params }) => paymentView(user.id, params.paymentId));
