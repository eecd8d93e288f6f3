import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { describeStorageError, type StorageProblem } from '../db/storageErrors';

interface StorageStatusValue {
  problem: StorageProblem | null;
  report: (error: unknown) => StorageProblem;
  clear: () => void;
}

const StorageStatusContext = createContext<StorageStatusValue | null>(null);

/** One place where failed writes surface, so no caller can swallow a "storage full". */
export function StorageStatusProvider({
  children,
  onReady,
}: {
  children: ReactNode;
  /** Hands the reporter to code outside React, such as the database's version-change handler. */
  onReady?: (report: (error: unknown) => StorageProblem) => void;
}) {
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const report = useCallback((error: unknown) => {
    const described = describeStorageError(error);
    setProblem(described);
    return described;
  }, []);
  const clear = useCallback(() => setProblem(null), []);
  useEffect(() => onReady?.(report), [onReady, report]);
  const value = useMemo(() => ({ problem, report, clear }), [problem, report, clear]);
  return <StorageStatusContext.Provider value={value}>{children}</StorageStatusContext.Provider>;
}

export function useStorageStatus(): StorageStatusValue {
  const value = useContext(StorageStatusContext);
  if (!value) throw new Error('useStorageStatus must be used inside <StorageStatusProvider>.');
  return value;
}
