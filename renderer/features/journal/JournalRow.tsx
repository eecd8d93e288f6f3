import { Link } from 'react-router';
import { outcomeLabels } from '../../../shared/domain/reflectionLabels';
import { useWorkspaceMode } from '../../app/workspaceMode';
import type { ListRowRecord } from '../../db/records';
import { UnreadFeedbackBadge } from '../coachFeedback/UnreadFeedbackBadge';
import { usePrinciples } from '../principles/PrinciplesProvider';
import type { DateTimeStyle } from '../../../shared/domain/dateTimeFormat';
import { useDateTimeFormat } from '../dateTime/useDateTimeFormat';
import { formatLocalDateTime } from './formatJournalDate';
import { namesOf, type PeopleById } from './usePeopleNames';

/** When a row happened, as written; a draft without a date yet says so. */
export function rowDate(row: Pick<ListRowRecord, 'occurredAt'>, style?: DateTimeStyle): string {
  return row.occurredAt === null ? 'No date yet' : formatLocalDateTime(row.occurredAt, style);
}

/** One reflection in a list: a link to the entry, plus "Continue" for a draft. */
export function JournalRow({ row, peopleById }: { row: ListRowRecord; peopleById: PeopleById }) {
  const { titleOf } = usePrinciples();
  const { readOnly, linkBase } = useWorkspaceMode();
  const isDraft = row.status === 'draft';
  const date = rowDate(row, useDateTimeFormat().style);
  const names = row.personIds.length === 0 ? 'No one yet' : namesOf(row.personIds, peopleById);
  return (
    <div className={isDraft && !readOnly ? 'journal-row journal-row-with-continue' : 'journal-row'}>
      <Link to={`${linkBase}/reflections/${row.id}`} className="journal-row-link">
        <span className="journal-row-top">
          <span className="journal-row-date">{date}</span>
          {row.starred ? (
            <span className="journal-row-star">
              <span aria-hidden="true">★</span>
              <span className="visually-hidden">Starred</span>
            </span>
          ) : null}
          {isDraft ? <span className="tag journal-row-draft">Draft</span> : null}
          {readOnly ? null : <UnreadFeedbackBadge reflectionId={row.id} />}
          <span className="journal-row-people" dir="auto">
            {names}
          </span>
        </span>
        <span className="journal-row-asked" dir="auto">
          {row.askedPreview === '' ? <span className="muted">Nothing written yet</span> : row.askedPreview}
        </span>
        {row.outcome !== null || row.principleIds.length > 0 || row.tags.length > 0 ? (
          <span className="journal-row-meta">
            {row.outcome === null ? null : (
              <span className="journal-row-outcome">{outcomeLabels[row.outcome]}</span>
            )}
            {row.principleIds.map((id) => (
              <span key={id} className="tag">
                {titleOf(id)}
              </span>
            ))}
            {row.tags.length === 0 ? null : (
              <span className="journal-row-tags">
                <span className="visually-hidden">Tags: </span>
                {row.tags.map((tag) => (
                  <span key={tag} className="journal-row-tag" dir="auto">
                    #{tag}
                  </span>
                ))}
              </span>
            )}
          </span>
        ) : null}
      </Link>
      {isDraft && !readOnly ? (
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
