export const INTERACTION_KINDS = [
  'ONE_TO_ONE',
  'CALL',
  'VIDEO',
  'MESSAGE',
  'EMAIL',
  'SOCIAL',
  'GROUP_MEETING',
  'EVENT',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const INTERACTION_KIND_LABELS: Record<InteractionKind, string> = {
  ONE_TO_ONE: 'One-to-one',
  CALL: 'Call',
  VIDEO: 'Video call',
  MESSAGE: 'Message',
  EMAIL: 'Email',
  SOCIAL: 'Social time',
  GROUP_MEETING: 'Group meeting',
  EVENT: 'Event',
};

/**
 * Touches that deepen a relationship. Sharing a room at a group meeting is a visibility
 * touch, not a depth touch: that distinction is the point of the product.
 */
export const DEFAULT_DEPTH_TOUCH_KINDS: readonly InteractionKind[] = [
  'ONE_TO_ONE',
  'CALL',
  'VIDEO',
  'SOCIAL',
];

export const isDepthTouch = (
  kind: InteractionKind,
  depthTouchKinds: readonly InteractionKind[] = DEFAULT_DEPTH_TOUCH_KINDS,
): boolean => depthTouchKinds.includes(kind);
