// WordPress's discussion settings, as Masthead keeps them (in the database, edited in the desk).

export interface DiscussionSettings {
  /** New comments are accepted at all. */
  commentsEnabled: boolean;
  /** Close comments on articles older than this many days; 0 never closes. */
  closeAfterDays: number;
  /** Hold every comment for a moderator. */
  manualApproval: boolean;
  /** Approve only authors with an earlier approved comment (same name and email); hold the rest. */
  requirePreviouslyApproved: boolean;
  /** Hold a comment with at least this many links; 0 turns the rule off. */
  holdLinkCount: number;
  /** A comment containing one of these (in text, name, email, website, address or browser) is held. */
  moderationWords: string[];
  /** A comment containing one of these goes to the trash. */
  disallowedWords: string[];
  /** Reply depth, 1 to 10. */
  threadDepth: number;
  /** Seconds a person needs at least between seeing the form and sending it. */
  minFillSeconds: number;
  /** Drop blatant spam unseen (the poster sees the ordinary held answer). */
  discardBlatantSpam: boolean;
  notifyModerators: boolean;
  notifyAuthors: boolean;
  /** Days after which spam and trash are deleted for good. */
  purgeAfterDays: number;
  /** Ask an Akismet-protocol service elsewhere instead of the built-in filter (off by default). */
  remoteCheckerEnabled: boolean;
  /** Its host (and port), e.g. rest.akismet.com. */
  remoteCheckerHost: string;
  /** Its API key. */
  remoteCheckerKey: string;
}

export const defaultDiscussionSettings: DiscussionSettings = {
  commentsEnabled: true,
  closeAfterDays: 0,
  manualApproval: false,
  requirePreviouslyApproved: true,
  holdLinkCount: 2,
  moderationWords: [],
  disallowedWords: [],
  threadDepth: 5,
  minFillSeconds: 3,
  discardBlatantSpam: false,
  notifyModerators: true,
  notifyAuthors: true,
  purgeAfterDays: 15,
  remoteCheckerEnabled: false,
  remoteCheckerHost: 'rest.akismet.com',
  remoteCheckerKey: '',
};

export const MAX_THREAD_DEPTH = 10;

/** Reads stored JSON over the defaults, so settings added later get their default. */
export function parseDiscussionSettings(json: string | undefined): DiscussionSettings {
  if (!json) return { ...defaultDiscussionSettings };
  try {
    const stored = JSON.parse(json) as Partial<DiscussionSettings>;
    return { ...defaultDiscussionSettings, ...stored };
  } catch {
    return { ...defaultDiscussionSettings };
  }
}

export interface SettingsProblem {
  field: keyof DiscussionSettings;
  message: string;
}

export function checkDiscussionSettings(s: DiscussionSettings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const whole = (field: keyof DiscussionSettings, value: number, min: number, max: number, label: string) => {
    if (!Number.isInteger(value) || value < min || value > max) problems.push({ field, message: `${label} must be a whole number from ${min} to ${max}.` });
  };
  whole('closeAfterDays', s.closeAfterDays, 0, 36500, 'Days before comments close');
  whole('holdLinkCount', s.holdLinkCount, 0, 100, 'The link count');
  whole('threadDepth', s.threadDepth, 1, MAX_THREAD_DEPTH, 'The reply depth');
  whole('minFillSeconds', s.minFillSeconds, 0, 120, 'The minimum time');
  whole('purgeAfterDays', s.purgeAfterDays, 1, 3650, 'Days before spam is deleted');
  if (s.remoteCheckerEnabled) {
    if (!/^(https?:\/\/)?[a-z0-9.-]+(:\d{1,5})?\/?$/i.test(s.remoteCheckerHost)) problems.push({ field: 'remoteCheckerHost', message: 'Give the service’s host name, such as rest.akismet.com.' });
    if (!/^[a-z0-9]{8,64}$/i.test(s.remoteCheckerKey)) problems.push({ field: 'remoteCheckerKey', message: 'Give the service’s API key (letters and digits).' });
  }
  return problems;
}

/** One word or phrase a line, trimmed, empty lines dropped (WordPress's format). */
export function parseWordList(text: string): string[] {
  return text.split(/\r?\n/).map((w) => w.trim()).filter(Boolean).slice(0, 2000);
}
