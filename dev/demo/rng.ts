/**
 * Seeded pseudo-random numbers (mulberry32), so that the same seed always yields the same site.
 * Every random choice of the generator goes through one `Rng`, in a fixed order.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick: expected a non-empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight; `weights` pairs each item with a non-negative weight. */
  weighted<T>(weights: ReadonlyArray<readonly [T, number]>): T {
    const total = weights.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [item, w] of weights) {
      roll -= w;
      if (roll < 0) return item;
    }
    const last = weights[weights.length - 1];
    if (last === undefined) throw new Error('Rng.weighted: expected at least one weight');
    return last[0];
  }

  /** Rounds `x` up or down at random so that the mean equals `x` (turns rates into counts). */
  round(x: number): number {
    const floor = Math.floor(x);
    return floor + (this.chance(x - floor) ? 1 : 0);
  }

  /** A copy of `items` in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      const a = out[i] as T;
      out[i] = out[j] as T;
      out[j] = a;
    }
    return out;
  }

  /** Eight hex digits, for identifiers that look random (account ids). */
  hex8(): string {
    return Math.floor(this.next() * 4294967296)
      .toString(16)
      .padStart(8, '0');
  }
}
