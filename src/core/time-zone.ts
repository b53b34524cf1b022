// Converting between UTC instants and wall-clock times in a named time zone, with Intl only.
// Editors type times in the publication's zone (datetime-local inputs carry no zone).

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockParts(instant: number, timeZone: string): number[] {
  let format = partFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    partFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return [Number(parts.year), Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)];
}

/** The zone's offset from UTC at an instant, in milliseconds (London in summer: +3,600,000). */
function offsetAt(instant: number, timeZone: string): number {
  const [y, mo, d, h, mi, s] = wallClockParts(instant, timeZone);
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) - Math.floor(instant / 1000) * 1000;
}

/**
 * "2026-03-29T01:30" typed in Europe/London → ISO UTC. A time skipped by a clock change
 * moves forward by the gap; a repeated time takes its first occurrence. Undefined if malformed.
 */
export function zonedLocalToUtc(local: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as number[];
  const s = match[6] ? Number(match[6]) : 0;
  const asUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!, s);
  if (Number.isNaN(asUtc) || mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59) return undefined;
  // The offsets half a day either side cover any transition near this time.
  const before = asUtc - offsetAt(asUtc - 12 * 3600_000, timeZone);
  const after = asUtc - offsetAt(asUtc + 12 * 3600_000, timeZone);
  const matching = [before, after].filter((instant) => wallClockMatches(instant, local, timeZone));
  // Both match in a repeated hour (take the first); neither in a skipped one (keep the old offset).
  const pick = matching.length ? Math.min(...matching) : before;
  return new Date(pick).toISOString();
}

function wallClockMatches(instant: number, local: string, timeZone: string): boolean {
  return utcToZonedLocal(new Date(instant).toISOString(), timeZone) === local.trim().slice(0, 16);
}

/** ISO UTC → "2026-11-28T09:30" on the zone's wall clock, for datetime-local inputs. */
export function utcToZonedLocal(iso: string, timeZone: string): string {
  const [y, mo, d, h, mi] = wallClockParts(Date.parse(iso), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y}-${pad(mo!)}-${pad(d!)}T${pad(h!)}:${pad(mi!)}`;
}
