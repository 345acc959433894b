import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { errorText } from '../../lib/field-errors.ts';
import { request } from '../../lib/request.ts';
import {
  GROUPS_TODAY_KEY,
  GroupsTodayQuery,
  MarkGroupAttendedTodayMutation,
  refreshAfterMeeting,
} from './meeting-queries.ts';

/**
 * "I went today" in one tap: today's meeting of the group, attended, at its usual costs. Once
 * today's meeting is logged it says so and cannot be pressed again. Every button on a page
 * shares one query of which groups have theirs. `autoFocus` focuses it once it can be pressed.
 */
export const WentTodayButton = ({
  groupId,
  groupName,
  big = false,
  autoFocus = false,
}: {
  groupId: string;
  groupName: string;
  big?: boolean;
  autoFocus?: boolean;
}) => {
  const queryClient = useQueryClient();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  const today = useQuery({ queryKey: GROUPS_TODAY_KEY, queryFn: () => request(GroupsTodayQuery) });
  const logged = Boolean(today.data?.groups.find((g) => g.id === groupId)?.todaysMeeting);
  const mark = useMutation({
    mutationFn: async () => {
      const result = (await request(MarkGroupAttendedTodayMutation, { groupId }))
        .markGroupAttendedToday;
      // The button turns to "Logged today" only once the group's views have it.
      if (result.__typename === 'GroupMeeting') await refreshAfterMeeting(queryClient);
      return result;
    },
    onMutate: () => setError(null),
    onSuccess: (result) => {
      if (result.__typename === 'GroupMeeting') return;
      setError(
        'issues' in result ? (result.issues?.[0]?.message ?? result.message) : result.message,
      );
    },
    onError: (failure) => setError(errorText(failure)),
  });
  const disabled = logged || mark.isPending || today.isPending;

  // A disabled button cannot take the focus, so it waits until this one can be pressed.
  useEffect(() => {
    if (autoFocus && !disabled) buttonRef.current?.focus();
  }, [autoFocus, disabled]);

  return (
    <div className={big ? 'went-today went-today-big' : 'went-today'}>
      <button
        ref={buttonRef}
        type="button"
        className={big ? 'button-big' : 'button-small'}
        aria-label={logged ? `Logged today ✓: ${groupName}` : `I went today: ${groupName}`}
        disabled={disabled}
        onClick={() => mark.mutate()}
      >
        {logged ? 'Logged today ✓' : mark.isPending ? 'Logging…' : 'I went today'}
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
};
