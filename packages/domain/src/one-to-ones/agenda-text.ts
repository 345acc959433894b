import type { OneToOneAgenda } from './agenda.ts';

const LEARN_HEADINGS: ReadonlyArray<[keyof OneToOneAgenda['learn'], string]> = [
  ['goals', 'Goals'],
  ['accomplishments', 'Accomplishments'],
  ['interests', 'Interests'],
  ['networks', 'Networks'],
  ['skills', 'Skills'],
];

/**
 * The agenda as plain text, for an invite's description and a done meeting's notes: only the
 * parts that were filled in, each under its heading; empty when nothing was.
 */
export const agendaText = (agenda: OneToOneAgenda): string => {
  const learn = LEARN_HEADINGS.filter(([key]) => agenda.learn[key].trim() !== '').map(
    ([key, heading]) => `- ${heading}: ${agenda.learn[key].trim()}`,
  );
  const parts: string[] = [];
  if (learn.length > 0) parts.push(['What to learn about them', ...learn].join('\n'));
  if (agenda.tell.trim() !== '') parts.push(`What to tell them\n${agenda.tell.trim()}`);
  return parts.join('\n\n');
};
