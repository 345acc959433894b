import { formatDate } from '../../ui/dates.ts';

/** "One-to-one 26 Nov 2026": a person's next planned meeting, in a list row. */
export const NextOneToOneNote = ({ startsAt }: { startsAt: string }) => (
  <span className="next-one-to-one">
    One-to-one <time dateTime={startsAt}>{formatDate(startsAt)}</time>
  </span>
);
