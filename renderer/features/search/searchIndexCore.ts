import MiniSearch from 'minisearch';
import { discardDocument, replaceDocument } from '../../../shared/search/fieldLengthTable';
import { FilterFieldTable } from '../../../shared/search/filterFieldTable';
import { PreparationSearch } from '../../../shared/search/preparationSearch';
import { toSearchDocument, type SearchDocument } from '../../../shared/search/searchDocument';
import { searchIndexOptions } from '../../../shared/search/searchOptions';
import type { JournalDatabase } from '../../db/JournalDatabase';
import {
  loadPersistedIndex,
  persistIndex,
  readPersistedMeta,
  type LoadedSearchIndex,
  type PersistedSearchMeta,
} from './searchIndexStore';
import type { SearchReadyInfo, SearchRequest, SearchResponse } from './searchProtocol';
import { runSearchQuery } from './runSearchQuery';

export interface SearchProgress {
  phase: 'loading' | 'building';
  indexed: number;
  total: number | null;
}

export interface SearchIndexCoreOptions {
  /** Reflections read per chunk while building. */
  chunkSize?: number;
  /** How long indexing runs before yielding, so queued queries get answered in between. */
  sliceMs?: number;
  yieldToEvents?: () => Promise<void>;
  now?: () => Date;
}

const CHANGE_BATCH = 2_000;
const REINDEX_BATCH = 500;
/** Beyond this backlog a fresh build is quicker than replaying changes one by one (after an import, say). */
const REPLAY_LIMIT = 5_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function createSignal() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve: () => resolve() };
}

/**
 * The search index and everything that keeps it in step with the journal: load or build,
 * absorb queued search changes, save. Plain code with the database passed in, so it runs the
 * same in the worker and in unit tests. Work that changes the index runs one task at a time.
 */
export class SearchIndexCore {
  private index: MiniSearch<SearchDocument> | null = null;
  private filters = new FilterFieldTable();
  private readonly preparations = new PreparationSearch();
  private appliedSeq = 0;
  private people = new Map<string, { name: string }>();
  private indexedPeople: Record<string, string> = {};
  private phase: 'idle' | 'loading' | 'building' | 'ready' = 'idle';
  private unsaved = false;
  private exclusive: Promise<unknown> = Promise.resolve();
  private readonly searchable = createSignal();
  private readonly chunkSize: number;
  private readonly sliceMs: number;
  private readonly yieldToEvents: () => Promise<void>;
  private readonly now: () => Date;

  constructor(
    private readonly db: JournalDatabase,
    options: SearchIndexCoreOptions = {},
  ) {
    this.chunkSize = options.chunkSize ?? 2_000;
    this.sliceMs = options.sliceMs ?? 40;
    this.yieldToEvents = options.yieldToEvents ?? nextTask;
    this.now = options.now ?? (() => new Date());
  }

  get isReady(): boolean {
    return this.phase === 'ready';
  }

  get hasUnsavedChanges(): boolean {
    return this.unsaved;
  }

  get documentCount(): number {
    return this.index?.documentCount ?? 0;
  }

  /**
   * Loads the saved index (or builds one), then absorbs what was saved since. The small reads come
   * first; the large one waits for `mayLoad`, so a worker started early can get ready without
   * competing with the page's first rows. `durationMs` counts from when loading may begin.
   */
  start(
    onProgress: (progress: SearchProgress) => void = () => undefined,
    mayLoad: Promise<void> = Promise.resolve(),
  ): Promise<SearchReadyInfo> {
    return this.runExclusive(async () => {
      this.phase = 'loading';
      onProgress({ phase: 'loading', indexed: 0, total: null });
      const [, meta] = await Promise.all([this.refreshPeople(), readPersistedMeta(this.db)]);
      await mayLoad;
      const startedAt = performance.now();
      const loaded = await this.loadIfWorthIt(meta);
      if (loaded !== null) this.adopt(loaded);
      else await this.build(onProgress, meta?.appliedSeq ?? 0);
      const indexedAt = performance.now();
      const appliedChanges = await this.syncNow();
      this.phase = 'ready';
      return {
        source: loaded === null ? 'built' : 'persisted',
        documentCount: this.documentCount,
        appliedChanges,
        durationMs: Math.round(performance.now() - startedAt),
        indexMs: Math.round(indexedAt - startedAt),
      };
    });
  }

