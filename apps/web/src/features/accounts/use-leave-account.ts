import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import {
  type AuthSession,
  authSessionQueryKey,
  forgetAccountData,
  type Notice,
  refreshAuthSession,
} from './auth-session.ts';

/**
 * After the server ended this session (sign-out, sign out everywhere, a deleted account):
 * learn the new session state, go to sign-in and forget the account's cached data.
 */
export const useLeaveAccount = () => {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (notice?: Notice) => {
      await refreshAuthSession(queryClient).catch(() => {
        queryClient.setQueryData<AuthSession>(authSessionQueryKey, (session) =>
          session ? { ...session, signedIn: false } : session,
        );
      });
      await navigate({ to: '/sign-in', search: { notice }, replace: true });
      forgetAccountData(queryClient);
    },
    [queryClient, navigate],
  );
};
