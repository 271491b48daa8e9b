import type { LocaleStrings } from './locale-strings.js';

export const ENGLISH: LocaleStrings = {
  sessionTitle: { kickoff: 'Kickoff', checkin: 'Check-in', retrospective: 'Retrospective' },
  genericSession: 'Session',
  cadence: (every, unit) =>
    every === 1 ? `every ${unit}` : `every ${every} ${unit === 'week' ? 'weeks' : 'months'}`,
  recurringWeekday: (weekdayName) => `${weekdayName}s`,
  formerSessionsHeading: 'Items from sessions that no longer exist',
  moved: { from: 'Moved from', byPair: 'as you agreed' },
  breakReason: 'break',
  progressTitle: 'progress',
  dateFormat: { long: 'cccc, d LLLL yyyy', time: 'HH:mm' },
  calendar: {
    session: (n, total, minutes) => `Session ${n} of ${total} · ${minutes} minutes`,
    cancelled: 'Cancelled',
    issue: 'Agenda and notes',
  },
  report: {
    status: {
      'not-started': 'Not started',
      'on-track': 'On track',
      behind: 'Behind',
      finished: 'Finished',
      closed: 'Closed',
    },
    discussionBody: (title) =>
      `Progress of “${title}”, posted by Tandem: one comment per period, updated while the period lasts. ` +
      'The figures come from the checklists in the tandem issues; what is said in a tandem stays in the tandem.',
    periodTitle: (period) => period,
  },
  boardSessions: (done, total) => `${done} of ${total}`,
};
