/**
 * True for an error DuckDB raised — its message starts with DuckDB's error type (`IO Error:`,
 * `Catalog Error:`, …); DuckDB gives no other mark — as opposed to a bug in the program, which must
 * not be reported as a problem with the user's warehouse file.
 */
export const isDuckDBError = (e: unknown): e is Error =>
  e instanceof Error && /^[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)* Error: /.test(e.message);
