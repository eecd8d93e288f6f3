import { Fragment, memo } from 'react';
import { Link } from 'react-router';
import { isExistingDate, parseLocalDateTime } from '../../../shared/domain/localDateTime';
import { outcomeLabels } from '../../../shared/domain/reflectionLabels';
import type { SearchHit } from '../../../shared/search/toSearchHit';
import { useWorkspaceMode } from '../../app/workspaceMode';
import { useDateTimeFormat } from '../dateTime/useDateTimeFormat';
import { usePrinciples } from '../principles/PrinciplesProvider';
import { Highlighted } from './Highlighted';

function formatDay(
  occurredAt: string | null,
  formatLocalDay: (value: string) => string,
): { label: string; dateTime?: string } {
  const parts = occurredAt === null ? null : parseLocalDateTime(occurredAt);
  if (occurredAt === null || parts === null || !isExistingDate(parts)) return { label: 'No date yet' };
  return { label: formatLocalDay(occurredAt), dateTime: occurredAt.slice(0, 10) };
}

function SearchResult({ hit }: { hit: SearchHit }) {
  const { titleOf } = usePrinciples();
  const { linkBase, readOnly } = useWorkspaceMode();
  // The list is memoized: each result follows the format chosen in Settings itself, live.
  const format = useDateTimeFormat();
  const day = formatDay(hit.occurredAt, format.day);
  const hasAsked = hit.asked.some((segment) => segment.text.trim() !== '');
  const isPlan = hit.kind === 'preparation';
  const untitled = isPlan ? 'Untitled preparation' : 'Untitled draft';
  // A read-only workspace (a coach's) has no plan page: a plan opens on its reflection's entry
  // page, where it is shown beside what happened, and one not reflected on is listed unlinked.
  const target = !isPlan
    ? `${linkBase}/reflections/${hit.id}`
    : !readOnly
      ? `${linkBase}/preparations/${hit.id}`
      : hit.reflectionId
        ? `${linkBase}/reflections/${hit.reflectionId}`
        : null;
  const title = hasAsked ? <Highlighted segments={hit.asked} /> : untitled;
  return (
    <li className="search-result">
      <h2 className="search-result-title">
        {target === null ? (
          <span dir="auto">{title}</span>
        ) : (
          <Link to={target} dir="auto">
            {title}
          </Link>
        )}
      </h2>
      <p className="search-result-meta">
        {/* Said first, so a plan is never read as a reflection: its date is when it is planned. */}
        {isPlan && <span className="search-result-kind">Preparation</span>}
        {day.dateTime === undefined ? day.label : <time dateTime={day.dateTime}>{day.label}</time>}
        {hit.people.length > 0 && (
          <span>
            {hit.people.map((name, position) => (
              <Fragment key={position}>
                {position > 0 && ', '}
                <bdi>
                  <Highlighted segments={name} />
                </bdi>
              </Fragment>
            ))}
          </span>
        )}
        {hit.outcome !== null && <span>{outcomeLabels[hit.outcome]}</span>}
        {hit.starred && <span>Starred</span>}
        {hit.status === 'draft' && <span>Draft</span>}
      </p>
      {hit.passage !== null && (
        <p className="search-result-passage">
          <span className="search-result-label">
            {hit.passage.principleId === undefined
              ? hit.passage.label
              : `${titleOf(hit.passage.principleId)} ${isPlan ? 'plan' : 'notes'}`}
            :{' '}
          </span>
          <span dir="auto">
            <Highlighted segments={hit.passage.segments} />
          </span>
        </p>
      )}
    </li>
  );
}

/** Memoized: typing re-renders the page on every key, but the hits change only when an answer comes. */
export const SearchResultList = memo(function SearchResultList({ hits }: { hits: readonly SearchHit[] }) {
  return (
    <ol className="search-results" aria-label="Search results">
      {hits.map((hit) => (
        <SearchResult key={hit.id} hit={hit} />
      ))}
    </ol>
  );
});
