import type { Coins } from './sheet/inventory';

/**
 * Coin arithmetic by the SRD's exchange rates (1 pp = 10 gp = 20 ep = 100
 * sp = 1,000 cp): what a purse is worth, paying a price from one and making
 * change, and coins for an amount.
 */

type Coin = keyof Coins;

/** Copper pieces per coin. */
const worth: Record<Coin, number> = { cp: 1, sp: 10, ep: 50, gp: 100, pp: 1000 };
const largestFirst: Coin[] = ['pp', 'gp', 'ep', 'sp', 'cp'];

export const noCoins: Coins = { cp: 0, sp: 0, ep: 0, gp: 0, pp: 0 };

/** A purse's worth in copper pieces. */
export function valueInCopper(coins: Partial<Coins>): number {
  return largestFirst.reduce((sum, coin) => sum + (coins[coin] ?? 0) * worth[coin], 0);
}

/** An amount as the fewest gold, silver and copper pieces: how merchants pay and give change. */
export function coinsFor(copper: number): Coins {
  const gp = Math.floor(copper / 100);
  const sp = Math.floor((copper % 100) / 10);
  return { ...noCoins, gp, sp, cp: copper % 10 };
}

/** Adds two purses coin by coin; a negative result is the caller's to refuse. */
export function addCoins(a: Partial<Coins>, b: Partial<Coins>): Coins {
  return Object.fromEntries(largestFirst.map((coin) => [coin, (a[coin] ?? 0) + (b[coin] ?? 0)])) as Coins;
}

export function negate(coins: Partial<Coins>): Coins {
  return Object.fromEntries(largestFirst.map((coin) => [coin, -(coins[coin] ?? 0)])) as Coins;
}

/**
 * Pays `price` copper from a purse: the largest coins that do not overpay
 * first, then, if that falls short, one coin that covers the rest, with the
 * change given back. Returns the purse afterwards, or null when it is not
 * worth the price. Its worth always falls by exactly the price.
 */
export function payFrom(purse: Coins, price: number): Coins | null {
  if (valueInCopper(purse) < price) return null;
  const after = { ...purse };
  let owed = price;
  for (const coin of largestFirst) {
    const take = Math.min(after[coin], Math.floor(owed / worth[coin]));
    after[coin] -= take;
    owed -= take * worth[coin];
  }
  if (owed === 0) return after;
  // Every kind of coin that could pay more without overpaying was spent, so the smallest coin left covers the rest.
  const cover = [...largestFirst].reverse().find((coin) => after[coin] > 0 && worth[coin] >= owed)!;
  after[cover] -= 1;
  return addCoins(after, coinsFor(worth[cover] - owed));
}

/** A purse as words: "3 gp, 5 sp", or "no coins". */
export function describeCoins(coins: Partial<Coins>): string {
  const held = largestFirst.filter((coin) => (coins[coin] ?? 0) > 0).map((coin) => `${coins[coin]} ${coin}`);
  return held.length ? held.join(', ') : 'no coins';
}
