export const DEPTH_DIMENSIONS = ['trust', 'theirUnderstanding', 'myUnderstanding'] as const;
export type DepthDimension = (typeof DEPTH_DIMENSIONS)[number];

export const MIN_LEVEL = 0;
export const MAX_LEVEL = 5;

export type Depth = Record<DepthDimension, number>;

/** What each level means, in the user's words; index = level. */
export const DEPTH_LABELS: Record<DepthDimension, readonly string[]> = {
  trust: [
    'No trust yet',
    'Acquaintance',
    'Friendly',
    'Trusts my work',
    'Would vouch for me',
    'Puts their reputation on me',
  ],
  theirUnderstanding: [
    'No idea what I do',
    'Knows my job title',
    'Knows what I offer',
    'Knows who I help',
    'Can spot an opportunity for me',
    'Can pitch me as well as I can',
  ],
  myUnderstanding: [
    'No idea what they do',
    'Know their job title',
    'Know what they offer',
    'Know who they help',
    'Could spot an opportunity for them',
    'Could pitch them as well as they can',
  ],
};

export const DIMENSION_TITLES: Record<DepthDimension, string> = {
  trust: 'Trust',
  theirUnderstanding: 'Their understanding of my business',
  myUnderstanding: 'My understanding of their business',
};

export const depthLabel = (dimension: DepthDimension, level: number): string =>
  DEPTH_LABELS[dimension][level] ?? `Level ${level}`;
