/** A failure an agent reports to its caller as an error response. */
export class AgentError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AgentError';
  }
}

export class RequestTimeoutError extends Error {
  constructor(
    readonly correlationId: string,
    readonly timeoutMs: number,
  ) {
    super(`No response within ${timeoutMs} ms (correlation ${correlationId})`);
    this.name = 'RequestTimeoutError';
  }
}

export class HandlerTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The handler did not finish within ${timeoutMs} ms`);
    this.name = 'HandlerTimeoutError';
  }
}
