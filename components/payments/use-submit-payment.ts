"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef } from "react";
import { apiFetch } from "@/lib/api-fetch";
import type { PaymentFormInput } from "@/lib/schemas/payments";

/** The route's answer: where the browser goes next (Bud Pay, or the payment it already made). */
interface Started {
  redirectTo: string;
}

/** The form's values as the route reads them: form-encoded, as a plain `<form method="post">` would send them. */
function formBody(values: PaymentFormInput): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== "") body.append(name, String(value));
  return body;
}

const startPayment = (values: PaymentFormInput) =>
  apiFetch<Started>("/api/payments", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: formBody(values),
  });

/**
 * Sends the reviewed payment and follows the answer into Bud Pay (or to the payment it already made). The button
 * stays disabled from the first click until the browser has left, and a second call while one is in flight is
 * dropped here too; the server's idempotency key is what makes a repeat the same payment all the same.
 */
export function useSubmitPayment() {
  const inFlight = useRef(false);
  const mutation = useMutation({
    mutationFn: startPayment,
    onSuccess: ({ redirectTo }) => window.location.assign(redirectTo),
    onSettled: (_data, error) => {
      if (error) inFlight.current = false;
    },
  });
  return {
    /** `onError` hears every failure (the form puts field errors back on their fields). */
    submit(values: PaymentFormInput, onError?: (error: Error) => void) {
      if (inFlight.current) return;
      inFlight.current = true;
      mutation.mutate(values, { onError });
    },
    /** From the first click until the page has gone (success keeps it busy while the browser navigates). */
    busy: mutation.isPending || mutation.isSuccess,
    error: mutation.error,
    reset: mutation.reset,
  };
}
