import Handlebars from 'handlebars';
import { defaultTemplates } from '../generated/default-templates.generated.js';
import {
  escapeInline,
  escapeLinkText,
  escapeTableCell,
  formatCodeSpan,
  formatLoginInert,
  mentionUser,
} from '../markdown/escape-markdown.js';
import type { Language } from '../program/program.js';
import { formatLongDate, formatTime } from '../schedule/format-date.js';
import { TemplateError } from './render-errors.js';

/**
 * Tandem's own Handlebars environment, isolated from the global one. Every helper returns a
 * SafeString: its output is already Markdown-safe and must not be HTML-escaped again.
 *
 * - `{{md text}}` escapes text from a program file for Markdown (see escape-markdown.ts), `{{cell text}}`
 *   for a table cell, `{{linktext text}}` between `[` and `]`;
 * - `{{code text}}` a code span; `{{user login}}` a real @mention (logins are validated), `{{login x}}`
 *   a login shown without notifying;
 * - `{{date iso}}` a long local date and `{{time value}}` a clock time, in the data's `language`;
 * - `{{plural count "one" "many"}}`, `(eq a b)`.
 */
const env = Handlebars.create();

type Options = Handlebars.HelperOptions;

const safe = (text: string): Handlebars.SafeString => new env.SafeString(text);
const asText = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
const languageOf = (options: Options): Language =>
  (options.data?.root as { language?: Language } | undefined)?.language === 'de' ? 'de' : 'en';

env.registerHelper('md', (value: unknown) => safe(escapeInline(asText(value))));
env.registerHelper('cell', (value: unknown) => safe(escapeTableCell(asText(value))));
env.registerHelper('linktext', (value: unknown) => safe(escapeLinkText(asText(value))));
env.registerHelper('code', (value: unknown) => safe(formatCodeSpan(asText(value))));
env.registerHelper('user', (value: unknown) => safe(mentionUser(asText(value))));
env.registerHelper('login', (value: unknown) => safe(formatLoginInert(asText(value))));
env.registerHelper('date', (value: unknown, options: Options) => {
  const text = asText(value);
  return safe(formatLongDate(text, languageOf(options)) ?? escapeInline(text));
});
env.registerHelper('time', (value: unknown, options: Options) => {
  const text = asText(value);
  return safe(formatTime(text, languageOf(options)) ?? escapeInline(text));
});
env.registerHelper('plural', (count: unknown, one: unknown, many: unknown) =>
  safe(escapeInline(asText(Number(count) === 1 ? one : many))),
);
env.registerHelper('eq', (a: unknown, b: unknown) => a === b);

const compiled = new Map<string, Handlebars.TemplateDelegate>();
// Tandem's own templates come precompiled (scripts/build-templates.mjs): no compiling at start-up.
const precompiled = new Map(Object.values(defaultTemplates).map(({ source, spec }) => [source, spec]));

/** Compiles a template once per source; a syntax error becomes a TemplateError. */
export function compileTemplate(source: string): Handlebars.TemplateDelegate {
  const cached = compiled.get(source);
  if (cached) return cached;
  const spec = precompiled.get(source);
  if (spec) {
    const template = env.template(spec);
    compiled.set(source, template);
    return template;
  }
  // Templates written on Windows render to CRLF bodies that compare unequal on every sync.
  const normalized = source.replace(/\r\n?/g, '\n');
  try {
    env.parse(normalized); // compile() is lazy; parse now so a broken template fails here, clearly
  } catch (error) {
    throw new TemplateError(`The template does not compile: ${(error as Error).message}`, { cause: error });
  }
  const template = env.compile(normalized);
  compiled.set(source, template);
  return template;
}

/** Renders `data` with the template; a failure at run time (say, an unknown helper) is a TemplateError. */
export function runTemplate(source: string, data: object): string {
  const template = compileTemplate(source);
  try {
    return template(data);
  } catch (error) {
    throw new TemplateError(`The template cannot be rendered: ${(error as Error).message}`, { cause: error });
  }
}
