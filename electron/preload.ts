import { contextBridge, ipcRenderer } from 'electron';
import { buildJournalApi } from './preload/buildJournalApi';

contextBridge.exposeInMainWorld('journal', buildJournalApi(ipcRenderer));
