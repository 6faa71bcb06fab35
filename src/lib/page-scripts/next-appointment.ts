/**
 * Home's next-appointment card script, a page script of its own (README.md here): Home's script
 * (home.ts) loads it only on a phone with a plan. The card itself is src/lib/plan/home-card/.
 */
import { startNextCard } from '$lib/plan/home-card/next-card';

void startNextCard(document);
