/** A profile's company size range in words, or '' when it has none. */
export const sizeRangeText = ({
  companySizeMin: min,
  companySizeMax: max,
}: {
  companySizeMin: number | null;
  companySizeMax: number | null;
}): string => {
  const n = (value: number) => value.toLocaleString('en');
  if (min !== null && max !== null) {
    return min === max ? `${n(min)} people` : `${n(min)}–${n(max)} people`;
  }
  if (min !== null) return `${n(min)}+ people`;
  if (max !== null) return `up to ${n(max)} people`;
  return '';
};
