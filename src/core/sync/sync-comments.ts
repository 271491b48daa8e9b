import { escapeInline } from '../markdown/escape-markdown.js';
import type { Program } from '../program/program.js';

/** The comment left on a tandem's issue when the program no longer has that tandem. */
export function closeComment(program: Pick<Program, 'language' | 'title'>): string {
  const title = escapeInline(program.title);
  return program.language === 'de'
    ? `Dieses Tandem ist nicht mehr Teil von „${title}“. Das Issue wird geschlossen (nicht geplant) und bleibt mit allen Häkchen und Notizen erhalten; kommt das Tandem zurück, wird es wieder geöffnet.`
    : `This tandem is no longer part of “${title}”. The issue is closed as not planned and keeps every tick and note; if the tandem comes back, it is reopened.`;
}

/** The comment left on a second issue for one tandem, e.g. from two runs that raced. */
export function duplicateComment(program: Pick<Program, 'language'>, canonical: number): string {
  return program.language === 'de'
    ? `Für dieses Tandem gibt es schon #${canonical}; dieses zweite Issue wird als Duplikat geschlossen.`
    : `This tandem already has #${canonical}; this second issue is closed as a duplicate.`;
}
