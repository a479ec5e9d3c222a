import { userRoute } from "@/lib/api/route";
import { againValues } from "@/lib/payments/views";

/** "Try again": the payment's form values, for a new form (which makes its own idempotency key). */
export const GET = userRoute<{ paymentId: string }>(({ user, params }) => againValues(user.id, params.paymentId));
