import { parse } from 'yaml';

interface FormField {
  readonly type: string;
  readonly id?: string;
  readonly attributes: { readonly label: string; readonly options?: readonly (string | { label: string })[] };
}

/**
 * The body GitHub writes when someone submits an issue form: each field's label as a `### ` heading, a
 * blank line, the answer; `_No response_` for an empty field; every checkbox listed, the chosen ones
 * as `- [X]`; markdown fields left out (GitHub's "Syntax for issue forms"). `answers` go by field id:
 * a checkbox field takes the options whose label contains one of the given strings.
 */
export function submitIssueForm(
  formYaml: string,
  answers: Readonly<Record<string, string | readonly string[]>>,
): string {
  const form = parse(formYaml) as { body: FormField[] };
  return form.body
    .filter((field) => field.type !== 'markdown')
    .map((field) => {
      const answer = field.id === undefined ? undefined : answers[field.id];
      if (field.type === 'checkboxes') {
        const chosen = Array.isArray(answer) ? answer : [];
        const boxes = (field.attributes.options ?? []).map((option) => {
          const label = typeof option === 'string' ? option : option.label;
          return `- [${chosen.some((text) => label.includes(text)) ? 'X' : ' '}] ${label}`;
        });
        return `### ${field.attributes.label}\n\n${boxes.join('\n')}`;
      }
      const text = typeof answer === 'string' && answer !== '' ? answer : '_No response_';
      return `### ${field.attributes.label}\n\n${text}`;
    })
    .join('\n\n');
}
