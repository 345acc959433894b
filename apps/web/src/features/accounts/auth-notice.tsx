import { NOTICES, type Notice } from './auth-session.ts';

/** Why the user is back on the sign-in page, when it was not their own choice to sign out. */
export const AuthNotice = ({ notice }: { notice: Notice | undefined }) =>
  notice ? (
    <p className="notice notice-info" role="status">
      {NOTICES[notice]}
    </p>
  ) : null;
