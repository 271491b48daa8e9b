// Stands in for `undici` where @actions/http-client imports it (see scripts/bundle.mjs). Only
// HttpClient's getAgentDispatcher uses it, for callers that send requests with undici themselves.
export class ProxyAgent {
  constructor() {
    throw new Error("undici is not in Tandem's bundles: Tandem sends its requests with HttpClient.request");
  }
}
