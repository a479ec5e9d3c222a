/**
 * Seeded hashing and a small PRNG. Everything the world generates is keyed by a hash of stable inputs
 * (seed, customer, account, date …), never by a running stream, so one day's data cannot shift when the
 * history window moves or when another account gains a rule.
 */

/** 32-bit FNV-1a over the parts, joined by a separator that cannot occur in them. */
export function hashKey(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5;
  const text = parts.join("\u001f");
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix(h, text.length);
}

/** Combines two 32-bit words (murmur3's finaliser over a ^ rotated b): cheap, well spread. */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1) ^ (b >>> 16)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function hex32(word: number): string {
  return (word >>> 0).toString(16).padStart(8, "0");
}

/** `count` hex words derived from one key: transaction ids, group labels, uuids. */
export function hexWords(key: number, count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += hex32(mix(key, i + 1));
  return out;
}

/** A version-4-shaped uuid derived from a key (stable merchant ids, account-independent). */
export function uuidFrom(key: number): string {
  const h = hexWords(key, 4);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[key & 3]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** mulberry32: 32 bits of state, fast, good enough for synthetic data. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /** Index chosen with the given (non-negative) weights. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** Log-uniform integer in [min, max]: small amounts are common, large ones rare, as in real spending. */
  logUniform(min: number, max: number): number {
    return Math.round(Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min))));
  }

  /** Event count with mean `lambda` (Knuth for small means, a rounded normal for large ones). */
  poisson(lambda: number): number {
    if (lambda > 30) {
      const normal = Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
      return Math.max(0, Math.round(lambda + normal * Math.sqrt(lambda)));
    }
    const limit = Math.exp(-lambda);
    let count = 0;
    for (let p = this.next(); p > limit; p *= this.next()) count++;
    return count;
  }
}
