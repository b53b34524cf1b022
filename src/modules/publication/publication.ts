// The journal's identity: name, ISSN, language and time zone (editorial settings, in the database).

export interface Publication {
  name: string;
  tagline: string;
  issn: string | null;
  logoUrl: string | null;
  /** BCP 47 language tag, e.g. en-GB. */
  language: string;
  /** IANA time zone, e.g. Europe/London. */
  timeZone: string;
  accentColor: string;
}

/** ISSN check digit (ISO 3297): weights 8..2 on the first seven digits, mod 11, 10 is X. */
export function issnCheckDigit(firstSeven: string): string {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(firstSeven[i]) * (8 - i);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** True for a well-formed ISSN such as 2753-4189 whose check digit matches. */
export function isValidIssn(issn: string): boolean {
  const match = /^(\d{4})-(\d{3})([\dX])$/.exec(issn.trim().toUpperCase());
  if (!match) return false;
  return issnCheckDigit(`${match[1]}${match[2]}`) === match[3];
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
