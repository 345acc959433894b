import { type InteractionKind, isDepthTouch } from './kinds.ts';

/**
 * The last depth touch after logging a touch. Back-dated touches count from their own date;
 * one older than the latest, or a visibility touch, changes nothing.
 */
export const lastDepthTouchAfter = (
  lastDepthTouchAt: Date | null,
  touch: { kind: InteractionKind; occurredAt: Date },
  depthTouchKinds?: readonly InteractionKind[],
): Date | null => {
  if (!isDepthTouch(touch.kind, depthTouchKinds)) return lastDepthTouchAt;
  if (lastDepthTouchAt && lastDepthTouchAt >= touch.occurredAt) return lastDepthTouchAt;
  return touch.occurredAt;
};
