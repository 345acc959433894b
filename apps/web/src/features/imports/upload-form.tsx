import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { errorText } from '../../lib/field-errors.ts';
import { FormError } from '../../ui/form-error.tsx';
import { fileSizeProblem, MAX_IMPORT_FILE_MEGABYTES } from './file-size.ts';
import { IMPORTS_KEY, uploadImportFile } from './import-queries.ts';

/** Picks a file and uploads it, with its progress; the server reads it into a preview. */
export const UploadForm = ({ onUploaded }: { onUploaded: (batchId: string) => void }) => {
  const queryClient = useQueryClient();
  const inputId = useId();
  const hintId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError('Choose a file to import.');
      return;
    }
    const tooLarge = fileSizeProblem(file.size);
    if (tooLarge) {
      setError(tooLarge);
      return;
    }
    setError(null);
    setProgress(0);
    try {
      const uploaded = await uploadImportFile(file, setProgress);
      await queryClient.invalidateQueries({ queryKey: IMPORTS_KEY });
      onUploaded(uploaded.id);
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setProgress(null);
    }
  };

  const uploading = progress !== null;
  return (
    <form className="card" noValidate onSubmit={onSubmit} aria-label="Choose a file to import">
      <h2>Choose a file</h2>
      <p className="muted" id={hintId}>
        A CSV file (LinkedIn’s Connections export, Google Contacts, Outlook, or any sheet saved as
        CSV UTF-8) or a vCard file (.vcf), of at most {MAX_IMPORT_FILE_MEGABYTES} MB. Nothing is
        saved until you have seen the preview and chosen Import.
      </p>
      <FormError message={error} />
      <div className="field">
        <label htmlFor={inputId}>File</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.vcf,.vcard,.txt,text/csv,text/vcard"
          aria-describedby={hintId}
          disabled={uploading}
          onChange={(event) => {
            const picked = event.target.files?.[0] ?? null;
            setFile(picked);
            setError(picked ? fileSizeProblem(picked.size) : null);
          }}
        />
      </div>
      {uploading ? (
        <div className="import-progress" role="status">
          <progress value={progress} max={1} aria-label="Upload progress" />
          <span>
            {progress < 1 ? `Uploading… ${Math.round(progress * 100)}%` : 'Reading the file…'}
          </span>
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={uploading}>
          {uploading ? 'Uploading…' : 'Upload and preview'}
        </button>
      </div>
    </form>
  );
};
