// Stands in for `undici` where @actions/http-client imports it (see scripts/bundle.mjs).
export class ProxyAgent {
  constructor(options) {
    // biome-ignore lint/correctness/noConstructorReturn: the real agent takes this one's place
    return new (require('undici').ProxyAgent)(options);
  }
}
