import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { TagPeopleForm } from '../buyers/tag-people-form.tsx';
import { NextOneToOneNote } from '../one-to-ones/next-one-to-one-note.tsx';
import { DeletedPersonNotice } from './deleted-person-notice.tsx';
import { DueBadge } from './due-badge.tsx';

export const PEOPLE_SORTS = ['NAME', 'NEXT_DUE', 'MOST_RECEIVED', 'MOST_GIVEN'] as const;
type PeopleSort = (typeof PEOPLE_SORTS)[number];

const SORT_LABELS: Record<PeopleSort, string> = {
  NAME: 'Sort by name',
  NEXT_DUE: 'Sort by next due',
  MOST_RECEIVED: 'Most referrals received',
  MOST_GIVEN: 'Most referrals given',
};

export const PEOPLE_REFERRAL_FILTERS = ['HAS_GIVEN_ME', 'I_OWE_THEM'] as const;
type PeopleReferralFilter = (typeof PEOPLE_REFERRAL_FILTERS)[number];

/** A sort the address can hold: any but the default. */
export const peopleSortOf = (value: unknown): Exclude<PeopleSort, 'NAME'> | undefined =>
  PEOPLE_SORTS.filter((sort) => sort !== 'NAME').find((sort) => sort === value);

export type PeopleSearch = {
  q?: string | undefined;
  /** The default, by name, is left out of the address. */
  sort?: Exclude<PeopleSort, 'NAME'> | undefined;
  archived?: boolean | undefined;
  referrals?: PeopleReferralFilter | undefined;
};

const PAGE_SIZE = 25;

type Cursors = (string | null)[];
type Paging = { filter: string; cursors: Cursors };

const PeopleQuery = graphql(`
  query People(
    $search: String
    $sort: PersonSort
    $archived: Boolean
    $referrals: PersonReferralFilter
    $first: Int
    $after: String
  ) {
    people(
      search: $search
      sort: $sort
      archived: $archived
      referrals: $referrals
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        name
        company
        profession
        isDemo
        readiness
        dueState
        nextDueAt
        nextOneToOne {
          id
          startsAt
        }
      }
    }
  }
`);

