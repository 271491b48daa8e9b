import { workflows } from '../generated/workflows.generated.js';
import type { Language } from '../locale/language.js';
import { EDITOR_SETTINGS_PATH, mergeEditorSettings, renderEditorSettings } from './render-editor-settings.js';
import { renderPoolFile } from './render-pool-file.js';
import { renderProgramFile } from './render-program-file.js';
import { renderSignupForm, type SignupFormProgram } from './render-signup-form.js';
import { type StarterProgram, starterProgram } from './starter-program.js';

export interface InitOptions {
  readonly language: Language;
  /** Today, YYYY-MM-DD: the program starts some weeks later. */
  readonly today: string;
  /** The IANA time zone of the sessions. */
  readonly timezone: string;
  /** The program file already there (`readFormProgram`): the sign-up forms offer its topics. */
  readonly existingProgram?: SignupFormProgram;
}

/** One file `tandem init` writes, by its path from the repository root. */
export interface InitFile {
  readonly path: string;
  readonly content: string;
  /**
   * For a file people keep their own settings in: Tandem's part added to what is there (undefined
   * when that cannot be read). A file without it is Tandem's alone and is written whole.
   */
  readonly merge?: (existing: string) => string | undefined;
}

export interface InitFiles {
  readonly program: StarterProgram;
  readonly files: readonly InitFile[];
}

/** Everything `tandem init` writes: program, pool, workflows, sign-up forms and editor settings. */
export function renderInitFiles(options: InitOptions): InitFiles {
  const program = starterProgram(options);
  const files: InitFile[] = [
    { path: program.programPath, content: renderProgramFile(program) },
    { path: program.poolPath, content: renderPoolFile(program) },
    // The files the README shows (docs/workflows/), byte for byte.
    ...Object.entries(workflows).map(([name, content]) => ({ path: `.github/workflows/${name}`, content })),
    renderSignupForm(options.existingProgram ?? program, 'mentor'),
    renderSignupForm(options.existingProgram ?? program, 'mentee'),
    { path: EDITOR_SETTINGS_PATH, content: renderEditorSettings(), merge: mergeEditorSettings },
  ];
  return { program, files };
}
