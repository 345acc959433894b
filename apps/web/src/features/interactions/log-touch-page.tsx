import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { formatDate } from '../../ui/dates.ts';
import { PersonPicker, type PickedPerson } from '../people/person-picker.tsx';
import { refreshFollowUps } from '../weekly/follow-ups.ts';
import { type LoggedTouch, QuickLogForm } from './quick-log-form.tsx';

/**
 * The home screen's "Log a touch" shortcut (/log): choose the person, then the 20-second log.
 * Afterwards the picker is ready for the next person.
 */
export const LogTouchPage = () => {
  const queryClient = useQueryClient();
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [logged, setLogged] = useState<{ person: PickedPerson; touch: LoggedTouch } | null>(null);

  const choose = (chosen: PickedPerson | null) => {
    setLogged(null);
    setPerson(chosen);
  };

  return (
    <section>
      <h1>Log a touch</h1>
      <div className="card">
        <PersonPicker label="Who with" value={person} onChange={choose} />
        {person ? (
          // Keyed by person, so each one's form starts empty.
          <QuickLogForm
            key={person.id}
            personId={person.id}
            personName={person.name}
            onCancel={() => setPerson(null)}
            onLogged={async (touch) => {
              await refreshFollowUps(queryClient, person.id);
              setLogged({ person, touch });
              setPerson(null);
            }}
          />
        ) : (
          <p className="muted">
            Not in your network yet? <Link to="/people/new">Add a person</Link>
          </p>
        )}
        <p className="form-success" role="status">
          {logged ? (
            <>
              Logged: {logged.touch.kindLabel} with{' '}
              <Link to="/people/$personId" params={{ personId: logged.person.id }}>
                {logged.person.name}
              </Link>{' '}
              on {formatDate(logged.touch.occurredAt)}.
            </>
          ) : null}
        </p>
      </div>
    </section>
  );
};
