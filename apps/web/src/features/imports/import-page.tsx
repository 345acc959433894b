import { useNavigate, useSearch } from '@tanstack/react-router';
import { ImportPreview } from './import-preview.tsx';
import { PastImports } from './past-imports.tsx';
import { UploadForm } from './upload-form.tsx';
import './imports.css';

/** Bring contacts in from a file: upload, preview and choose, import; undo a past import. */
export const ImportPage = () => {
  const { batch } = useSearch({ from: '/people/import' });
  const navigate = useNavigate({ from: '/people/import' });
  return (
    <section className="import-page">
      <h1>Import contacts</h1>
      {batch ? (
        <ImportPreview key={batch} batchId={batch} />
      ) : (
        <UploadForm onUploaded={(id) => navigate({ search: { batch: id } })} />
      )}
      <PastImports />
    </section>
  );
};
