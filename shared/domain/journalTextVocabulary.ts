/**
 * Sentence templates for seeded sample reflections. Placeholders: {person}, {team},
 * {project}, {deliverable}. Written for this app; they describe ordinary workplace moments.
 */
export const askedTemplates = [
  'Asked {person} to share the {deliverable} for {project} a week earlier than planned.',
  'Asked {person} for two people from {team} to help close out {project}.',
  'Wanted {person} to sign off on the reduced scope for {project}.',
  'Asked {person} to move the review of {project} so my team could present our findings.',
  'Requested access to the {team} dashboards so we could track {project} ourselves.',
  'Asked {person} to hold the vendor change until we understood the effect on {project}.',
  'Needed {person} to agree on a single owner for the {deliverable}.',
  'Asked {person} to put the {deliverable} fix ahead of a roadmap item.',
  'Asked {person} to present an update on {project} with me at the quarterly review.',
  'Wanted {team} to use our shared template for the {deliverable}.',
  'Asked {person} for candid feedback on my draft of the {deliverable}.',
  'Asked {person} to cover the on-call rota during {project}.',
  'Asked for budget to extend {project} by one more month.',
  'Asked {person} to share their customer interview notes with my team.',
  'Asked {person} to stop changing requirements after the freeze on {project}.',
  'Asked {person} to lend us a reviewer from {team} for the {deliverable}.',
  'Asked {person} to agree a common definition of done for {project}.',
  'Asked {person} to join a weekly check-in on {project} for the next six weeks.',
] as const;

export const contextSentences = [
  'The deadline for {project} had already slipped once and leadership was watching closely.',
  '{team} had its own targets this quarter and our request was not on their list.',
  'We had worked together before, but the last project ended with some friction.',
  'Nobody had clearly decided who owned the {deliverable}, so it kept falling between teams.',
  'My manager had offered to step in, which would have been faster but would not have lasted.',
  '{person} had just joined and was still working out their priorities.',
  'The numbers in the {deliverable} did not match what the field team was reporting.',
  'There was a hiring freeze, so nobody could add people to solve this.',
  'Two earlier emails had gone unanswered and I was starting to feel frustrated.',
  'The customer had asked for a date and sales had already promised one.',
  'Both teams were measured on the same retention goal, though it rarely came up.',
  'A reorganisation last month had moved the work between departments.',
  'The request touched a process {team} had built and was proud of.',
  'I suspected they were under pressure I could not see from my side.',
  'Finance needed an answer before the planning cycle closed on Friday.',
  'Our previous attempt at {project} stalled because nobody agreed the scope.',
  'The conversation happened over a video call with cameras off for most of it.',
  'Support had logged a spike in tickets linked to {project}.',
] as const;

export const approachSentences = [
  'I started by asking what {person} was trying to achieve this quarter.',
  'I shared the raw data first instead of my conclusions.',
  'I explained what the delay would cost their team, not just mine.',
  'I offered to take on the first draft of the {deliverable} so it cost them less time.',
  'I proposed two options and asked which one fitted their plans better.',
  'I suggested we use the agreed service levels as the yardstick rather than opinions.',
  'I was honest that we had made a mistake in the last handover.',
  'I booked a short call instead of sending another long email.',
  'I asked what would have to be true for them to say yes.',
  'I brought a customer example that showed why this mattered.',
  'I acknowledged the work {team} had already put in before making my request.',
  'I wrote down what each of us would do and sent it round after the call.',
  'I checked my assumptions with a colleague in {team} beforehand.',
  'I resisted the urge to copy my manager into the thread.',
  'I let them set the timing for the follow-up.',
  'I asked for a small trial first rather than the whole commitment.',
] as const;

export const expectedSentences = [
  'I expected a firm no because of their workload.',
  'I thought they would agree straight away once they saw the numbers.',
  'I assumed the budget conversation would take several meetings.',
  'I expected to have to go through my manager in the end.',
  'I thought the main objection would be about timing.',
  'I expected a partial yes with conditions attached.',
] as const;

export const actualSentences = [
  'They agreed, but only after we changed the order of the work.',
  'The real objection turned out to be a reporting deadline nobody had mentioned.',
  'We found that their quarterly report and our launch needed the same information.',
  'They said yes on the call, then nothing happened for a week.',
  'It took one conversation rather than the several I had planned for.',
  'They pushed back hard at first and softened once they felt heard.',
  'We ended up with a better plan than either of us had walked in with.',
  'The answer was no for now, with a clear date to revisit.',
] as const;

export const whyDifferentSentences = [
  'I had not asked about their constraints early enough.',
  'I was solving my problem and forgot to look for the shared one.',
  'Once the data was on the table the disagreement mostly disappeared.',
  'They had been burned by a similar request last year.',
  'My timing was poor: they were in the middle of a release.',
  'The shared goal was clearer to them than I had assumed.',
] as const;

export const learnedSentences = [
  'Start with their goals before explaining mine.',
  'A written summary after the call prevents most of the confusion.',
  'Offering something concrete in return changes the tone of the conversation.',
  'I tend to escalate when I am tired; that is the moment to pause.',
  'Shared data settles arguments faster than shared opinions.',
  'Trust built on small deliveries pays off in the big requests.',
  'Asking for a small trial is easier to agree to than a big change.',
  'I should map who else is accountable for the outcome before I ask.',
  'Being open about our own mistakes made them more open too.',
  'The best outcome came from solving both problems at once.',
] as const;

export const principleNoteSentences = [
  'This went better than last time because I handled it myself.',
  'I could have done more here; I leaned on my title more than I would like.',
  'The shared goal was obvious once I wrote it down.',
  'I noticed I was tempted to hold back the bad news.',
  'We agreed the next step together, which felt like real progress.',
  'Still working on this one.',
] as const;

export const checkAnswerSentences = {
  'what-i-owned': [
    'The follow-up and the written summary.',
    'Fixing our part of the handover.',
    'The first draft.',
  ],
  'my-contribution': [
    'I asked too late.',
    'My first email was vague.',
    'I had assumed they knew the deadline.',
  ],
  'shared-goal': [
    'Customers get a working product on the date we promised.',
    'Fewer support tickets next quarter.',
  ],
  'overlapping-accountability': ['We both report on retention.', '{team} and my team share the launch date.'],
  'in-it-for-them': ['Less rework for {team}.', 'A clean story for their quarterly review.'],
  'what-they-value': ['Early warning of problems.', 'Customer data they cannot easily get.'],
  'currencies-exchanged': [
    'I offered analysis time; they offered a reviewer.',
    'Credit in the update to leadership.',
  ],
  'their-interests': ['Protecting the team from overload.', 'Hitting their own reporting deadline.'],
  'knowledge-used': ['Customer research from last quarter.', 'How the billing system actually behaves.'],
  'options-considered': [
    'Phased delivery, a smaller scope, or a later date.',
    'Sharing one engineer part-time.',
  ],
  'honesty-check': ['Nothing I am aware of.', 'I played down how late we already were.', 'No.'],
  'next-together': [
    'Review the {deliverable} together on Thursday.',
    'Joint update to both teams next week.',
  ],
} as const;

export const nextStepSentences = [
  'Send the summary of what we agreed.',
  'Check in with {person} after the first milestone.',
  'Share the revised {deliverable} by the end of the week.',
  'Book a retrospective on {project} with both teams.',
  'Ask {person} how the new arrangement is working for their team.',
] as const;
