/**
 * Colour on a terminal, none when piped; NO_COLOR (no-color.org) turns it off and FORCE_COLOR
 * (`0` off, anything else on) overrides both, as Node's own tools and most CLIs do.
 */
export function shouldUseColour(
  env: Readonly<Record<string, string | undefined>>,
  stream: { readonly isTTY?: boolean },
): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}
