/*
 * IBANs (ISO 13616). Browser-safe and dependency-free: the payment form, our route and the Bud stand-in all check
 * with this one function.
 */

/** As people type it ("gb82 west 1234 …") → Bud's form: upper case, no spaces. */
export function normaliseIban(text: string): string {
  return text.replace(/\s+/g, "").toUpperCase();
}

/** Move the first four characters to the end, letters to numbers (A = 10), and the remainder mod 97 must be 1. */
export function validIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,28}$/.test(iban)) return false;
  const numeric = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}
