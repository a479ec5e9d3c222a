import { userRoute } from "@/lib/api/route";
import { listPaymentProviders } from "@/lib/payments/views";

export const GET = userRoute(() => listPaymentProviders());
