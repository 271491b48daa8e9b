import { defaultTemplates } from '../generated/default-templates.generated.js';

export type DefaultTemplateName =
  | 'tandem-issue.md.hbs'
  | 'tandem-issue.de.md.hbs'
  | 'reminder.md.hbs'
  | 'reminder.de.md.hbs'
  | 'progress-report.md.hbs'
  | 'progress-report.de.md.hbs';

/**
 * The source of one of Tandem's default templates in `templates/`, as built into the code by
 * scripts/build-templates.mjs (precompiled too: see handlebars-env.ts), so that the bundles need no
 * `templates/` folder beside them.
 */
export function loadDefaultTemplate(name: DefaultTemplateName): string {
  const template = defaultTemplates[name];
  if (!template)
    throw new Error(`Tandem's default template templates/${name} is missing: run npm run bundle.`);
  return template.source;
}
