import { Link } from '@tanstack/react-router';

type Member = { personId: string; name: string; profession: string | null; readiness: number };

const MemberList = ({ members, empty }: { members: readonly Member[]; empty: string }) =>
  members.length === 0 ? (
    <p className="muted">{empty}</p>
  ) : (
    <ul className="member-list">
      {members.map((member) => (
        <li key={member.personId}>
          <Link to="/people/$personId" params={{ personId: member.personId }}>
            {member.name}
          </Link>
          {member.profession ? <span className="muted"> · {member.profession}</span> : null}
          <span className="muted"> · ready {member.readiness}</span>
          <Link
            className="button button-secondary button-small"
            to="/people/$personId"
            params={{ personId: member.personId }}
            search={{ schedule: true }}
            aria-label={`Schedule a one-to-one with ${member.name}`}
          >
            Schedule a one-to-one
          </Link>
        </li>
      ))}
    </ul>
  );

/**
 * Who would remain in my network if I left the group (real network: depth outside it and trust),
 * and who I would lose (people I only see at its meetings), each a click from a one-to-one.
 */
export const WhatStaysSection = ({
  network,
  acquaintances,
}: {
  network: readonly Member[];
  acquaintances: readonly Member[];
}) => (
  <section className="card" aria-labelledby="what-stays-title">
    <h2 id="what-stays-title">What stays if I leave</h2>
    <p className="muted">
      Leaving (a left date) keeps all the group’s history. Meet the people you would lose one-to-one
      first, and some of them stay.
    </p>
    <h3>They stay in my network ({network.length})</h3>
    <MemberList
      members={network}
      empty="Nobody yet: no member has become real network (a depth touch outside the group and trust of 3 or more)."
    />
    <h3>I would lose them ({acquaintances.length})</h3>
    <MemberList members={acquaintances} empty="Nobody: every member is real network." />
  </section>
);
