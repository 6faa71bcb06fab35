/** The four places the bottom bar leads to. Labels are translation keys, never text. */
export const destinations = [
  { page: '', label: 'nav.findHelp', icon: 'search', sections: ['', 'find', 'service'] },
  { page: 'plan', label: 'nav.myPlan', icon: 'checklist', sections: ['plan'] },
  { page: 'overdose', label: 'nav.overdose', icon: 'lifebuoy', sections: ['overdose'] },
  { page: 'more', label: 'nav.more', icon: 'menu', sections: ['more'] }
] as const;

/** The destination a path belongs to: `/en/find/?c=housing` is under Find help. */
export function currentDestination(pathname: string): (typeof destinations)[number] | undefined {
  const section = pathname.split('/').filter(Boolean)[1] ?? '';
  return destinations.find((d) => (d.sections as readonly string[]).includes(section));
}
