import { SUPPORTED_EXTENSIONS } from '../io/formats.js';

/** Help for the `<paths...>` argument of the commands that read documents. */
export const PATHS_HELP = `files, folders (their ${SUPPORTED_EXTENSIONS.map((extension) => `.${extension}`).join(' ')} files, without node_modules and .git) or glob patterns; - reads standard input`;
