/**
 * The few web-platform globals the core uses, which Node and every current browser both provide
 * (WHATWG TextDecoder and URLSearchParams). Declared here, for `tsconfig.core.json` only, so the
 * core compiles with neither the DOM's types nor Node's: anything else of either is an error there.
 */
interface TextDecoderOptions {
  readonly fatal?: boolean;
  readonly ignoreBOM?: boolean;
}
interface TextDecodeOptions {
  readonly stream?: boolean;
}
declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}
declare class URLSearchParams {
  constructor(init?: string | Record<string, string> | [string, string][]);
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string): boolean;
  set(name: string, value: string): void;
  append(name: string, value: string): void;
  delete(name: string): void;
  toString(): string;
}
