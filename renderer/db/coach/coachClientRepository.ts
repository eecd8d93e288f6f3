import Dexie from 'dexie';
import type { JournalExport } from '../../../shared/data/exportFormat';
import { newTimeOrderedId } from '../../../shared/domain/timeOrderedId';
import type { JournalDatabase } from '../JournalDatabase';
import { clientDatabaseName, type CoachClientRecord, type CoachDatabase } from './coachDatabase';
import { fillClientWorkspace, type WorkspaceProgress } from './fillClientWorkspace';

/** How the repository reaches a client's workspace database; the page keeps one connection per client. */
export interface ClientWorkspaces {
  open(dbName: string): JournalDatabase;
  /** Closes every connection the page holds to it (the page's and the search worker's). */
  release(dbName: string): void | Promise<void>;
}

export type OpenExportOutcome =
  | { readonly kind: 'added'; readonly client: CoachClientRecord; readonly skipped: number }
  | { readonly kind: 'updated'; readonly client: CoachClientRecord; readonly skipped: number }
  /** The same journal, exported at the same time or earlier than the one open: nothing changed. */
  | { readonly kind: 'not-newer'; readonly client: CoachClientRecord; readonly isSame: boolean };

export type OpenExportStep = 'checking' | 'writing' | 'saving';

/** The coach named no one: a new client needs a name to tell it apart in the list. */
export class ClientNameMissingError extends Error {
  override name = 'ClientNameMissingError';
}

const CLIENT_NAME_MAX = 200;

function periodOf(file: JournalExport): { periodFrom: string | null; periodTo: string | null } {
  let periodFrom: string | null = null;
  let periodTo: string | null = null;
  for (const { occurredAt } of file.reflections) {
    if (occurredAt === null) continue;
    const day = occurredAt.slice(0, 10);
    if (periodFrom === null || day < periodFrom) periodFrom = day;
    if (periodTo === null || day > periodTo) periodTo = day;
  }
  return { periodFrom, periodTo };
}

const exportInstant = (exportedAt: string) => Date.parse(exportedAt);

/**
 * The coach's clients: each one's journal in a workspace database of its own, filled with the
 * same checks and limits as the Data page's import (fillClientWorkspace), and never the coach's journal.
 */
export function createCoachClientRepository(
  coach: CoachDatabase,
  workspaces: ClientWorkspaces,
  now: () => Date = () => new Date(),
) {
  async function addClient(
    file: JournalExport,
    name: string,
    onStep: (step: OpenExportStep) => void,
    onWritten: WorkspaceProgress,
  ): Promise<OpenExportOutcome> {
    const trimmed = name.trim();
    if (trimmed === '') throw new ClientNameMissingError("Type the client's name.");
    if (trimmed.length > CLIENT_NAME_MAX) {
      throw new ClientNameMissingError(
        `The client's name is too long (${CLIENT_NAME_MAX} characters at most).`,
      );
    }
    const at = now();
    const id = newTimeOrderedId(at);
    const dbName = clientDatabaseName(id);
    onStep('writing');
    let filled: { written: number; skipped: number };
    try {
      filled = await fillClientWorkspace(workspaces.open(dbName), file, now, onWritten);
      onStep('saving');
      const client: CoachClientRecord = {
        id,
        name: trimmed,
        journalId: file.journalId,
        dbName,
        ...periodOf(file),
        reflectionCount: filled.written,
        exportedAt: file.exportedAt,
        openedAt: at.toISOString(),
        updatedAt: at.toISOString(),
        newerExportOpenedAt: null,
      };
      await coach.clients.add(client);
      return { kind: 'added', client, skipped: filled.skipped };
    } catch (error) {
      // Without its record nobody could reach or remove the workspace: it goes too.
      await Promise.resolve(workspaces.release(dbName));
      await Dexie.delete(dbName).catch(() => undefined);
      throw error;
    }
  }

  async function updateClient(
    client: CoachClientRecord,
    file: JournalExport,
    onStep: (step: OpenExportStep) => void,
    onWritten: WorkspaceProgress,
  ): Promise<OpenExportOutcome> {
    const difference = exportInstant(file.exportedAt) - exportInstant(client.exportedAt);
    if (difference <= 0) return { kind: 'not-newer', client, isSame: difference === 0 };
    onStep('writing');
    // The search index in memory knows the old export; the next search builds it again.
    await Promise.resolve(workspaces.release(client.dbName));
    const filled = await fillClientWorkspace(workspaces.open(client.dbName), file, now, onWritten);
    onStep('saving');
    const at = now().toISOString();
    const updated: CoachClientRecord = {
      ...client,
      ...periodOf(file),
      reflectionCount: filled.written,
      exportedAt: file.exportedAt,
      updatedAt: at,
      newerExportOpenedAt: at,
    };
    await coach.clients.put(updated);
    return { kind: 'updated', client: updated, skipped: filled.skipped };
  }

  return {
    /** The list: the coach's database only, never a workspace, so 30 large clients open as fast as one. */
    async list(): Promise<CoachClientRecord[]> {
      const clients = await coach.clients.toArray();
      return clients.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    },

    get(clientId: string): Promise<CoachClientRecord | undefined> {
      return coach.clients.get(clientId);
    },

    /** The client this export belongs to (same journal id), if the coach opened one before. */
    findByJournalId(journalId: string): Promise<CoachClientRecord | undefined> {
      return coach.clients.where('journalId').equals(journalId).first();
    },

    /**
     * Opens an export: a journal already here is updated when the file is newer (comments stay:
     * they live in the coach's database, keyed by reflection id) and left alone otherwise; a new
     * journal becomes a new client under `name`.
     */
    async openExport(
      file: JournalExport,
      name: string,
      onStep: (step: OpenExportStep) => void = () => undefined,
      onWritten: WorkspaceProgress = () => undefined,
    ): Promise<OpenExportOutcome> {
      onStep('checking');
      const existing = await this.findByJournalId(file.journalId);
      return existing === undefined
        ? addClient(file, name, onStep, onWritten)
        : updateClient(existing, file, onStep, onWritten);
    },

    /** The coach opened the workspace: the "Newer export opened" badge has been seen. */
    async markSeen(clientId: string): Promise<void> {
      await coach.clients.update(clientId, { newerExportOpenedAt: null });
    },

    /**
     * Deletes the workspace first, so a failure leaves the client listed and the coach can try
     * again; then the client and everything the coach wrote about them, in one transaction.
     */
    async remove(clientId: string): Promise<void> {
      const client = await coach.clients.get(clientId);
      if (client === undefined) return;
      await Promise.resolve(workspaces.release(client.dbName));
      await Dexie.delete(client.dbName);
      await coach.transaction('rw', [coach.clients, coach.comments, coach.flags, coach.sessionNotes], () =>
        Promise.all([
          coach.clients.delete(clientId),
          coach.comments.where('clientId').equals(clientId).delete(),
          coach.flags.where('clientId').equals(clientId).delete(),
          coach.sessionNotes.delete(clientId),
        ]),
      );
    },
  };
}

export type CoachClientRepository = ReturnType<typeof createCoachClientRepository>;
