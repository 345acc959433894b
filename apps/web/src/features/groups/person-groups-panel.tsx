import { Link } from '@tanstack/react-router';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql.ts';
import { formatCalendarDate } from '../../ui/dates.ts';
import './person-groups.css';

export const PersonGroupsPanelFragment = graphql(`
  fragment PersonGroupsPanel on Person {
    id
    groupMemberships {
      isCurrent
      joinedOn
      leftOn
      profession
      group {
        id
        name
      }
    }
  }
`);

/** The groups this person is in, or was: where I see them, and which seat they hold. */
export const PersonGroupsPanel = ({
  person: data,
}: {
  person: FragmentOf<typeof PersonGroupsPanelFragment>;
}) => {
  const person = readFragment(PersonGroupsPanelFragment, data);
  const memberships = [...person.groupMemberships].sort(
    (a, b) => Number(b.isCurrent) - Number(a.isCurrent) || a.group.name.localeCompare(b.group.name),
  );
  return (
    <section className="card" aria-labelledby="person-groups-title">
      <h2 id="person-groups-title">Groups</h2>
      {memberships.length === 0 ? (
        <p className="muted">Not a member of any of your groups.</p>
      ) : (
        <ul className="person-groups">
          {memberships.map((membership) => (
            <li key={membership.group.id}>
              <Link to="/groups/$groupId" params={{ groupId: membership.group.id }}>
                {membership.group.name}
              </Link>
              {membership.profession ? <span> · {membership.profession}</span> : null}
              <span className="muted">
                {' '}
                ·{' '}
                {membership.isCurrent
                  ? membership.joinedOn
                    ? `member since ${formatCalendarDate(membership.joinedOn)}`
                    : 'member'
                  : `left${membership.leftOn ? ` on ${formatCalendarDate(membership.leftOn)}` : ''}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
