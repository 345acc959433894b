/** What to learn about them in the meeting, and what to tell them about my business. */
export type OneToOneAgenda = {
  learn: {
    goals: string;
    accomplishments: string;
    interests: string;
    networks: string;
    skills: string;
  };
  tell: string;
};

/** An agenda with parts missing: input that leaves them out, or a stored one older than a part. */
export type PartialAgenda =
  | {
      learn?: { [Part in keyof OneToOneAgenda['learn']]?: string | null } | null;
      tell?: string | null;
    }
  | null
  | undefined;

/** The agenda with every part present, a missing one read as empty. */
export const fullAgenda = (agenda: PartialAgenda): OneToOneAgenda => ({
  learn: {
    goals: agenda?.learn?.goals ?? '',
    accomplishments: agenda?.learn?.accomplishments ?? '',
    interests: agenda?.learn?.interests ?? '',
    networks: agenda?.learn?.networks ?? '',
    skills: agenda?.learn?.skills ?? '',
  },
  tell: agenda?.tell ?? '',
});
