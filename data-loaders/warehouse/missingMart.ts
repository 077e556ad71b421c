/**
 * The table or macro a query missed when the warehouse's marts were never built, or were built by
 * an older version of sqd (a mart or macro added since): `sqd build` brings them. Null for any
 * other error.
 */
export function missingMart(error: unknown): string | null {
  return (
    /(?:Table|Scalar Function|Table Function|Macro Function) with name (\S+?)!? does not exist/.exec(
      String(error),
    )?.[1] ?? null
  );
}
