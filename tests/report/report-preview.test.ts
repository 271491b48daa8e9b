import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/commands/load-programs.js';
import { renderReportPreview } from '../../src/commands/report-preview.js';
import { renderDesiredIssues } from '../../src/core/sync/desired-issues.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('renderReportPreview', () => {
  it('reports the example program as if every issue existed with nothing ticked', async () => {
    const { programs } = await loadPrograms(['programs/example.yml'], REPO_ROOT);
    const program = programs[0]!;
    const desired = renderDesiredIssues(program);

    const before = renderReportPreview(program, desired, '2027-01-05', REPO_ROOT);
    expect(before).toContain('<!-- tandem:report program=digital-leadership-2027 period=');
    expect(before).toContain('| Not started | 6 |');
    expect(before).toMatch(/\*\*0 of \d+\*\* agenda items done \(0 %\)/);

    // The first sessions were on Tuesday 12 January: a week later, with nothing ticked, all are behind.
    const after = renderReportPreview(program, desired, '2027-01-19', REPO_ROOT);
    expect(after).toContain('| Behind | 6 |');
    expect(after).toContain('**0** sessions completed; **6** due so far');
    for (const tandem of program.tandems) {
      expect(after).not.toContain(tandem.mentor);
      expect(after).not.toContain(tandem.mentee);
    }
  });
});
