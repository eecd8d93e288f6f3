import { useId, useLayoutEffect, useRef, useState } from 'react';
import { builtInPrinciples, type ResolvedPrinciple } from '../../../shared/domain/principles';
import { useStorageStatus } from '../../app/storageStatus';
import { useJournal } from '../../db/JournalContext';
import { PrincipleEditForm } from './PrincipleEditForm';

/**
 * One principle: its name, where it comes from, and what can be done with it. Each button's
 * name carries the principle's (visually hidden), so a list of buttons read out of context
 * still says which principle it acts on.
 */
export function PrincipleItem({
  principle,
  onStatus,
}: {
  principle: ResolvedPrinciple;
  onStatus: (message: string) => void;
}) {
  const { principleSettings } = useJournal();
  const { report } = useStorageStatus();
  const titleId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const [isEditing, setIsEditing] = useState(false);
  const isBusy = useRef(false);
  const focusEditNext = useRef(false);
  const [problem, setProblem] = useState<string | null>(null);
  const original = builtInPrinciples.find(({ id }) => id === principle.id);
  const isRenamed = original !== undefined && original.title !== principle.title;
  const isRedescribed = original !== undefined && original.description !== principle.description;
  const { title } = principle;
  // The space sits outside the hidden span: name computation trims text inside each element.
  const forTitle = (
    <>
      {' '}
      <span className="visually-hidden">{title}</span>
    </>
  );

  // The Edit button only exists again once the form has closed, so focus returns to it in the
  // commit that brings it back: never a frame, or a moment for a screen reader, on the page itself.
  useLayoutEffect(() => {
    if (isEditing || !focusEditNext.current) return;
    focusEditNext.current = false;
    editButton.current?.focus();
  }, [isEditing]);

  // Buttons are never disabled while writing: a disabled button drops keyboard focus to the page.
  async function run(write: () => Promise<void>, done: string) {
    if (isBusy.current) return;
    isBusy.current = true;
    setProblem(null);
    try {
      await write();
      onStatus(done);
    } catch (error) {
      setProblem(report(error).message);
    } finally {
      isBusy.current = false;
    }
  }

  function closeEditor(status: string | null) {
    focusEditNext.current = true;
    setIsEditing(false);
    if (status !== null) onStatus(status);
  }

  const toggleHidden = () =>
    run(
      () => principleSettings.update(principle.id, { isHidden: !principle.isHidden }),
      principle.isHidden
        ? `"${title}" is shown again and has its own step in new reflections.`
        : `"${title}" is hidden. New reflections skip it; past reflections still show it.`,
    );

  const restore = (field: 'title' | 'description') =>
    run(
      async () => {
        await principleSettings.restoreOriginal(principle.id, field);
        editButton.current?.focus();
      },
      field === 'title'
        ? `Renamed back to "${original?.title ?? title}".`
        : `The original description of "${title}" is back.`,
    );

  return (
    <li className="card principle-item" aria-labelledby={titleId}>
      <div className="principle-item-head">
        <h3 id={titleId} className="principle-item-title">
          {title}
        </h3>
        <span className="tag">{principle.isBuiltIn ? 'Built in' : 'Your own'}</span>
        {principle.isHidden ? <span className="tag principle-tag-hidden">Hidden</span> : null}
      </div>
      {isRenamed ? <p className="muted principle-item-original">Originally “{original.title}”</p> : null}
      {principle.description === '' ? null : (
        <p className="principle-item-description">{principle.description}</p>
      )}
      {isEditing ? (
        <PrincipleEditForm
          principle={principle}
          onSaved={(saved) => closeEditor(`Saved "${saved}".`)}
          onCancel={() => closeEditor(null)}
        />
      ) : (
        <div className="button-row">
          <button ref={editButton} type="button" className="button" onClick={() => setIsEditing(true)}>
            Edit{forTitle}
          </button>
          <button type="button" className="button" onClick={() => void toggleHidden()}>
            {principle.isHidden ? 'Show' : 'Hide'}
            {forTitle}
          </button>
          {isRenamed ? (
            <button type="button" className="button" onClick={() => void restore('title')}>
              Restore original name <span className="visually-hidden">of {title}</span>
            </button>
          ) : null}
          {isRedescribed ? (
            <button
              type="button"
              className="button"

              onClick={() => void restore('description')}
            >
              Restore original description <span className="visually-hidden">of {title}</span>
            </button>
          ) : null}
        </div>
      )}
      {problem === null ? null : (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
    </li>
  );
}
