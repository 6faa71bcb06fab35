// What svelte.config.js takes from the scripts, in one module: that file is loaded by plain Node,
// which reaches TypeScript only through tsx's tsImport, so it asks once rather than per module.
export { buildDir, siteOrigin } from './build-settings';
export { servicePagePaths } from './service-pages';
export { appVersion } from './version';
export { kitContentSecurityPolicy } from '../security/content-security-policy';
