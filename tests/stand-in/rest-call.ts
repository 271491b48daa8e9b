/** What a REST route handler gets and gives back, GitHub's error bodies, and list pagination. */
import type { ShapeContext } from './rest-shapes.js';

export interface RestCall {
  readonly ctx: ShapeContext;
  readonly method: string;
  /** The full request URL as the stand-in saw it (for `Link` headers). */
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** The operation's documentation URL, for error bodies. */
  readonly docsUrl: string;
}

export interface RestAnswer {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type RestHandler = (call: RestCall) => RestAnswer;

export function ok(body: unknown, status = 200, headers?: Readonly<Record<string, string>>): RestAnswer {
  return headers ? { status, body, headers } : { status, body };
}

/** GitHub's error body: `{ message, documentation_url, status }` with the status as a string. */
export function githubError(
  status: number,
  message: string,
  docsUrl: string,
  extra: object = {},
): RestAnswer {
  return { status, body: { message, ...extra, documentation_url: docsUrl, status: String(status) } };
}

export const notFound = (call: RestCall): RestAnswer => githubError(404, 'Not Found', call.docsUrl);

export interface FieldError {
  readonly resource: string;
  readonly field: string;
  readonly code: 'invalid' | 'missing_field' | 'already_exists' | 'custom' | 'missing';
  readonly value?: unknown;
  readonly message?: string;
}

/** 422 "Validation Failed" with GitHub's `errors` array. */
export function validationFailed(call: RestCall, errors: readonly FieldError[]): RestAnswer {
  return githubError(422, 'Validation Failed', call.docsUrl, { errors });
}

/** GitHub's bodies and comments are limited to 65,536 characters. */
export const MAX_BODY_LENGTH = 65_536;

export function bodyTooLong(call: RestCall, resource: string): RestAnswer {
  return validationFailed(call, [
    {
      resource,
      code: 'custom',
      field: 'body',
      message: `body is too long (maximum is ${MAX_BODY_LENGTH} characters)`,
    },
  ]);
}

export function queryParam(call: RestCall, name: string): string | undefined {
  return call.url.searchParams.get(name) ?? undefined;
}

/**
 * One page of a list, with GitHub's `Link` header (prev, next, last, first). `per_page` is capped at
 * 100 silently, as GitHub does.
 */
export function paginate<T>(
  call: RestCall,
  items: readonly T[],
): { page: readonly T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(queryParam(call, 'per_page') ?? 30) || 30));
  const pageNumber = Math.max(1, Number(queryParam(call, 'page') ?? 1) || 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const page = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
  const link = (target: number, rel: string): string => {
    const url = new URL(call.url);
    url.searchParams.set('page', String(target));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (pageNumber > 1) links.push(link(Math.min(pageNumber - 1, lastPage), 'prev'));
  if (pageNumber < lastPage) links.push(link(pageNumber + 1, 'next'), link(lastPage, 'last'));
  if (pageNumber > 1) links.push(link(1, 'first'));
  return { page, headers: links.length ? { link: links.join(', ') } : {} };
}
