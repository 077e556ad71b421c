/**
 * `CAST(t AS VARCHAR)` of a TIMESTAMPTZ at Asia/Taipei, the text row hashes are made of, without
 * ICU's time-zone lookup (the slowest part of hashing): Taipei has kept +08:00 since 1980, so its
 * wall clock is UTC + 8 h; earlier instants (daylight saving until 1979) take the cast.
 */
export const timestampTextSql = (t: string) =>
  `CASE WHEN ${t} >= TIMESTAMPTZ '1980-01-01 00:00:00+08' THEN CAST(make_timestamp(epoch_us(${t}) + 28800000000) AS VARCHAR) || '+08' ELSE CAST(${t} AS VARCHAR) END`;
