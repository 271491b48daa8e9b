import { parse } from 'yaml';
import { isRecord } from '../yaml/is-record.js';
import type { SignupFormProgram } from './render-signup-form.js';

/**
 * What the sign-up forms need of a program file that is already there (its id, title, language and
 * topics), so that forms init writes next to it offer its topics, not the starter's. Undefined when
 * the file does not say these plainly: then the starter program's are used.
 */
export function readFormProgram(content: string): SignupFormProgram | undefined {
  let data: unknown;
  try {
    data = parse(content, { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
  if (!isRecord(data) || typeof data.id !== 'string' || typeof data.title !== 'string') return undefined;
  if (!Array.isArray(data.topics) || data.topics.length === 0) return undefined;
  const topics = data.topics.flatMap((topic: unknown) =>
    isRecord(topic) && typeof topic.id === 'string' && typeof topic.title === 'string'
      ? [{ id: topic.id, title: topic.title }]
      : [],
  );
  if (topics.length !== data.topics.length) return undefined;
  const language = data.language ?? 'en';
  if (language !== 'en' && language !== 'de') return undefined;
  return { id: data.id, title: data.title, language, topics };
}
