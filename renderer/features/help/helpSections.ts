/** Help's sections, in page order: the headings and the "On this page" list both read these. */
export const helpSections = {
  principles: { id: 'help-principles', title: 'The principles' },
  flow: { id: 'help-flow', title: 'How the guided flow works' },
  progress: { id: 'help-progress', title: 'What the Progress figures mean' },
  data: { id: 'help-data', title: 'Where your data lives' },
  backups: { id: 'help-backups', title: 'Backups' },
  shortcuts: { id: 'help-shortcuts', title: 'Keyboard shortcuts' },
} as const;

export type HelpSectionKey = keyof typeof helpSections;
