import { useAccountSettings } from '../accounts/account-settings.ts';
import { formatMeetingDay } from './zoned-time.ts';

/** "One-to-one 26 Nov 2026": a person's next planned meeting, in a list row, on the account's day. */
export const NextOneToOneNote = ({ startsAt }: { startsAt: string }) => {
  const timeZone = useAccountSettings().data?.timezone ?? 'UTC';
  return (
    <span className="next-one-to-one">
      One-to-one <time dateTime={startsAt}>{formatMeetingDay(startsAt, timeZone)}</time>
    </span>
  );
};
