/** A template that Handlebars cannot parse or run; `message` carries Handlebars' own explanation. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

/** A custom template whose output lacks a hidden marker that sync, report or remind rely on. */
export class TemplateContractError extends Error {
  override readonly name = 'TemplateContractError';
  constructor(readonly problems: readonly string[]) {
    super(`The template does not keep Tandem's contract:\n- ${problems.join('\n- ')}`);
  }
}

/** Even the most compact rendering is longer than GitHub accepts for an issue or comment body. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(
    readonly tandemId: string,
    readonly length: number,
    readonly maxLength: number,
  ) {
    super(
      `The issue of tandem "${tandemId}" would be ${length} characters long, more than the ${maxLength} ` +
        'GitHub accepts, even with shortened agenda items. Give this tandem fewer sessions (a shorter ' +
        'duration or a slower cadence) or shorter agenda items.',
    );
  }
}
