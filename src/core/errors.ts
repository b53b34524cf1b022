// The one registry of error codes. Each code has its HTTP status and the message a
// user may see; anything else about a failure goes to the log only.
// docs/errors.md is generated from this table (a test keeps them in sync).

export const errorCodes = {
  NOT_FOUND: { status: 404, message: 'The page you asked for does not exist.' },
  ARTICLE_NOT_FOUND: { status: 404, message: 'There is no article at this address.' },
  SECTION_NOT_FOUND: { status: 404, message: 'There is no section at this address.' },
  AUTHOR_NOT_FOUND: { status: 404, message: 'There is no author at this address.' },
  TAG_NOT_FOUND: { status: 404, message: 'There is no tag at this address.' },
  PAGE_OUT_OF_RANGE: { status: 404, message: 'This archive has no page with that number.' },
  BAD_PAGE_NUMBER: { status: 400, message: 'The page number must be a whole number from 1 upwards.' },
  BAD_REQUEST: { status: 400, message: 'The request could not be understood.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'This kind of content is not accepted here.' },
  DATABASE_BUSY: { status: 503, message: 'The journal is busy; please try again in a moment.' },
  STORAGE_FULL: { status: 503, message: 'The journal cannot save anything right now; please try again shortly.' },
  NOT_READY: { status: 503, message: 'The journal is starting or its database is unreachable.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side. It has been logged.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCodes;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Safe to show to the user. */
  readonly publicMessage: string;
  /** Logged only; may hold internal detail. */
  readonly detail: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, detail?: Record<string, unknown>, options?: { cause?: unknown }) {
    super(`${code}: ${errorCodes[code].message}`, options);
    this.name = 'AppError';
    this.code = code;
    this.status = errorCodes[code].status;
    this.publicMessage = errorCodes[code].message;
    this.detail = detail;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
