import type { Language } from '../locale/language.js';
import type { StarterProgram } from './starter-program.js';

interface NextStepsText {
  readonly heading: string;
  readonly steps: (program: StarterProgram, gitAdd: string) => readonly string[];
}

const TEXT: Record<Language, NextStepsText> = {
  en: {
    heading: 'Next steps:',
    steps: (program, gitAdd) => [
      `Discussions: turn them on (Settings → General → Features) and create the category "${program.category}"; the progress reports go there.`,
      'Settings → Actions → General → Workflow permissions: tick "Allow GitHub Actions to create and approve pull requests", so that the sign-up and match workflows can open their pull requests.',
      'A project board (optional, board.url in the program): the built-in GITHUB_TOKEN cannot reach GitHub Projects. Create a fine-grained personal access token or a GitHub App with read and write access to Projects, save it as a repository secret and pass it to the sync and report workflows (README, "The program board").',
      `Check ${program.programPath} (start, time zone, topics), then commit and push:\n     git add ${gitAdd}\n     git commit -m "Start a reverse-mentoring program with Tandem"\n     git push\n   The sync workflow runs on pushes to main: change its branches: if your default branch has another name.`,
      'Share the sign-up forms (New issue → "Sign up as a mentor" / "Sign up as a mentee"). When the sign-ups are in, merge the pool’s pull request and start the "Tandem match" workflow in the Actions tab.',
    ],
  },
  de: {
    heading: 'Nächste Schritte:',
    steps: (program, gitAdd) => [
      `Diskussionen: einschalten (Settings → General → Features) und die Kategorie „${program.category}“ anlegen; dorthin gehen die Fortschrittsberichte.`,
      'Settings → Actions → General → Workflow permissions: „Allow GitHub Actions to create and approve pull requests“ ankreuzen, damit die Workflows für Anmeldungen und Matching ihre Pull Requests öffnen können.',
      'Ein Projekt-Board (optional, board.url im Programm): Der eingebaute GITHUB_TOKEN erreicht GitHub Projects nicht. Ein fein granulares Personal Access Token oder eine GitHub App mit Lese- und Schreibrecht auf Projects anlegen, als Repository-Secret speichern und an die Workflows sync und report übergeben (README, „The program board“).',
      `${program.programPath} prüfen (Start, Zeitzone, Themen), dann committen und pushen:\n     git add ${gitAdd}\n     git commit -m "Reverse-Mentoring-Programm mit Tandem beginnen"\n     git push\n   Der Sync-Workflow läuft bei Pushes auf main: branches: anpassen, wenn euer Standard-Branch anders heißt.`,
      'Die Anmeldeformulare teilen (New issue → „Als Mentor:in anmelden“ / „Als Mentee anmelden“). Sind die Anmeldungen da, den Pull Request des Pools mergen und im Tab Actions den Workflow „Tandem match“ starten.',
    ],
  },
};

/** What to do after `tandem init`, numbered; `writtenPaths` are what it wrote, for `git add`. */
export function renderNextSteps(program: StarterProgram, writtenPaths: readonly string[]): readonly string[] {
  const text = TEXT[program.language];
  const folders = [...new Set(writtenPaths.map((file) => file.split('/')[0]!))];
  const steps = text.steps(program, folders.join(' '));
  return [text.heading, ...steps.map((step, index) => `${index + 1}. ${step}`)];
}
