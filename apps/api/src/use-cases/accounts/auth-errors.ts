import { ValidationError } from '@tend/domain';

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
    super(
      retryAfterSeconds < 60
        ? `Too many attempts. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`
        : `Too many attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    );
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

/** Creating the owner account without the right setup code: nobody becomes the owner. */
export class SetupCodeError extends Error {
  constructor(reason: 'missing' | 'wrong' | 'spent') {
    super(
      {
        missing: 'Enter the setup code printed in the server log to create the owner account',
        wrong: 'That is not the setup code printed in the server log',
        spent:
          'The owner account already exists, so the setup code is spent. Sign in, or sign up without it.',
      }[reason],
    );
    this.name = 'SetupCodeError';
  }
}

/** Sign-up with an e-mail that has an account: said at the field, and counted per address. */
export class EmailTakenError extends ValidationError {
  constructor() {
    super([{ path: ['email'], message: 'An account with this e-mail already exists' }]);
    this.name = 'EmailTakenError';
  }
}
