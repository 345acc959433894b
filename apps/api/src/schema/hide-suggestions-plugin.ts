import type { Plugin } from 'graphql-yoga';

/** What graphql-js appends to say which names exist: fields, arguments, types, enum values. */
const SUGGESTION = /Did you mean [^?]*\?/g;
const HIDDEN = '[Suggestion hidden]';

type ErrorLike = { message?: unknown };

const hide = (errors: readonly unknown[] | undefined) => {
  for (const error of errors ?? []) {
    const like = error as ErrorLike;
    // In place, as graphql-armor does: the errors are graphql-js's, of whichever build made them.
    if (typeof like.message === 'string') like.message = like.message.replace(SUGGESTION, HIDDEN);
  }
};

/**
 * In production, no error names what the schema has ("Did you mean the enum value …?"), which
 * would map the schema that introspection hides. graphql-armor's blockFieldSuggestion masks
 * only field suggestions in validation; this covers every message of every result, the errors
 * for variables too.
 */
export const useHiddenSuggestions = (): Plugin => ({
  onResultProcess: ({ result }) => {
    for (const single of Array.isArray(result) ? result : [result]) {
      if (single && typeof single === 'object' && 'errors' in single) hide(single.errors);
    }
  },
});
