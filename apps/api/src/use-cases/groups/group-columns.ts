import type { GroupInput } from '@tend/domain';

/** A parsed group as its columns: every amount is in the group's one currency. */
export const groupColumns = ({ fee, costPerMeeting, travelCost, ...rest }: GroupInput) => ({
  ...rest,
  fee: fee?.amount ?? null,
  costPerMeeting: costPerMeeting?.amount ?? null,
  travelCost: travelCost?.amount ?? null,
});
