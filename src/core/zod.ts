/**
 * zod, as every schema here uses it: without its compiled validators. Those are built with
 * `new Function` (and probed for with it as each object schema is made), which the app's
 * Content-Security-Policy forbids; the interpreted validators check the same things. Schemas must
 * import z from here, so that the setting is made before the first one is.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