export const PeopleListPage = () => {
  const search = useSearch({ from: '/people' });
  const navigate = useNavigate({ from: '/people' });
  const [text, setText] = useState(search.q ?? '');
  // Cursors of the pages before the current one, so "Previous" works without backward paging.
  // They belong to one search and sort: a new one starts again at the first page, in the same
  // render, so no request goes out with a cursor from the old list.
  const filter = [
    search.q ?? '',
    search.sort ?? 'NAME',
    Boolean(search.archived),
    search.referrals ?? '',
  ].join('|');
  const [paging, setPaging] = useState<Paging>({ filter, cursors: [null] });
  const cursors = paging.filter === filter ? paging.cursors : [null];
  const setCursors = (update: (prev: Cursors) => Cursors) =>
    setPaging({ filter, cursors: update(cursors) });
  const after = cursors[cursors.length - 1] ?? null;

  useEffect(() => {
    const handle = setTimeout(() => {
      if ((search.q ?? '') !== text) {
        navigate({ search: (prev) => ({ ...prev, q: text || undefined }), replace: true });
      }
    }, 250);
    return () => clearTimeout(handle);
  }, [text, search.q, navigate]);

  const query = useQuery({
    queryKey: [
      'people',
      search.q ?? '',
      search.sort ?? 'NAME',
      Boolean(search.archived),
      search.referrals ?? '',
      after,
    ],
    queryFn: () =>
      request(PeopleQuery, {
        search: search.q ?? null,
        sort: search.sort ?? 'NAME',
        archived: Boolean(search.archived),
        referrals: search.referrals ?? null,
        first: PAGE_SIZE,
        after,
      }),
    placeholderData: keepPreviousData,
  });
  const people = query.data?.people;
  // Chosen people stay chosen across pages and searches, so a tag can cover several of them.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [tagging, setTagging] = useState(false);
  const [tagSummary, setTagSummary] = useState('');
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <section>
      <h1>{search.archived ? 'Archived people' : 'People'}</h1>
      <DeletedPersonNotice />
      <div className="toolbar">
        <label className="visually-hidden" htmlFor="people-search">
          Search people
        </label>
        <input
          id="people-search"
          type="search"
          placeholder="Search by name, company, profession, e-mail or tag"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <label className="visually-hidden" htmlFor="people-sort">
          Sort
        </label>
        <select
          id="people-sort"
          value={search.sort ?? 'NAME'}
          onChange={(event) =>
            navigate({
              search: (prev) => ({
                ...prev,
                sort: peopleSortOf(event.target.value),
              }),
            })
          }
        >
          {PEOPLE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor="people-referrals">
          Referrals
        </label>
        <select
          id="people-referrals"
          value={search.referrals ?? ''}
          onChange={(event) =>
            navigate({
              search: (prev) => ({
                ...prev,
                referrals: PEOPLE_REFERRAL_FILTERS.find((f) => f === event.target.value),
              }),
            })
          }
        >
          <option value="">Everyone</option>
          <option value="HAS_GIVEN_ME">Has given me referrals</option>
          <option value="I_OWE_THEM">I owe them (received more than given)</option>
        </select>
        <Link
          to="/people"
          search={(prev) => ({ ...prev, archived: search.archived ? undefined : true })}
        >
          {search.archived ? 'Show active' : 'Show archived'}
        </Link>
        <Link to="/people/import" search={{}}>
          Import contacts
        </Link>
      </div>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
        {people && people.nodes.length === 0 ? (
          <div className="empty-state card">
            {search.q ? (
              <p>No one matches “{search.q}”.</p>
            ) : search.referrals ? (
              <p>
                {search.referrals === 'HAS_GIVEN_ME'
                  ? 'No one has given you a referral yet.'
                  : 'You owe no one: you have given each person at least as many referrals as they gave you.'}{' '}
                <Link to="/referrals">Record referrals</Link> to see who has.
              </p>
            ) : search.archived ? (
              <p>No archived people.</p>
            ) : (
              <>
                <p>No people yet. Add the first person in your network, or import them.</p>
                <Link to="/people/new" className="button">
                  Add person
                </Link>{' '}
                <Link to="/people/import" search={{}} className="button secondary">
                  Import contacts
                </Link>
              </>
            )}
          </div>
        ) : null}
        {people && people.nodes.length > 0 ? (
          <div className="card">
            <p className="muted" aria-live="polite">
              {people.totalCount} {people.totalCount === 1 ? 'person' : 'people'}
            </p>
            <p className="form-success" role="status">
              {tagSummary}
            </p>
            {selected.size > 0 ? (
              <div className="selection-bar">
                <span>{selected.size} selected</span>
                {tagging ? null : (
                  <>
                    <button
                      type="button"
                      className="button-small"
                      onClick={() => {
                        setTagging(true);
                        setTagSummary('');
                      }}
                    >
                      Tag as knowing…
                    </button>
                    <button
                      type="button"
                      className="secondary button-small"
                      onClick={() => setSelected(new Set())}
                    >
                      Clear selection
                    </button>
                  </>
                )}
              </div>
            ) : null}
            {tagging && selected.size > 0 ? (
              <TagPeopleForm
                personIds={[...selected]}
                onCancel={() => setTagging(false)}
                onDone={(summary) => {
                  setTagging(false);
                  setSelected(new Set());
                  setTagSummary(summary);
                }}
              />
            ) : null}
            <ul className="list" aria-label="People">
              {people.nodes.map((person) => (
                <li key={person.id} className="list-row people-row">
                  <input
                    type="checkbox"
                    className="row-select"
                    aria-label={`Select ${person.name}`}
                    checked={selected.has(person.id)}
                    onChange={() => toggle(person.id)}
                  />
                  <div className="list-row-main">
                    <Link
                      to="/people/$personId"
                      params={{ personId: person.id }}
                      className="primary"
                    >
                      {person.name}
                    </Link>{' '}
                    {person.isDemo ? <span className="badge badge-demo">demo</span> : null}
                    <div className="muted">
                      {[person.profession, person.company].filter(Boolean).join(' · ')}
                    </div>
                    {person.nextOneToOne ? (
                      <div>
                        <NextOneToOneNote startsAt={person.nextOneToOne.startsAt} />
                      </div>
                    ) : null}
                  </div>
                  <div className="list-row-side">
                    <DueBadge state={person.dueState} nextDueAt={person.nextDueAt} />
                    <div className="muted hide-narrow">Readiness {person.readiness}</div>
                  </div>
                </li>
              ))}
            </ul>
            <div className="pager">
              <button
                type="button"
                className="secondary"
                disabled={cursors.length <= 1}
                onClick={() => setCursors((prev) => prev.slice(0, -1))}
              >
                Previous
              </button>
              <button
                type="button"
                className="secondary"
                disabled={!people.pageInfo.hasNextPage}
                onClick={() => {
                  const end = people.pageInfo.endCursor;
                  if (end) setCursors((prev) => [...prev, end]);
                }}
              >
                Next
              </button>
            </div>
          </div>
        ) : null}
      </QueryState>
    </section>
  );
};
