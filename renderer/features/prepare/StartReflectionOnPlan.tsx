import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Preparation } from '../../../shared/domain/preparationSchema';
import { createDraftReflection, type Reflection } from '../../../shared/domain/reflectionSchema';
import { useStorageStatus } from '../../app/storageStatus';
import { useJournal } from '../../db/JournalContext';
import { currentTimeZone } from '../reflect/useInitialReflection';

/** The guided reflection's starting point from a plan: who, when, and what was wanted. */
export function draftFromPlan(preparation: Preparation, now: Date, timeZone: string): Reflection {
  const draft = createDraftReflection({ now, timeZone });
  return {
    ...draft,
    preparationId: preparation.id,
    personIds: [...preparation.personIds],
    ...(preparation.plannedAt === null
      ? {}
      : { occurredAt: preparation.plannedAt, timeZone: preparation.timeZone }),
    asked: preparation.goal,
    expected: preparation.goal,
  };
}

/**
 * /new?preparation=…: starts (or continues) the guided reflection on a plan, written to the
 * journal at once so the address can name it, then opens it as any draft is opened.
 */
export function StartReflectionOnPlan({ preparationId }: { preparationId: string }) {
  const journal = useJournal();
  const { report } = useStorageStatus();
  const navigate = useNavigate();
  const [state, setState] = useState<'starting' | 'missing' | 'failed'>('starting');
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      try {
        const preparation = await journal.preparations.get(preparationId);
        if (preparation === undefined || preparation.deletedAt !== null) {
          setState('missing');
          return;
        }
        // A draft already started on this plan and not finished: "Reflect now" twice continues it.
        const open = await journal.reflections.draftOnPlan(preparationId);
        const draft =
          open ??
          (await journal.reflections.saveDraft(draftFromPlan(preparation, new Date(), currentTimeZone())));
        void navigate(`/new?draft=${draft.id}`, { replace: true });
      } catch (error) {
        report(error);
        setState('failed');
      }
    })();
  }, [journal, preparationId, navigate, report]);

  if (state === 'missing')
    return (
      <p>
        That preparation is not in your journal any more. <Link to="/new">Start a reflection</Link> without
        it.
      </p>
    );
  if (state === 'failed') return <p>The reflection could not be started. Reload the app to try again.</p>;
  return <p className="muted">Opening your plan…</p>;
}