  /** Applies search changes saved since the last sync; returns how many documents it touched. */
  sync(): Promise<number> {
    return this.runExclusive(() => this.syncNow());
  }

  /** Saves the index if it changed; false when there was nothing to save or a newer one exists. */
  persist(): Promise<boolean> {
    return this.runExclusive(async () => {
      if (this.index === null || this.phase !== 'ready' || !this.unsaved) return false;
      const saved = await persistIndex(this.db, this.index, this.filters, {
        appliedSeq: this.appliedSeq,
        savedAt: this.now().toISOString(),
        peopleNames: this.indexedPeople,
      });
      if (saved) this.unsaved = false;
      return saved;
    });
  }

  /** Answers from whatever is indexed; while building that is part of the journal (isComplete false). */
  async search(request: SearchRequest): Promise<SearchResponse> {
    await this.searchable.promise;
    return runSearchQuery({
      index: this.index,
      filters: this.filters,
      preparations: this.preparations,
      db: this.db,
      people: this.people,
      request,
      // A loaded index still absorbing the last few saves is as good as complete; a partial build is not.
      isComplete: this.phase !== 'building',
    });
  }

  private runExclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.exclusive.then(task, task);
    this.exclusive = run.catch(() => undefined);
    return run;
  }

  private adopt({ index, filters, meta }: LoadedSearchIndex): void {
    this.index = index;
    this.filters = filters;
    this.appliedSeq = meta.appliedSeq;
    this.indexedPeople = meta.peopleNames;
    this.searchable.resolve();
  }

  /** The saved index, unless so many changes piled up since that rebuilding is faster. */
  private async loadIfWorthIt(meta: PersistedSearchMeta | null): Promise<LoadedSearchIndex | null> {
    if (meta === null) return null;
    const backlog = await this.db.searchChanges.where(':id').above(meta.appliedSeq).count();
    if (backlog > Math.max(REPLAY_LIMIT, meta.documentCount / 2)) return null;
    return loadPersistedIndex(this.db);
  }

  private async build(onProgress: (progress: SearchProgress) => void, savedSeq: number): Promise<void> {
    this.phase = 'building';
    // Changes saved from here on are replayed after the build, whether or not a chunk saw them.
    // Changes a saved index already cleared are in the reflections read below, hence savedSeq.
    const lastSeq = await this.db.searchChanges.toCollection().lastKey();
    this.appliedSeq = Math.max(savedSeq, typeof lastSeq === 'number' ? lastSeq : 0);
    this.indexedPeople = this.peopleNames();
    const index = new MiniSearch<SearchDocument>(searchIndexOptions);
    this.index = index;
    this.filters = new FilterFieldTable();
    this.searchable.resolve();
    const total = await this.db.reflections.count();
    let indexed = 0;
    let lastId: string | undefined;
    for (;;) {
      const collection =
        lastId === undefined
          ? this.db.reflections.toCollection()
          : this.db.reflections.where(':id').above(lastId);
      const chunk = await collection.limit(this.chunkSize).toArray();
      let sliceStart = performance.now();
      for (const reflection of chunk) {
        if (reflection.deletedAt === null) this.put(index, toSearchDocument(reflection, this.people), false);
        indexed += 1;
        if (performance.now() - sliceStart > this.sliceMs) {
          onProgress({ phase: 'building', indexed, total });
          await this.yieldToEvents();
          sliceStart = performance.now();
        }
      }
      onProgress({ phase: 'building', indexed, total });
      lastId = chunk.at(-1)?.id;
      if (chunk.length < this.chunkSize || lastId === undefined) break;
      await this.yieldToEvents();
    }
    this.unsaved = true;
  }

  private async syncNow(): Promise<number> {
    if (this.index === null) return 0;
    await this.catchUpWithOtherWindows();
    const changedPeople = await this.refreshPeople();
    let touched = 0;
    for (;;) {
      const changes = await this.db.searchChanges
        .where(':id')
        .above(this.appliedSeq)
        .limit(CHANGE_BATCH)
        .toArray();
      const lastSeq = changes.at(-1)?.seq;
      if (lastSeq === undefined) break;
      if (changes.some((change) => change.kind === 'rebuild')) {
        // A large import asked for it: one read of every reflection covers every change queued so far.
        // (Met on start-up too, after the saved index loaded: rare enough not to look ahead for it.)
        const phase = this.phase;
        await this.build(() => undefined, this.appliedSeq);
        this.phase = phase;
        touched += this.documentCount;
        continue;
      }
      await this.reindex([...new Set(changes.map((change) => change.reflectionId))]);
      this.appliedSeq = lastSeq;
      touched += changes.length;
    }
    if (changedPeople.length > 0) {
      const ids = await this.db.reflections.where('personIds').anyOf(changedPeople).primaryKeys();
      await this.reindex([...new Set(ids)]);
      touched += ids.length;
    }
    // Plans are few: read whole, and rebuilt only when one of them or a name in them changed.
    // They are not in the saved index, so a change to them alone leaves nothing to save.
    const plansChanged = this.preparations.replaceAll(await this.db.preparations.toArray(), this.people);
    this.indexedPeople = this.peopleNames();
    if (touched > 0 || changedPeople.length > 0) this.unsaved = true;
    return touched + (plansChanged ? 1 : 0);
  }

  /**
   * Another window may have saved a newer index and cleared the changes it covered, some of
   * which this index still needs; then the only complete picture is that saved index.
   */
  private async catchUpWithOtherWindows(): Promise<void> {
    const meta = await readPersistedMeta(this.db);
    if (meta === null || meta.appliedSeq <= this.appliedSeq) return;
    const next = await this.db.searchChanges.where(':id').above(this.appliedSeq).first();
    if (next?.seq === this.appliedSeq + 1) return;
    const loaded = await loadPersistedIndex(this.db);
    if (loaded !== null) this.adopt(loaded);
  }

  /** Re-reads the reflections and puts them in the index, or takes them out if gone or in the Trash. */
  private async reindex(ids: readonly string[]): Promise<void> {
    const index = this.index;
    if (index === null) return;
    for (let start = 0; start < ids.length; start += REINDEX_BATCH) {
      const batch = ids.slice(start, start + REINDEX_BATCH);
      const reflections = await this.db.reflections.bulkGet(batch);
      batch.forEach((id, position) => {
        const reflection = reflections[position];
        if (reflection === undefined || reflection.deletedAt !== null) {
          if (index.has(id)) discardDocument(index as MiniSearch<unknown>, id);
          this.filters.delete(id);
        } else {
          this.put(index, toSearchDocument(reflection, this.people), index.has(id));
        }
      });
    }
  }

  /** Adds or replaces a document, keeping its filter facts beside it. */
  private put(index: MiniSearch<SearchDocument>, document: SearchDocument, replace: boolean): void {
    if (replace) replaceDocument(index, document);
    else index.add(document);
    this.filters.set(document.id, document);
  }

  /** Reads people afresh; returns ids whose name differs from the one in the index (new, renamed, gone). */
  private async refreshPeople(): Promise<string[]> {
    const records = await this.db.people.toArray();
    this.people = new Map(records.map((person) => [person.id, { name: person.name }]));
    const changed = new Set<string>();
    for (const [id, { name }] of this.people) if (this.indexedPeople[id] !== name) changed.add(id);
    for (const id of Object.keys(this.indexedPeople)) if (!this.people.has(id)) changed.add(id);
    return [...changed];
  }

  private peopleNames(): Record<string, string> {
    return Object.fromEntries([...this.people].map(([id, { name }]) => [id, name]));
  }
}
