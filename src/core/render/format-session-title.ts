import type { Language } from '../program/program.js';
import type { Session, SessionKind } from '../schedule/session.js';

const BUILT_IN_TITLES: Record<Language, Record<Exclude<SessionKind, 'topic'>, string>> = {
  en: { kickoff: 'Kickoff', checkin: 'Check-in', retrospective: 'Retrospective' },
  de: { kickoff: 'Auftakt', checkin: 'Zwischenbilanz', retrospective: 'Rückblick' },
};

/** A session's short title: the built-in session's name in the program's language, or the topic's title. */
export function formatSessionTitle(session: Pick<Session, 'kind' | 'topic'>, language: Language): string {
  if (session.kind === 'topic') return session.topic?.title ?? 'Topic';
  return BUILT_IN_TITLES[language][session.kind];
}
