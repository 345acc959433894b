import {
  googleCalendarUrl,
  oneToOneEndsAt,
  oneToOneEventText,
  outlookCalendarUrl,
} from '@tend/domain';
import { builder } from './builder.ts';
import { OneToOne } from './one-to-ones.ts';

// The person comes with the one-to-one in the same query, not one query per meeting.
const withPerson = { with: { person: { columns: { name: true } } } } as const;

builder.drizzleObjectFields(OneToOne, (t) => ({
  endsAt: t.field({
    type: 'DateTime',
    resolve: (oneToOne) => oneToOneEndsAt(oneToOne),
  }),
  inviteUrl: t.string({
    description: 'The .ics invite to download (needs the session cookie).',
    resolve: (oneToOne) => `/calendar/one-to-ones/${oneToOne.id}.ics`,
  }),
  googleCalendarUrl: t.string({
    select: withPerson,
    resolve: (oneToOne) => googleCalendarUrl(oneToOneEventText(oneToOne, oneToOne.person.name)),
  }),
  outlookCalendarUrl: t.string({
    select: withPerson,
    resolve: (oneToOne) => outlookCalendarUrl(oneToOneEventText(oneToOne, oneToOne.person.name)),
  }),
}));
