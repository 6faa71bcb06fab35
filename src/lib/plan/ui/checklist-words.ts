/** The words every checklist item shows, translated once per list rather than once per item. */
export interface ChecklistWords {
  why: string;
  findHelp: string;
  helplines: string;
  edit: string;
  delete: string;
}
