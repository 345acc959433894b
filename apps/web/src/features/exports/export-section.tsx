import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { FormError } from '../../ui/form-error.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import {
  downloadExport,
  MAX_RESTORE_MEGABYTES,
  type RestoredCounts,
  restoreExport,
  restoreFileProblem,
} from './export-requests.ts';
import './exports.css';

const CanRestoreQuery = graphql(`
  query CanRestoreExport {
    canRestoreExport
  }
`);

const canRestoreKey = ['can-restore-export'] as const;

const counted = (count: number | undefined, one: string, many: string) =>
  `${count ?? 0} ${count === 1 ? one : many}`;

/** What a restore wrote, in a sentence. */
const restoredSummary = (restored: RestoredCounts) =>
  `Restored ${counted(restored.people, 'person', 'people')}, ${counted(restored.interactions, 'touch', 'touches')}, ${counted(restored.groups, 'group', 'groups')} and ${counted(restored.referrals, 'referral', 'referrals')}, with everything else in the export.`;

/** Picks an export's file and restores it; offered only while the account holds nothing. */
const RestoreForm = ({ onRestored }: { onRestored: (restored: RestoredCounts) => void }) => {
  const inputId = useId();
  const hintId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const restore = useMutation({ mutationFn: restoreExport, onSuccess: onRestored });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = file ? restoreFileProblem(file) : 'Choose the export file to restore.';
    setProblem(found);
    if (file && !found) restore.mutate(file);
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="restore-title">
      <h3 id="restore-title">Restore from an export</h3>
      <p className="muted settings-note" id={hintId}>
        The zip Tend’s export made (or the tend-export.json inside it), of at most{' '}
        {MAX_RESTORE_MEGABYTES} MB. Everything in it is added to this account at once, or nothing
        is.
      </p>
      <FormError message={problem ?? restore.error?.message ?? null} />
      <div className="field">
        <label htmlFor={inputId}>Export file</label>
        <input
          id={inputId}
          type="file"
          accept=".zip,.json,application/zip,application/json"
          aria-describedby={hintId}
          disabled={restore.isPending}
          onChange={(event) => {
            const picked = event.target.files?.[0] ?? null;
            setFile(picked);
            restore.reset();
            setProblem(picked ? restoreFileProblem(picked) : null);
          }}
        />
      </div>
      {restore.isPending ? (
        <p className="loading" role="status">
          Restoring… a large export can take a minute.
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={restore.isPending}>
          {restore.isPending ? 'Restoring…' : 'Restore'}
        </button>
      </div>
    </form>
  );
};

/**
 * Everything in the account as one download (JSON, CSV per kind and the people as vCards),
 * and an export restored into an empty account.
 */
export const ExportSection = () => {
  const queryClient = useQueryClient();
  const canRestore = useQuery({ queryKey: canRestoreKey, queryFn: () => request(CanRestoreQuery) });
  const download = useMutation({ mutationFn: downloadExport });
  const [restored, setRestored] = useState<RestoredCounts | null>(null);

  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">Export and restore</h2>
      <p className="muted settings-note">
        One zip with everything in your account: tend-export.json (all of it, which a restore reads
        back), a CSV file of each kind for a spreadsheet, and your people as vCards (people.vcf) for
        an address book. Never your password or sign-in sessions.
      </p>
      <FormError message={download.error?.message ?? null} />
      <div className="form-actions">
        <button type="button" onClick={() => download.mutate()} disabled={download.isPending}>
          {download.isPending ? 'Preparing your export…' : 'Export everything'}
        </button>
      </div>
      <div className="export-restore">
        {restored ? (
          <p className="notice" role="status">
            {restoredSummary(restored)}
          </p>
        ) : null}
        <QueryState
          isPending={canRestore.isPending}
          error={canRestore.error}
          onRetry={() => canRestore.refetch()}
        >
          {canRestore.data?.canRestoreExport ? (
            <RestoreForm
              onRestored={(counts) => {
                setRestored(counts);
                // Every list and page now has the restored network to show.
                void queryClient.invalidateQueries();
              }}
            />
          ) : restored ? null : (
            <>
              <h3>Restore from an export</h3>
              <p className="muted settings-note">
                An export can be restored only into an empty account, and this one already holds
                people or other data. To restore, sign up a new account and restore there.
              </p>
            </>
          )}
        </QueryState>
      </div>
    </section>
  );
};
