import {
  type CadenceMode,
  DEPTH_DIMENSIONS,
  type DueState,
  INTERACTION_KINDS,
  type NextStepKind,
  ORIGIN_KINDS,
} from '@tend/domain';
import { builder } from './builder.ts';

export const DepthDimensionEnum = builder.enumType('DepthDimension', {
  values: DEPTH_DIMENSIONS,
});

export const InteractionKindEnum = builder.enumType('InteractionKind', {
  values: INTERACTION_KINDS,
});

export const OriginKindEnum = builder.enumType('OriginKind', { values: ORIGIN_KINDS });

export const DueStateEnum = builder.enumType('DueState', {
  values: ['NO_CADENCE', 'OK', 'DUE', 'OVERDUE'] satisfies DueState[],
});

export const NextStepKindEnum = builder.enumType('NextStepKind', {
  values: ['GIVE_FIRST', 'BRIEF_THEM', 'KEEP_IN_TOUCH'] satisfies NextStepKind[],
});

export const CadenceModeEnum = builder.enumType('CadenceMode', {
  values: ['DEFAULT', 'CUSTOM', 'NONE'] satisfies CadenceMode[],
});
