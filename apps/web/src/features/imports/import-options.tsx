import { Field } from '../../ui/field.tsx';
import { GroupSelect } from '../people/group-select.tsx';
import { PersonPicker, type PickedPerson } from '../people/person-picker.tsx';

export type ImportOptions = {
  tag: string;
  origin: 'OTHER' | 'GROUP' | 'PERSON';
  groupId: string;
  introducer: PickedPerson | null;
  cadence: 'DEFAULT' | 'CUSTOM' | 'NONE';
  days: string;
};

export const NO_OPTIONS: ImportOptions = {
  tag: '',
  origin: 'OTHER',
  groupId: '',
  introducer: null,
  cadence: 'DEFAULT',
  days: '30',
};

/** The input commitImport takes for these options. */
export const commitInputOf = (options: ImportOptions) => ({
  tag: options.tag.trim() || null,
  originKind: options.origin,
  originGroupId: options.origin === 'GROUP' ? options.groupId || null : null,
  originPersonId: options.origin === 'PERSON' ? (options.introducer?.id ?? null) : null,
  cadence:
    options.cadence === 'DEFAULT'
      ? null
      : { mode: options.cadence, days: options.cadence === 'CUSTOM' ? Number(options.days) : null },
});

/** A tag for everyone imported, and an origin and cadence for the people it creates. */
export const ImportOptionsFields = ({
  options,
  onChange,
  errors,
}: {
  options: ImportOptions;
  onChange: (options: ImportOptions) => void;
  errors: Record<string, string>;
}) => {
  const set = (change: Partial<ImportOptions>) => onChange({ ...options, ...change });
  return (
    <fieldset className="import-options">
      <legend>For the people imported</legend>
      <div className="grid-2 form-grid">
        <Field label="Tag" hint="given to everyone imported" error={errors.tag} limit={50}>
          <input value={options.tag} onChange={(event) => set({ tag: event.target.value })} />
        </Field>
        <Field label="Where they came from" hint="for the people it creates">
          <select
            value={options.origin}
            onChange={(event) => set({ origin: event.target.value as ImportOptions['origin'] })}
          >
            <option value="OTHER">Other</option>
            <option value="GROUP">A group</option>
            <option value="PERSON">An introducer</option>
          </select>
        </Field>
        {options.origin === 'GROUP' ? (
          <GroupSelect
            value={options.groupId}
            onChange={(groupId) => set({ groupId })}
            error={errors.originGroupId}
          />
        ) : null}
        {options.origin === 'PERSON' ? (
          <PersonPicker
            label="Introduced by"
            value={options.introducer}
            onChange={(introducer) => set({ introducer })}
            error={errors.originPersonId}
          />
        ) : null}
        <Field label="Cadence" hint="for the people it creates">
          <select
            value={options.cadence}
            onChange={(event) => set({ cadence: event.target.value as ImportOptions['cadence'] })}
          >
            <option value="DEFAULT">The depth tier’s default</option>
            <option value="CUSTOM">Every … days</option>
            <option value="NONE">No cadence</option>
          </select>
        </Field>
        {options.cadence === 'CUSTOM' ? (
          <Field label="Days between touches" error={errors.cadence}>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={730}
              value={options.days}
              onChange={(event) => set({ days: event.target.value })}
            />
          </Field>
        ) : null}
      </div>
    </fieldset>
  );
};
