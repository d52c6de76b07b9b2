/** The failures a person can be told about, each with its HTTP status. */
const statusOf = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  unavailable: 503,
} as const;

export type AppErrorCode = keyof typeof statusOf;

const brand = Symbol.for('roundtable.AppError');

export class AppError extends Error {
  readonly status: number;
  readonly [brand] = true;

  /**
   * Route bundles may each carry their own copy of this class while sharing
   * one runtime, so `instanceof` cannot be trusted across them; the brand can.
   */
  static is(error: unknown): error is AppError {
    return typeof error === 'object' && error !== null && brand in error;
  }

  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** Seconds after which trying again may succeed (sent as Retry-After). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = statusOf[code];
  }
}
