/**
 * Who is the client? Our server (scripts/server.mjs) answers this from the TCP socket and the trusted-proxy
 * setting, and writes the answer into X-Forwarded-For before Next sees the request, so nothing a client sends can
 * choose its own address. Plain JavaScript: `npm start` needs no TypeScript tooling.
 */
import { BlockList, isIP } from "node:net";

/** `::ffff:203.0.113.7` (an IPv4 client on a dual-stack socket) is the IPv4 address. */
function normalise(address) {
  const trimmed = address.trim();
  return trimmed.toLowerCase().startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

/**
 * BUDGIE_TRUSTED_PROXIES: unset or 0 → no proxy (the socket is the client); a whole number N → N proxies in front
 * (a load balancer is 1); otherwise a comma-separated list of proxy addresses or CIDR ranges.
 * Throws one sentence on a value it cannot use: a wrong setting must stop the server, not trust everybody.
 */
export function parseTrustedProxies(value) {
  const text = (value ?? "").trim();
  if (/^\d+$/.test(text) || text === "") return { hops: Number(text || 0) };
  const list = new BlockList();
  for (const entry of text.split(",").map((part) => part.trim()).filter(Boolean)) {
    const [address = "", prefix, extra] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || extra !== undefined || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits))) {
      throw new Error(
        `BUDGIE_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (use a hop count such as 1, or a list such as 10.0.0.0/8,192.0.2.7).`,
      );
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return { list };
}

function isTrusted(address, trusted) {
  const family = isIP(address);
  return family !== 0 && trusted.list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client address: the socket's peer, or, when that peer is a trusted proxy, the address it forwarded, and so
 * on back through X-Forwarded-For (proxies append, so the nearest hop is the last entry). With a hop count, the
 * client is that many hops back; a request that bypassed the proxies (a shorter chain) gets the farthest hop it
 * has, which is never further back than what our own proxies wrote.
 *
 * `forwardedFor` is the header as Node parsed it (a string, or undefined). A hop that is not an IP address ends
 * the walk: the last real address before it is used.
 */
export function clientAddress(socketAddress, forwardedFor, trusted) {
  const forwarded = typeof forwardedFor === "string" ? forwardedFor.split(",").map(normalise).filter(Boolean) : [];
  const hops = [normalise(socketAddress ?? ""), ...forwarded.reverse()];
  let index = 0;
  if ("hops" in trusted) index = Math.min(trusted.hops, hops.length - 1);
  else while (index < hops.length - 1 && isTrusted(hops[index], trusted)) index++;
  while (index > 0 && !isIP(hops[index])) index--;
  return hops[index];
}

/** Whether the socket's peer is one of our proxies, whose X-Forwarded-Host and -Proto may then be believed. */
export function fromTrustedProxy(socketAddress, trusted) {
  return "hops" in trusted ? trusted.hops > 0 : isTrusted(normalise(socketAddress ?? ""), trusted);
}
