import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { MAX_PERSON_NOTES_LENGTH } from '../people/person-input.ts';
import { type DateClock, localDateIn, pastCalendarDate } from '../shared/calendar-date.ts';
import { MAX_YEARS_BACK } from '../shared/instant-range.ts';
import { parseInput } from '../shared/parse-input.ts';
import { multiLineText } from '../shared/text-rules.ts';
import { amountIn, optionalAmount } from './group-input.ts';

export const MAX_MEETING_NOTES_LENGTH = MAX_PERSON_NOTES_LENGTH;
/** Everyone I could talk to at one meeting, even a large chamber's. */
export const MAX_MEETING_SPOKE_TO = 200;

export const NOT_THERE_MESSAGE = 'You were not there, so you spoke to nobody';

const meetingSchema = (clock: DateClock, currency: string) =>
  z
    .object({
      heldOn: pastCalendarDate('Date', clock, MAX_YEARS_BACK),
      attended: z.boolean({ error: 'Say whether you went' }),
      mealCost: optionalAmount,
      travelCost: optionalAmount,
      spokeTo: z
        .array(z.string({ error: 'Choose people from your network' }), {
          error: 'Choose people from your network',
        })
        .max(MAX_MEETING_SPOKE_TO, `At most ${MAX_MEETING_SPOKE_TO} people per meeting`)
        .nullish()
        .transform((ids) => ids ?? []),
      notes: multiLineText(
        z
          .string()
          .trim()
          .max(
            MAX_MEETING_NOTES_LENGTH,
            `Notes must be at most ${MAX_MEETING_NOTES_LENGTH} characters`,
          ),
      )
        .nullish()
        .transform((value) => value || null),
    })
    .transform(({ mealCost, travelCost, ...rest }, ctx) => {
      if (!rest.attended && rest.spokeTo.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['spokeTo'], message: NOT_THERE_MESSAGE });
      }
      rest.spokeTo.forEach((id, index) => {
        if (rest.spokeTo.indexOf(id) !== index) {
          ctx.addIssue({
            code: 'custom',
            path: ['spokeTo', String(index)],
            message: 'This person is chosen twice',
          });
        }
      });
      return {
        ...rest,
        mealCost: amountIn(mealCost, currency, 'mealCost', 'Meal cost', ctx),
        travelCost: amountIn(travelCost, currency, 'travelCost', 'Travel cost', ctx),
      };
    });

export type GroupMeetingInput = z.output<ReturnType<typeof meetingSchema>>;

/**
 * One meeting of a group, on a day that has happened in the account's zone: whether I went,
 * what it actually cost (none: the group's usual costs, in its currency), who I spoke to there
 * (nobody when I was not there) and notes.
 */
export const parseGroupMeetingInput = (
  input: unknown,
  { clock, currency }: { clock: DateClock; currency: string },
): GroupMeetingInput => parseInput(meetingSchema(clock, currency), input);

/** "I went today": today in the account's zone, attended, at the usual costs, nobody named. */
export const attendedTodayInput = ({ now, timezone }: DateClock) => ({
  heldOn: localDateIn(now, timezone),
  attended: true,
});

/**
 * When the touch with the people I spoke to at a meeting happened: now for today's meeting (so
 * it sorts after earlier touches today), else noon of its day in the account's zone, an hour no
 * clock change skips or doubles.
 */
export const meetingTouchAt = (heldOn: string, { now, timezone }: DateClock): Date => {
  if (heldOn === localDateIn(now, timezone)) return now;
  const [year = 0, month = 1, day = 1] = heldOn.split('-').map(Number);
  return new Date(new TZDate(year, month - 1, day, 12, 0, 0, timezone).getTime());
};
