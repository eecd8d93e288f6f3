import { createContext, useContext } from 'react';
import type { JournalPlatform } from './JournalPlatform';

export const PlatformContext = createContext<JournalPlatform | null>(null);

export function usePlatform(): JournalPlatform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform must be used inside <PlatformContext.Provider>.');
  return platform;
}
