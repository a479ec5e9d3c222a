import { notFound } from "next/navigation";

/**
 * Any path no page owns: a 404 inside the app shell for a signed-in customer (the layout sends anyone else to
 * sign-in), rather than the bare root not-found page.
 */
export default function MissingPage(): never {
  notFound();
}
