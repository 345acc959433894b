import { rankWeeklyList, type WeeklyCandidate, type WeeklyPick } from './rank.ts';

/** Someone already on this week's list, whatever they were marked. */
export type WeeklyListEntry = { personId: string; position: number; archived: boolean };

export type WeeklyRefill = {
  /** People who left the network (archived) and so leave the list. */
  leaving: string[];
  /** Who stays, in their order: their new positions are their indexes here. */
  staying: WeeklyListEntry[];
  /** Who fills the free places, after those staying. */
  picks: WeeklyPick[];
};

/** Archived people leave this week's list; everyone else stays, done, skipped or to do. */
const staysOn = (entry: WeeklyListEntry) => !entry.archived;

/** How many places on the list are free once those who left are gone. */
export const openPlaces = (entries: readonly WeeklyListEntry[], size: number): number =>
  Math.max(0, size - entries.filter(staysOn).length);

/**
 * This week's list after people have left it: those still there keep their place and mark,
 * and the free places go to the candidates not on it yet, ranked exactly as a new list is (a
 * new list is the refill of an empty one). So the list is never empty while someone is due.
 */
export const refillWeeklyList = ({
  entries,
  candidates,
  size,
  at,
  timezone,
}: {
  entries: readonly WeeklyListEntry[];
  candidates: readonly WeeklyCandidate[];
  size: number;
  /** The week's end: who is due by then. */
  at: Date;
  timezone: string;
}): WeeklyRefill => {
  const onList = new Set(entries.map((entry) => entry.personId));
  const staying = entries.filter(staysOn).sort((a, b) => a.position - b.position);
  return {
    leaving: entries.filter((entry) => !staysOn(entry)).map((entry) => entry.personId),
    staying,
    picks: rankWeeklyList(
      candidates.filter((candidate) => !onList.has(candidate.personId)),
      at,
      openPlaces(entries, size),
      timezone,
    ),
  };
};
