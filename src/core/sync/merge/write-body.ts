import type { BodyLine } from '../../issue-body/body-lines.js';

/**
 * Collects the merged body: Tandem's lines with the line break the pair's body uses, the pair's lines
 * with their own (byte for byte). A last line that had no line break keeps having none.
 */
export class BodyWriter {
  private readonly parts: string[] = [];
  private isOpenEnd = false;

  constructor(private readonly eol: string) {}

  tandem(lines: readonly BodyLine[]): void {
    for (const line of lines) this.push(line.text + this.eol, line.eol === '');
  }

  tandemText(text: string): void {
    this.push(text + this.eol, false);
  }

  pair(lines: readonly BodyLine[]): void {
    for (const line of lines) this.push(line.text + (line.eol || this.eol), line.eol === '');
  }

  raw(text: string): void {
    if (text !== '') this.push(text, false);
  }

  toString(): string {
    const body = this.parts.join('');
    return this.isOpenEnd ? body.slice(0, body.length - this.eol.length) : body;
  }

  private push(text: string, isOpenEnd: boolean): void {
    this.parts.push(text);
    this.isOpenEnd = isOpenEnd;
  }
}
