import { Link } from 'react-router';
import { askedPreview, firstWrittenText } from '../../../shared/domain/reflectionListRow';
import { outcomeLabels } from '../../../shared/domain/reflectionLabels';
import { useJournal } from '../../db/JournalContext';
import { useWorkspaceMode } from '../../app/workspaceMode';
import type { ListRowRecord } from '../../db/records';
import { UnreadFeedbackBadge } from '../coachFeedback/UnreadFeedbackBadge';
import { usePrinciples } from '../principles/PrinciplesProvider';
import type { DateTimeStyle } from '../../../shared/domain/dateTimeFormat';
import { useDateTimeFormat } from '../dateTime/useDateTimeFormat';
import { formatLocalDateTime } from './formatJournalDate';
import { useLiveResult } from './useLiveResult';
import { namesOf, type PeopleById } from './usePeopleNames';

/** When a row happened, as written; a draft without a date yet says so. */
export function rowDate(row: Pick<ListRowRecord, 'occurredAt'>, style?: DateTimeStyle): string {
  return row.occurredAt === null ? 'No date yet' : formatLocalDateTime(row.occurredAt, style);
}

/**
 * A row written before cards showed a draft's first words in any field has an empty preview
 * even when something was written; such a row (a draft or a note, never many) reads its
 * reflection here, so an old row is never "Nothing written yet" when it is not. The row itself
 * says the same after the next save.
 */
function OlderRowPreview({ id }: { id: string }) {
  const { reflections } = useJournal();
  const preview = useLiveResult(async () => {
    const reflection = await reflections.get(id);
    return reflection === undefined ? '' : askedPreview(firstWrittenText(reflection));
  }, [reflections, id]);
  if (preview.status === 'ready' && preview.value !== '') return <>{preview.value}</>;
  return <span className="muted">{preview.status === 'loading' ? '…' : 'Nothing written yet'}</span>;
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
          {row.askedPreview === '' ? <OlderRowPreview id={row.id} /> : row.askedPreview}
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
