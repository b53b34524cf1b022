// Login throttling as a pure rule: given the recent failures, may this attempt proceed?
// Keyed on the (account, address) pair so a stranger cannot lock an editor out from
// everywhere, with per-address and per-account ceilings on top (test plan A1).

export const FREE_ATTEMPTS = 5;
const BASE_WAIT_MS = 10 * 60_000;
const MAX_WAIT_MS = 24 * 3600_000;
export const PER_ADDRESS_PER_MINUTE = 6;
export const PER_ADDRESS_PER_HOUR = 30;
export const PER_ACCOUNT_PER_HOUR = 100;

export interface FailureCounts {
  /** Failures for this account from this address since its last success, newest last. */
  pair: string[];
  /** Failures from this address in the last minute and the last hour (any account). */
  addressLastMinute: number;
  addressLastHour: number;
  /** Failures for this account in the last hour (any address). */
  accountLastHour: number;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function decideLogin(counts: FailureCounts, now: Date): ThrottleDecision {
  const waits: number[] = [];
  const n = counts.pair.length;
  if (n >= FREE_ATTEMPTS) {
    // 10 minutes after the fifth failure, doubling with each further one, at most a day.
    const wait = Math.min(BASE_WAIT_MS * 2 ** (n - FREE_ATTEMPTS), MAX_WAIT_MS);
    const until = Date.parse(counts.pair[n - 1]!) + wait;
    if (until > now.getTime()) waits.push(until - now.getTime());
  }
  if (counts.addressLastMinute >= PER_ADDRESS_PER_MINUTE) waits.push(60_000);
  if (counts.addressLastHour >= PER_ADDRESS_PER_HOUR) waits.push(3600_000);
  if (counts.accountLastHour >= PER_ACCOUNT_PER_HOUR) waits.push(3600_000);
  if (waits.length === 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.ceil(Math.max(...waits) / 1000) };
}
