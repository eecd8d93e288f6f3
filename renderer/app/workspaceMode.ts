import { createContext, useContext, type ReactNode } from 'react';

/**
 * Whose journal the journal, entry, Progress and search pages show. The person's own is
 * editable and lives at the top of the app; a coach's client workspace is read-only, lives under
 * `/coach/:clientId`, and adds the coach's comments to the entry page.
 */
export interface WorkspaceMode {
  /** No new reflection, edit, star, delete, Trash or restore controls. */
  readonly readOnly: boolean;
  /** Put before `/reflections/…`, `/journal` and `/search`: '' for the person's own journal. */
  readonly linkBase: string;
  /** Shown under the whole reflection on its entry page. */
  readonly renderEntryExtra?: (reflectionId: string) => ReactNode;
  /** Shown at the end of one principle's block on the entry page. */
  readonly renderPrincipleExtra?: (reflectionId: string, principleId: string) => ReactNode;
}

export const ownJournalMode: WorkspaceMode = { readOnly: false, linkBase: '' };

export const WorkspaceModeContext = createContext<WorkspaceMode>(ownJournalMode);

export function useWorkspaceMode(): WorkspaceMode {
  return useContext(WorkspaceModeContext);
}
