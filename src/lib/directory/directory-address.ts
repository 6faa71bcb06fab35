/** Where `npm run data:build` puts the compiled directory (static/directory/), as the browser sees it. */
export const directoryRoot = '/directory/';
