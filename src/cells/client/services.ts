/** The page's one runner host, loaded with the renderer on a cell's first use. */
import { createRunnerHost } from './host';

export const host = createRunnerHost({ url: `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}runner/index.html` });
