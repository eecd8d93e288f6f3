import path from 'node:path';
import { APP_FILES_FOLDER, DATA_FOLDER_NAME, USER_DATA_ENV } from '../shared/app/identity';

export interface PathsApp {
  getPath(name: 'appData'): string;
  setPath(name: 'userData' | 'sessionData', value: string): void;
}

export interface DataFolders {
  userData: string;
  filesDir: string;
}

/**
 * Pins userData to a fixed folder name so that renaming the product never moves the journal.
 * Must run before `ready`. Tests pass their own folder through the environment.
 */
export function configureDataFolder(app: PathsApp, env: Record<string, string | undefined>): DataFolders {
  const override = env[USER_DATA_ENV];
  const userData =
    override !== undefined && override.trim() !== ''
      ? path.resolve(override)
      : path.join(app.getPath('appData'), DATA_FOLDER_NAME);
  app.setPath('userData', userData);
  app.setPath('sessionData', userData);
  return { userData, filesDir: path.join(userData, APP_FILES_FOLDER) };
}
