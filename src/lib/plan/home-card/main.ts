/** Entry of Home's next-appointment script (built on its own by scripts/lib/page-script-plugin.ts). */
import { startNextCard } from './next-card';

void startNextCard(document);
