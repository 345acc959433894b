export const INTERACTION_KINDS = [
  { value: 'ONE_TO_ONE', label: 'One-to-one' },
  { value: 'CALL', label: 'Call' },
  { value: 'VIDEO', label: 'Video call' },
  { value: 'MESSAGE', label: 'Message' },
  { value: 'EMAIL', label: 'Email' },
  { value: 'SOCIAL', label: 'Social time' },
  { value: 'GROUP_MEETING', label: 'Group meeting' },
  { value: 'EVENT', label: 'Event' },
] as const;

export type InteractionKind = (typeof INTERACTION_KINDS)[number]['value'];

export const isInteractionKind = (value: string): value is InteractionKind =>
  INTERACTION_KINDS.some((kind) => kind.value === value);

/** "45 min", "1 h 30 min". */
export const formatDuration = (minutes: number): string => {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
};
