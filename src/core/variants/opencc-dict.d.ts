/** opencc-js's dictionaries, each one string of `from to|from to` entries. */
declare module 'opencc-js/dict/*' {
  const entries: string;
  export default entries;
}
