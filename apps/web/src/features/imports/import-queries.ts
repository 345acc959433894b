import { MutationErrorFields } from '../../lib/field-errors.ts';
import { graphql, type ResultOf } from '../../lib/graphql.ts';
import { ApiError, RequestError, UnauthenticatedError } from '../../lib/request.ts';

/** The query key every view of imports sits under, refreshed after each change. */
export const IMPORTS_KEY = ['imports'] as const;

export type UploadedImport = { id: string; fileName: string; format: 'CSV' | 'VCARD' };

type UploadAnswer = { importBatch?: UploadedImport; error?: { message?: string } } | null;

const answerOf = (text: string): UploadAnswer => {
  try {
    return JSON.parse(text) as UploadAnswer;
  } catch {
    return null;
  }
};

/**
 * Sends a file's bytes to POST /imports, reporting how much has gone (0 to 1); fetch cannot
 * tell an upload's progress, XMLHttpRequest can.
 */
export const uploadImportFile = (file: File, onProgress: (sent: number) => void) =>
  new Promise<UploadedImport>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/imports');
    xhr.setRequestHeader('x-tend-csrf', '1');
    xhr.setRequestHeader('x-tend-file-name', encodeURIComponent(file.name));
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = answerOf(xhr.responseText);
      if (xhr.status === 201 && body?.importBatch) resolve(body.importBatch);
      else if (xhr.status === 401) reject(new UnauthenticatedError(body?.error?.message));
      else {
        reject(
          new ApiError(xhr.status, body?.error?.message ?? `The server answered ${xhr.status}.`),
        );
      }
    };
    xhr.onerror = () =>
      reject(new RequestError('Tend could not reach its server. Check that it is running.'));
    xhr.send(file);
  });

export const ImportBatchQuery = graphql(`
  query ImportBatch($id: ID!, $offset: Int, $limit: Int, $action: ImportAction) {
    importBatch(id: $id) {
      __typename
      ... on NotFoundError { message }
      ... on ImportBatch {
        id
        fileName
        format
        status
        createdAt
        importedAt
        createdCount
        changedCount
        tag
        counts { create merge reject }
        columns { index header field samples }
        rows(offset: $offset, limit: $limit, action: $action) {
          totalCount
          nodes {
            number
            action
            reasons
            skipped
            name
            emails
            phones
            company
            role
            location
            tags
            matchedBy
            mergeInto { id name }
            changes { field kind current incoming added }
          }
        }
      }
    }
  }
`);

export type ImportBatchView = Extract<
  ResultOf<typeof ImportBatchQuery>['importBatch'],
  { __typename: 'ImportBatch' }
>;
export type ImportRowView = ImportBatchView['rows']['nodes'][number];

export const ImportBatchesQuery = graphql(`
  query ImportBatches {
    importBatches {
      id
      fileName
      format
      status
      createdAt
      importedAt
      undoneAt
      createdCount
      changedCount
      counts { create merge reject }
    }
  }
`);

export const SetImportMappingMutation = graphql(
  `
  mutation SetImportMapping($id: ID!, $mapping: [ImportField]!) {
    setImportMapping(id: $id, mapping: $mapping) {
      __typename
      ... on ImportBatch { id }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

export const CommitImportMutation = graphql(
  `
  mutation CommitImport($id: ID!, $input: CommitImportInput) {
    commitImport(id: $id, input: $input) {
      __typename
      ... on ImportBatch { id createdCount changedCount counts { create merge reject } }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

export const DiscardImportPreviewMutation = graphql(
  `
  mutation DiscardImportPreview($id: ID!) {
    discardImportPreview(id: $id) {
      __typename
      ... on DiscardedImport { id fileName }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

export const UndoImportMutation = graphql(
  `
  mutation UndoImport($id: ID!) {
    undoImport(id: $id) {
      __typename
      ... on ImportBatch { id createdCount changedCount }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);
