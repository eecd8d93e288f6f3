import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// Dates follow the computer's language unless Settings says otherwise; tests read them as en-GB
// writes them ("Mon 2 Mar 2026, 09:30"), the journal's look before that choice existed.
Object.defineProperty(window.navigator, 'language', { value: 'en-GB', configurable: true });
