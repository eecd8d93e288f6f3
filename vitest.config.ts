import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    // A focused test left in by mistake would silently skip the rest of the suite.
    allowOnly: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'tests/unit/shared/**/*.test.ts',
            'tests/unit/electron/**/*.test.ts',
            'tests/unit/tooling/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/unit/renderer/setup.ts'],
        },
      },
    ],
  },
});
