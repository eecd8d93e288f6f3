/**
 * Identity constants that must never change once released: the app:// origin keys
 * IndexedDB and the data folder holds every file. Renaming the product must not
 * move or hide a user's journal, so none of these derive from the product name.
 */
export const PRODUCT_NAME = 'Influence Journal';
export const APP_ID = 'app.influencejournal.desktop';
export const DATA_FOLDER_NAME = 'influence-journal';
/** Subfolder of userData that holds the files the app itself writes (settings, reminders, backups). */
export const APP_FILES_FOLDER = 'journal-files';
export const APP_SCHEME = 'app';
export const APP_HOST = 'journal';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
/** Linux desktop entry name; electron-builder names the installed .desktop file after the package name. */
export const LINUX_DESKTOP_NAME = 'influence-journal.desktop';
/** Read before `ready` so tests can give each run its own data folder without relaxing security. */
export const USER_DATA_ENV = 'INFLUENCE_JOURNAL_USER_DATA';
