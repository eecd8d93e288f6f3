import { StrictMode, type ReactNode } from 'react';
import { StorageStatusProvider } from '../../../renderer/app/storageStatus';
import { JournalProvider, type Journal } from '../../../renderer/db/JournalContext';
import { PrinciplesProvider } from '../../../renderer/features/principles/PrinciplesProvider';
import type { JournalPlatform } from '../../../renderer/platform/JournalPlatform';
import { PlatformContext } from '../../../renderer/platform/PlatformContext';

/**
 * The providers main.tsx puts around every page, in StrictMode as it renders them, so a page
 * test sees the journal, the storage banner's state and the principles the app would give it.
 * Without `platform` the page gets the context's default one.
 */
export function AppProviders({
  journal,
  platform,
  children,
}: {
  journal: Journal;
  platform?: JournalPlatform;
  children: ReactNode;
}) {
  const providers = (
    <JournalProvider journal={journal}>
      <StorageStatusProvider>
        <PrinciplesProvider>{children}</PrinciplesProvider>
      </StorageStatusProvider>
    </JournalProvider>
  );
  return (
    <StrictMode>
      {platform === undefined ? (
        providers
      ) : (
        <PlatformContext.Provider value={platform}>{providers}</PlatformContext.Provider>
      )}
    </StrictMode>
  );
}
