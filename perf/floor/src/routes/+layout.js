// As in the app: every page is prerendered to plain HTML at `/x/`.
export const prerender = true;
export const trailingSlash = 'always';
