import { isRecord } from './is-record.js';
import type { YamlPath } from './range-of.js';

/** `tandems[2].mentor`, as people read a path; the empty string for the top level. */
export function formatYamlPath(path: YamlPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** `tandems[2].mentor: ` before a message, or nothing at the top level. */
export function pathPrefix(path: YamlPath): string {
  return path.length === 0 ? '' : `${formatYamlPath(path)}: `;
}

/** A JSON pointer (ajv's `instancePath`) as a path; indexes become numbers where the data holds a list. */
export function pathFromPointer(pointer: string, data: unknown): (string | number)[] {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let current: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      path.push(Number(segment));
      current = current[Number(segment)];
    } else {
      path.push(segment);
      current = isRecord(current) ? current[segment] : undefined;
    }
  }
  return path;
}

/** A value quoted for a message, cut short when long. */
export function quoteValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
