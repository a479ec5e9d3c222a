"use client";

import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { PaymentOutcome } from "@/components/payments/payment-outcome";
import { PaymentProgress } from "@/components/payments/payment-progress";
import { paymentQuery } from "@/lib/queries";

/**
 * A payment's own page, where Bud Pay's callback lands: progress while the bank confirms (polling our API at the
 * pace it asks, which reads Bud's status or its webhook), then the outcome. Everything lives on the server, so a
 * reload is harmless.
 */
export function PaymentStatus({ paymentId }: { paymentId: string }) {
  const { data: view } = useSuspenseQuery({
    ...paymentQuery(paymentId),
    refetchInterval: (query) => query.state.data?.pollAfterMs ?? false,
  });
  useRefreshWhenFinal(view.state !== "in_progress");
  return view.state === "in_progress" ? <PaymentProgress view={view} /> : <PaymentOutcome view={view} />;
}

/** A payment that has finished moves balances, goals and the payments list: let them ask again. */
function useRefreshWhenFinal(final: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!final) return;
    void queryClient.invalidateQueries({ predicate: (query) => !(query.queryKey[0] === "payments" && query.queryKey[1] === "one") });
  }, [final, queryClient]);
}
