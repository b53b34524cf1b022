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

export interface PublicationProblem {
  field: keyof Publication;
  message: string;
}

export function isValidLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1 && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag);
  } catch {
    return false;
  }
}

/** Every problem with the settings, each with its field. */
export function checkPublication(p: Publication): PublicationProblem[] {
  const problems: PublicationProblem[] = [];
  if (p.name.trim() === '') problems.push({ field: 'name', message: 'Give the journal a name.' });
  if (p.name.length > 200) problems.push({ field: 'name', message: 'The name is longer than 200 characters.' });
  if (p.tagline.length > 300) problems.push({ field: 'tagline', message: 'The tagline is longer than 300 characters.' });
  if (p.issn && !isValidIssn(p.issn)) {
    problems.push({ field: 'issn', message: /^\d{4}-\d{3}[\dXx]$/.test(p.issn.trim()) ? 'The check digit does not match: check the number on your ISSN record.' : 'Write the ISSN as four digits, a hyphen and four digits (the last may be X).' });
  }
  if (p.logoUrl && !/^(https?:\/\/|\/media\/)\S+$/.test(p.logoUrl)) problems.push({ field: 'logoUrl', message: 'The logo address must start with https:// or be an uploaded image.' });
  if (!/^#[0-9a-fA-F]{6}$/.test(p.accentColor)) problems.push({ field: 'accentColor', message: 'Give the colour as # and six hexadecimal digits, for example #9b1c1c.' });
  if (!isValidLanguageTag(p.language)) problems.push({ field: 'language', message: 'Give a language tag such as en-GB or fr.' });
  if (!isValidTimeZone(p.timeZone)) problems.push({ field: 'timeZone', message: 'Give a time zone such as Europe/London.' });
  return problems;
}
