import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../lib/graphql.ts';

export const DepthScaleFragment = graphql(`
  fragment DepthScaleFields on DepthScale {
    dimension
    title
    labels
  }
`);

export type DepthScale = ResultOf<typeof DepthScaleFragment>;

/** The server owns what each level means, so the client never repeats the wording. */
export const readScales = (data: readonly FragmentOf<typeof DepthScaleFragment>[]) =>
  readFragment(DepthScaleFragment, data);
