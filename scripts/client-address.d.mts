/** Types for scripts/client-address.mjs (plain JavaScript so that `npm start` needs no TypeScript tooling). */
import type { BlockList } from "node:net";

export type TrustedProxies = { hops: number } | { list: BlockList };

export function parseTrustedProxies(value: string | undefined): TrustedProxies;
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trusted: TrustedProxies): string;
export function fromTrustedProxy(socketAddress: string | undefined, trusted: TrustedProxies): boolean;
