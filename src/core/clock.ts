// Time comes from a clock so that rules and tests can fix "now".
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: string | Date): Clock & { set(to: string | Date): void } {
  let current = new Date(at);
  return {
    now: () => new Date(current),
    set(to) {
      current = new Date(to);
    },
  };
}

/** Timestamps are stored as ISO 8601 UTC text with milliseconds, so they sort as strings on both dialects. */
export const toIso = (date: Date): string => date.toISOString();
