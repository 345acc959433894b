import { graphql, type ResultOf } from '../../lib/graphql.ts';

/** What to learn about them and what to tell them, as planned for a one-to-one. */
export const AgendaFieldsFragment = graphql(`
  fragment AgendaFields on OneToOneAgenda @_unmask {
    learn {
      goals
      accomplishments
      interests
      networks
      skills
    }
    tell
  }
`);

/** What every view of a one-to-one shows and acts on. */
export const OneToOneFieldsFragment = graphql(
  `
  fragment OneToOneFields on OneToOne @_unmask {
    id
    startsAt
    endsAt
    durationMinutes
    place
    videoLink
    status
    sequence
    agendaText
    agenda {
      ...AgendaFields
    }
    inviteUrl
    googleCalendarUrl
    outlookCalendarUrl
    person {
      id
      name
    }
  }
`,
  [AgendaFieldsFragment],
);

export type OneToOneView = ResultOf<typeof OneToOneFieldsFragment>;
export type Agenda = OneToOneView['agenda'];

export const LEARN_FIELDS = [
  ['goals', 'Goals', 'What are they working towards?'],
  ['accomplishments', 'Accomplishments', 'What are they proud of?'],
  ['interests', 'Interests', 'What do they enjoy outside work?'],
  ['networks', 'Networks', 'Who do they know; which groups are they in?'],
  ['skills', 'Skills', 'What are they good at?'],
] as const satisfies ReadonlyArray<readonly [keyof Agenda['learn'], string, string]>;
