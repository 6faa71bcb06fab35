/**
 * "Read this out": the browser's own speech, in the page's language. The button is rendered
 * `hidden` and shown only here, once a voice for the language exists, so a phone without speech
 * (or without a voice for the language) never shows a button that does nothing.
 */

/** A voice for `lang` ('fr' matches 'fr-FR' and 'fr_FR'). */
export function hasVoiceFor(voices: readonly Pick<SpeechSynthesisVoice, 'lang'>[], lang: string): boolean {
  const want = lang.toLowerCase();
  return voices.some((v) => {
    const have = v.lang.toLowerCase().replace('_', '-');
    return have === want || have.startsWith(`${want}-`);
  });
}

/** The text to read: what the page marks with data-read (heading and instructions, not the buttons). */
export function readableText(root: ParentNode): string {
  return [...root.querySelectorAll<HTMLElement>('[data-read]')]
    .map((el) => (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('. ')
    .replace(/\.\s*\./g, '.');
}

export function startReadAloud(doc: Document): void {
  const button = doc.querySelector<HTMLButtonElement>('button[data-read-aloud]');
  const speech = doc.defaultView?.speechSynthesis;
  const Utterance = doc.defaultView?.SpeechSynthesisUtterance;
  if (!button || !speech || !Utterance) return;
  const lang = doc.documentElement.lang || 'en';
  const readLabel = button.textContent ?? '';
  const stopLabel = button.dataset.stopLabel ?? readLabel;

  const reveal = (): void => {
    if (hasVoiceFor(speech.getVoices(), lang)) button.hidden = false;
  };
  reveal();
  // Chrome fills the voice list a moment after the page loads.
  speech.addEventListener?.('voiceschanged', reveal);

  const setSpeaking = (speaking: boolean): void => {
    // The label says what a tap does now (no aria-pressed: that would contradict a changing label).
    button.textContent = speaking ? stopLabel : readLabel;
  };

  button.addEventListener('click', () => {
    if (speech.speaking) {
      speech.cancel();
      setSpeaking(false);
      return;
    }
    const utterance = new Utterance(readableText(doc));
    utterance.lang = lang;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    speech.speak(utterance);
  });
  // Leaving the step stops the voice (it would otherwise read on over the next page).
  doc.defaultView?.addEventListener('pagehide', () => speech.cancel());
}
