/**
 * Where Quick exit goes: a busy, neutral page that looks ordinary on a borrowed or watched phone
 * (GOV.UK "Exit this page" uses the same idea). A deployer can change it at build time.
 */
export const quickExitUrl: string = import.meta.env.VITE_QUICK_EXIT_URL || 'https://www.bbc.co.uk/weather';
