import { Link } from 'react-router';
import { outcomeLabels } from '../../../shared/domain/reflectionLabels';
import type { ListRowRecord } from '../../db/records';
import { usePrinciples } from '../principles/PrinciplesProvider';
import { formatLocalDateTime } from './formatJournalDate';
import { namesOf, type PeopleById } from './usePeopleNames';

/** When a row happened, as written; a draft without a date yet says so. */
export function rowDate(row: Pick<ListRowRecord, 'occurredAt'>): string {
  return row.occurredAt === null ? 'No date yet' : formatLocalDateTime(row.occurredAt);
}

/** One reflection in a list: a link to the entry, plus "Continue" for a draft. */
export function JournalRow({ row, peopleById }: { row: ListRowRecord; peopleById: PeopleById }) {
  const { titleOf } = usePrinciples();
  const isDraft = row.status === 'draft';
  const date = rowDate(row);
  const names = row.personIds.length === 0 ? 'No one yet' : namesOf(row.personIds, peopleById);
  return (
    <div className={isDraft ? 'journal-row journal-row-with-continue' : 'journal-row'}>
      <Link to={`/reflections/${row.id}`} className="journal-row-link">
        <span className="journal-row-top">
          <span className="journal-row-date">{date}</span>
          {row.starred ? (
            <span className="journal-row-star">
              <span aria-hidden="true">★</span>
              <span className="visually-hidden">Starred</span>
            </span>
          ) : null}
          {isDraft ? <span className="tag journal-row-draft">Draft</span> : null}
          <span className="journal-row-people">{names}</span>
        </span>
        <span className="journal-row-asked">
          {row.askedPreview === '' ? <span className="muted">Nothing written yet</span> : row.askedPreview}
        </span>
        {row.outcome !== null || row.principleIds.length > 0 ? (
          <span className="journal-row-meta">
            {row.outcome === null ? null : (
              <span className="journal-row-outcome">{outcomeLabels[row.outcome]}</span>
            )}
            {row.principleIds.map((id) => (
              <span key={id} className="tag">
                {titleOf(id)}
              </span>
            ))}
          </span>
        ) : null}
      </Link>
      {isDraft ? (
        <Link
          to={`/reflections/${row.id}/edit`}
          className="button journal-row-continue"
          aria-label={`Continue the draft from ${date}`}
        >
          Continue
        </Link>
      ) : null}
    </div>
  );
}

/**
 * A row flying past in a fling, faster than anyone can read: its card and date only, the same
 * size as the full row, which replaces it as soon as the list slows.
 */
export function PassingJournalRow({ row }: { row: ListRowRecord }) {
  return (
    <div className="journal-row journal-row-passing">
      <span className="journal-row-top">
        <span className="journal-row-date">{rowDate(row)}</span>
      </span>
    </div>
  );
}
