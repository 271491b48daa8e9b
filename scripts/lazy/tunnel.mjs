// Stands in for `tunnel` where @actions/http-client imports it (see scripts/bundle.mjs).
export const httpOverHttp = (options) => require('tunnel').httpOverHttp(options);
export const httpsOverHttp = (options) => require('tunnel').httpsOverHttp(options);
export const httpOverHttps = (options) => require('tunnel').httpOverHttps(options);
export const httpsOverHttps = (options) => require('tunnel').httpsOverHttps(options);
