import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { graphql, type ResultOf } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { ReadyThresholdForm } from '../accounts/ready-threshold-form.tsx';
import { BUYERS_KEY } from './buyer-mutations.ts';
import { strengthLabel } from './knows-strengths.ts';
import './buyer-gaps.css';

const BuyerGapsQuery = graphql(`
  query BuyerGaps {
    buyerGaps {
      threshold
      profileCount
      coveredCount
      gaps {
        targetBuyer {
          id
          name
        }
        knowerCount
        nobodyKnows
        notReady {
          person {
            id
            name
          }
          readiness
          strength
          nextStep {
            kind
            title
            detail
          }
        }
        paths {
          via {
            id
            name
          }
          to {
            id
            name
          }
          viaRelation
          viaReadiness
          tie
          tieScore
          strength
          weakerLink
        }
        suggestions {
          groups {
            group {
              id
              name
            }
            membersWhoKnow
            membersWhoIntroduced
          }
          introducers {
            person {
              id
              name
            }
            introducedCount
          }
        }
      }
    }
  }
`);

type Gap = ResultOf<typeof BuyerGapsQuery>['buyerGaps']['gaps'][number];
type Path = Gap['paths'][number];

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** "works with CFOs", "can introduce you to CFOs": the knower's tie, as the end of a sentence. */
const TIE_PHRASES: Record<string, (profile: string) => string> = {
  KNOWS_OF: (profile) => `knows of ${profile}`,
  KNOWS_PERSONALLY: (profile) => `knows ${profile} personally`,
  WORKS_WITH: (profile) => `works with ${profile}`,
  CAN_INTRODUCE: (profile) => `can introduce you to ${profile}`,
};

const tiePhrase = (tie: string, profile: string) =>
  (TIE_PHRASES[tie] ?? ((p: string) => `knows ${p}`))(profile);

const PersonLink = ({ person }: { person: { id: string; name: string } }) => (
  <Link to="/people/$personId" params={{ personId: person.id }}>
    {person.name}
  </Link>
);

/** "Ask Priya, who introduced you to Tom, who works with CFOs", and its weaker link. */
const PathSentence = ({ path, profile }: { path: Path; profile: string }) => (
  <li className="gap-path">
    <p>
      Ask <PersonLink person={path.via} />
      {path.viaRelation === 'INTRODUCED_THEM' ? (
        <>
          , who introduced you to <PersonLink person={path.to} />
        </>
      ) : (
        <>
          {' '}
          (<PersonLink person={path.to} /> introduced you) to put in a word with {path.to.name}
        </>
      )}
      , who {tiePhrase(path.tie, profile)}.
    </p>
    <p className="muted">
      Path strength {path.strength}: the weaker link is{' '}
      {path.weakerLink === 'READINESS'
        ? `${path.via.name}’s readiness (${path.viaReadiness})`
        : `${path.to.name}’s tie to the profile (${strengthLabel(path.tie).toLowerCase()}, ${path.tieScore})`}
      .
    </p>
  </li>
);

