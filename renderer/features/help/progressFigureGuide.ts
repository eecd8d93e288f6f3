/**
 * What each Progress figure shows, in Help's words. The titles are the figures' own (their
 * accessible names); tests/unit/renderer/help checks this list against the figures Progress draws,
 * so a new or renamed figure cannot go unexplained.
 */
export const progressFigureGuide: readonly { readonly title: string; readonly meaning: string }[] = [
  {
    title: 'Principle ratings over time',
    meaning:
      'How well you felt you applied each principle, from 1 to 5, averaged per week (per month over long ranges). A gap in a line is a week with no rating.',
  },
  {
    title: 'Outcomes by week',
    meaning:
      'How your attempts turned out: achieved, partly achieved, not yet, or made worse. Over more than six months the bars group by month.',
  },
  {
    title: 'Escalations to your manager',
    meaning:
      'How often you took a problem to your manager instead of working it out yourself. Lower usually means you are owning more.',
  },
  {
    title: 'Reflection streak',
    meaning:
      'One square per day; a fuller square means more reflections that day. It shows your rhythm, not a score.',
  },
  {
    title: 'Principle coverage',
    meaning:
      'For each principle, how often you applied it, chose "Not this time", or left it unrated, so you can see which one gets forgotten.',
  },
  {
    title: 'Sphere of influence',
    meaning:
      'The people you reflected about, grouped by relationship. A bigger circle is more reflections together; a darker one is more trust.',
  },
  {
    title: 'What goes with good outcomes',
    meaning:
      'For each principle, how often attempts were achieved when you practised it and when you did not. With few attempts on a side, read it lightly.',
  },
  {
    title: 'Plans followed through',
    meaning:
      'Of the conversations you prepared for, how many you came back to reflect on, and how conversations with a plan turned out next to those without one.',
  },
];
