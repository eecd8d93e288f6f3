import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// Dates follow the computer's language unless Settings says otherwise. English as written in
// Israel: weeks from Sunday as under jsdom's en-US, and dates day first on a 24-hour clock
// ("Mon 2 Mar 2026, 09:30"), the journal's look before that choice existed, which tests read.
Object.defineProperty(window.navigator, 'language', { value: 'en-IL', configurable: true });
