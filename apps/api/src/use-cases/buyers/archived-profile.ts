import { invalid } from '@tend/domain';

/** New tags go to working profiles only; an archived profile keeps the tags it had. */
export const refuseArchivedProfile = (buyer: { archivedAt: Date | null }) => {
  if (buyer.archivedAt) {
    throw invalid([
      { path: ['targetBuyerId'], message: 'This profile is archived: restore it to tag people' },
    ]);
  }
};
