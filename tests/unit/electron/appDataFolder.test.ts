import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureDataFolder, type PathsApp } from '../../../electron/appDataFolder';
import {
  APP_FILES_FOLDER,
  DATA_FOLDER_NAME,
  PRODUCT_NAME,
  USER_DATA_ENV,
} from '../../../shared/app/identity';

const appData = path.resolve('/home/user/.config');

function fakeApp() {
  const setPaths: Array<[string, string]> = [];
  const app: PathsApp = {
    getPath: () => appData,
    setPath: (name, value) => {
      setPaths.push([name, value]);
    },
  };
  return { app, setPaths };
}

describe('configureDataFolder', () => {
  it('uses the resolved environment override for userData and sessionData', () => {
    const { app, setPaths } = fakeApp();
    const folders = configureDataFolder(app, { [USER_DATA_ENV]: 'relative/test-profile' });
    const expected = path.resolve('relative/test-profile');
    expect(setPaths).toEqual([
      ['userData', expected],
      ['sessionData', expected],
    ]);
    expect(folders).toEqual({ userData: expected, filesDir: path.join(expected, 'journal-files') });
  });

  it.each([{}, { [USER_DATA_ENV]: '' }, { [USER_DATA_ENV]: '   ' }])(
    'falls back to the fixed data folder name inside appData (env %o)',
    (env) => {
      const { app, setPaths } = fakeApp();
      const folders = configureDataFolder(app, env);
      const expected = path.join(appData, 'influence-journal');
      expect(DATA_FOLDER_NAME).toBe('influence-journal');
      expect(folders.userData).toBe(expected);
      expect(folders.userData).not.toContain(PRODUCT_NAME);
      expect(setPaths).toEqual([
        ['userData', expected],
        ['sessionData', expected],
      ]);
    },
  );

  it('keeps the app files in the journal-files subfolder', () => {
    const { app } = fakeApp();
    const folders = configureDataFolder(app, {});
    expect(APP_FILES_FOLDER).toBe('journal-files');
    expect(path.dirname(folders.filesDir)).toBe(folders.userData);
    expect(path.basename(folders.filesDir)).toBe('journal-files');
  });
});
