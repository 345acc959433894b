/** Expected failures of a restore, answered by the export routes with their own status codes. */
export class AccountNotEmptyError extends Error {
  constructor() {
    super(
      'An export can only be restored into an empty account, and this one already has people or other data. Sign up a new account and restore there.',
    );
    this.name = 'AccountNotEmptyError';
  }
}

/** The uploaded file is not one a restore can read: `tooLarge` when only its size is wrong. */
export class ExportFileError extends Error {
  readonly tooLarge: boolean;

  constructor(message: string, { tooLarge = false }: { tooLarge?: boolean } = {}) {
    super(message);
    this.name = 'ExportFileError';
    this.tooLarge = tooLarge;
  }
}
