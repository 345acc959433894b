import { z } from 'zod';
import type { CadenceSetting } from '../interactions/cadence.ts';
import { parseCadenceInput } from '../interactions/cadence-input.ts';
import {
  ORIGIN_KINDS,
  type OriginKind,
  personTagSchema,
  withOriginRules,
} from '../people/person-input.ts';
import { invalid, ValidationError } from '../shared/domain-error.ts';
import { parseInput } from '../shared/parse-input.ts';
import { MAX_IMPORT_ROWS } from './import-source.ts';

/** The user's choices when importing a previewed file. */
export type CommitImportInput = {
  /** Rows (or cards) unticked in the preview: not imported. */
  skipRows: number[];
  /** Rows matched to an existing person that are made a new person instead. */
  createNewRows: number[];
  /** A tag for everyone imported, created and merged. */
  tag: string | null;
  /** Where the people it creates came from. */
  originKind: OriginKind;
  originGroupId: string | null;
  originPersonId: string | null;
  /** The cadence of the people it creates; null: the depth tier's default. */
  cadence: CadenceSetting | null;
};

const rowNumbers = z
  .array(z.number().int('Rows are whole numbers').min(1, 'Rows are numbered from 1'))
  .max(MAX_IMPORT_ROWS, `At most ${MAX_IMPORT_ROWS} rows`)
  .nullish()
  .transform((rows) => [...new Set(rows ?? [])]);

const commitSchema = withOriginRules(
  z.object({
    skipRows: rowNumbers,
    createNewRows: rowNumbers,
    tag: personTagSchema.nullish().transform((tag) => tag || null),
    originKind: z
      .enum(ORIGIN_KINDS)
      .nullish()
      .transform((kind) => kind ?? 'OTHER'),
    originGroupId: z.string().nullish(),
    originPersonId: z.string().nullish(),
    cadence: z.unknown().optional(),
  }),
);

/** The choices made on a preview, checked; an origin's group or person is checked by the caller. */
export const parseCommitImportInput = (input: unknown): CommitImportInput => {
  const value = parseInput(commitSchema, input ?? {});
  let cadence: CadenceSetting | null = null;
  if (value.cadence != null) {
    try {
      cadence = parseCadenceInput(value.cadence);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      throw invalid(error.issues.map((issue) => ({ ...issue, path: ['cadence', ...issue.path] })));
    }
  }
  return {
    skipRows: value.skipRows,
    createNewRows: value.createNewRows,
    tag: value.tag,
    originKind: value.originKind,
    originGroupId: value.originKind === 'GROUP' ? (value.originGroupId ?? null) : null,
    originPersonId: value.originKind === 'PERSON' ? (value.originPersonId ?? null) : null,
    cadence,
  };
};