const NobodyKnows = ({ gap }: { gap: Gap }) => {
  const { groups, introducers } = gap.suggestions;
  return (
    <div className="gap-nobody">
      <p>Nobody in your network is tagged as knowing such buyers yet.</p>
      {groups.length === 0 && introducers.length === 0 ? (
        <p className="muted">
          Ask the people you meet who they know, and tag them from their page when someone does.
        </p>
      ) : (
        <>
          <p>Where to ask:</p>
          <ul className="gap-suggestions">
            {groups.map(({ group, membersWhoKnow, membersWhoIntroduced }) => (
              <li key={group.id}>
                At <strong>{group.name}</strong>
                {membersWhoKnow + membersWhoIntroduced > 0 ? (
                  <span className="muted">
                    {' '}
                    —{' '}
                    {[
                      membersWhoKnow > 0
                        ? `${plural(membersWhoKnow, 'member')} know other profiles`
                        : null,
                      membersWhoIntroduced > 0
                        ? `${plural(membersWhoIntroduced, 'member')} introduced you to people`
                        : null,
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </span>
                ) : null}
              </li>
            ))}
            {introducers.map(({ person, introducedCount }) => (
              <li key={person.id}>
                Ask <PersonLink person={person} />, who introduced you to{' '}
                {plural(introducedCount, 'person', 'people')}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
};

const GapCard = ({ gap }: { gap: Gap }) => {
  const headingId = `gap-${gap.targetBuyer.id}`;
  const more = gap.knowerCount - gap.notReady.length;
  return (
    <li className="card gap-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link to="/buyers/$targetBuyerId" params={{ targetBuyerId: gap.targetBuyer.id }}>
          {gap.targetBuyer.name}
        </Link>
      </h2>
      {gap.nobodyKnows ? (
        <NobodyKnows gap={gap} />
      ) : (
        <>
          <p className="muted">
            {plural(gap.knowerCount, 'person knows', 'people know')} such buyers, none ready yet.
          </p>
          <h3>Make one of them ready</h3>
          <ul className="gap-people">
            {gap.notReady.map((knower) => (
              <li key={knower.person.id} className="gap-person">
                <div className="gap-person-head">
                  <PersonLink person={knower.person} />
                  <span className="muted">{strengthLabel(knower.strength)}</span>
                  <span className="badge gap-readiness">Readiness {knower.readiness}</span>
                </div>
                <p className="gap-step">
                  <strong>{knower.nextStep.title}</strong>{' '}
                  <span className="muted">{knower.nextStep.detail}</span>
                </p>
              </li>
            ))}
          </ul>
          {more > 0 ? <p className="muted">…and {plural(more, 'other')}, less ready.</p> : null}
        </>
      )}
      {gap.paths.length > 0 ? (
        <>
          <h3>Or go through someone ready</h3>
          <ul className="gap-paths">
            {gap.paths.map((path) => (
              <PathSentence
                key={`${path.via.id}-${path.to.id}`}
                path={path}
                profile={gap.targetBuyer.name}
              />
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
};

/** Profiles nobody ready can reach, with what to do about each; the threshold is set here too. */
export const BuyerGapsPage = () => {
  const query = useQuery({
    queryKey: [...BUYERS_KEY, 'gaps'],
    queryFn: async () => (await request(BuyerGapsQuery)).buyerGaps,
  });
  const data = query.data;
  return (
    <section className="buyer-gaps">
      <p>
        <Link to="/buyers">← Target buyers</Link>
      </p>
      <h1>Gaps</h1>
      <p className="muted">
        Profiles that nobody ready to introduce you knows, and how to close each gap.
      </p>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
        {data ? (
          <>
            <div className="card gap-threshold">
              <p>
                {data.profileCount === 0
                  ? `Someone counts as ready from readiness ${data.threshold}.`
                  : `${data.coveredCount} of ${plural(data.profileCount, 'profile')} ${data.coveredCount === 1 ? 'has' : 'have'} someone ready (readiness ${data.threshold} or more).`}
              </p>
              <ReadyThresholdForm key={data.threshold} threshold={data.threshold} />
            </div>
            {data.profileCount === 0 ? (
              <div className="empty-state card">
                <p>
                  No target buyer profiles yet.{' '}
                  <Link to="/buyers">Describe who you want to meet</Link> and tag the people who
                  know such buyers; the gaps show here.
                </p>
              </div>
            ) : data.gaps.length === 0 ? (
              <div className="empty-state card">
                <p>Every profile has someone ready to introduce you.</p>
              </div>
            ) : (
              <ul className="gap-list" aria-label="Gaps">
                {data.gaps.map((gap) => (
                  <GapCard key={gap.targetBuyer.id} gap={gap} />
                ))}
              </ul>
            )}
          </>
        ) : null}
      </QueryState>
    </section>
  );
};
