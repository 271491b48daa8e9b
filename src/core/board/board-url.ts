/** Where a board lives, from its address as the browser shows it (`board.url`). */
export interface BoardAddress {
  readonly ownerKind: 'organization' | 'user';
  readonly login: string;
  readonly number: number;
  readonly url: string;
}

const BOARD_URL =
  /^https:\/\/github\.com\/(orgs|users)\/([A-Za-z0-9][A-Za-z0-9-]{0,38})\/projects\/([1-9]\d{0,9})\/?$/;

/** The board's owner and number, or undefined when the address is not a board's (the schema says why). */
export function parseBoardUrl(url: string): BoardAddress | undefined {
  const match = BOARD_URL.exec(url.trim());
  if (!match) return undefined;
  return {
    ownerKind: match[1] === 'orgs' ? 'organization' : 'user',
    login: match[2]!,
    number: Number(match[3]),
    url: url.trim().replace(/\/$/, ''),
  };
}
