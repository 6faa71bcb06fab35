// Where each page script is served (scripts/lib/page-script-plugin.ts builds them).
declare module 'virtual:overdose-page-script' {
  /** The overdose pages' one script file. */
  const url: string;
  export default url;
}
declare module 'virtual:next-appointment-page-script' {
  /** Home's next-appointment card script. */
  const url: string;
  export default url;
}
