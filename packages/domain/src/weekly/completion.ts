/** Share of a week's list done, 0–1; an empty list counts as 0, not as complete. */
export const completionRate = (items: readonly { status: string }[]): number =>
  items.length === 0 ? 0 : items.filter((item) => item.status === 'DONE').length / items.length;
