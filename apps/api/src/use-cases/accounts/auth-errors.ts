/** Sign-in failures, answered by the auth routes with their own status codes. */
export class InvalidCredentialsError extends Error {
  constructor() {
    super('Wrong e-mail or password');
    this.name = 'InvalidCredentialsError';
  }
}

export class RateLimitedError extends Error {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
    this.name = 'RateLimitedError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class SignUpClosedError extends Error {
  constructor() {
    super('Sign-up is closed on this server. Ask its owner for an account.');
    this.name = 'SignUpClosedError';
  }
}
