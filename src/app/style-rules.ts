/**
 * Style rules that change as the reader is used (the rows lit, the words linked), kept in a
 * constructed style sheet of their own. An inline <style> element would need `style-src
 * 'unsafe-inline'` in the Content-Security-Policy; the CSSOM is outside its reach.
 */
import { useLayoutEffect, useState } from 'react';

export function useStyleRules(rules: string): void {
  const [sheet] = useState(() => new CSSStyleSheet());
  useLayoutEffect(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => void (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet));
  }, [sheet]);
  useLayoutEffect(() => sheet.replaceSync(rules), [sheet, rules]);
}
