import { localeStrings } from '../locale/locale-strings.js';
import type { Language } from '../program/program.js';
import type { Session } from '../schedule/session.js';

/** A session's short title: the built-in session's name in the program's language, or the topic's title. */
export function formatSessionTitle(session: Pick<Session, 'kind' | 'topic'>, language: Language): string {
  if (session.kind === 'topic') return session.topic?.title ?? 'Topic';
  return localeStrings(language).sessionTitle[session.kind];
}
