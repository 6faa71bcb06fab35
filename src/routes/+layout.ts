// Every page is plain prerendered HTML; `/x/` → `x/index.html` works on any static host.
export const prerender = true;
export const trailingSlash = 'always';
