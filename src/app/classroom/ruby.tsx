/** Han characters with their pinyin above them (ruby), the rest as it is. */
import type { ReactNode } from 'react';

/** `readings` by UTF-16 offset in the sentence they were found for; `offset` is where `text` starts in it. */
export function withPinyin(text: string, offset: number, readings: ReadonlyMap<number, string>): ReactNode {
  const out: ReactNode[] = [];
  let run = '';
  let i = 0;
  for (const ch of text) {
    const reading = readings.get(offset + i);
    if (reading) {
      if (run) out.push(run);
      run = '';
      out.push(
        <ruby key={i}>
          {ch}
          <rt>{reading}</rt>
        </ruby>,
      );
    } else run += ch;
    i += ch.length;
  }
  if (run) out.push(run);
  return out;
}
