import { TZDate } from '@date-fns/tz';
import { addWeeks, format, startOfWeek } from 'date-fns';

export type WeekStartDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type Week = {
  /** The local date the week starts on, YYYY-MM-DD: the weekly list's key. */
  startsOn: string;
  startsAt: Date;
  endsAt: Date;
};

/** The week holding `now` in the account's time zone, starting on its chosen day. */
export const weekContaining = (now: Date, timezone: string, weekStart: WeekStartDay): Week => {
  const start = startOfWeek(new TZDate(now.getTime(), timezone), { weekStartsOn: weekStart });
  return {
    startsOn: format(start, 'yyyy-MM-dd'),
    startsAt: new Date(start.getTime()),
    endsAt: new Date(addWeeks(start, 1).getTime()),
  };
};

/** The week's last moment: calendar days counted to it count to the week's last day. */
export const lastDayOf = (week: Pick<Week, 'endsAt'>): Date => new Date(week.endsAt.getTime() - 1);
