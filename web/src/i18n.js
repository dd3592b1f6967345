// The page's own words, in French (the tutorial's language) and English.

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

export const strings = {
  fr: {
    tagline: 'asyncio dans votre navigateur',
    skip: 'Aller à l\'éditeur',
    language: 'Langue',
    examples: 'Exemples',
    run: 'Exécuter',
    runTitle: 'Exécuter (Ctrl+Entrée)',
    stop: 'Arrêter',
    share: 'Partager',
    instant: 'Instantané',
    instantTitle: 'Horloge virtuelle : les attentes (sleep) ne prennent pas de temps réel',
    console: 'Console',
    clear: 'Effacer',
    editorLabel: 'Code Python. Ctrl+Entrée exécute ; Ctrl+M fait que Tab quitte l\'éditeur.',
    hint: 'Ctrl+Entrée (⌘+Entrée) exécute. Au clavier, Ctrl+M fait que Tab quitte l\'éditeur.',
    inputLabel: 'Réponse à input() — Entrée pour valider',
    loading: 'Chargement du moteur…',
    ready: (ms) => (ms == null ? 'Moteur prêt' : `Moteur prêt (${Math.round(ms)} ms)`),
    running: 'Exécution…',
    stopping: 'Arrêt…',
    failedState: 'Moteur indisponible',
    finished: (ms) => `Terminé en ${seconds(ms)}`,
    failed: (status, ms) => `Terminé avec une erreur (code ${status}) en ${seconds(ms)}`,
    stopped: (ms) => `Arrêté après ${seconds(ms)}`,
    killed: 'Le programme ne répondait pas à l\'arrêt : moteur interrompu et relancé.',
    crashed: (message) => `Erreur du moteur : ${message}. Le moteur est relancé.`,
    loadFailed: (message) => `Le moteur Python n'a pas pu démarrer (${message}). Rechargez la page ; si l'erreur persiste, essayez un navigateur récent (WebAssembly et les modules dans les workers sont nécessaires).`,
    badCode: 'Ce lien de partage est illisible (tronqué ou modifié en chemin) : l\'éditeur est vide.',
    badExample: (id) => `L'exemple « ${id} » n'existe pas : voici un autre.`,
    copied: 'Lien copié dans le presse-papiers.',
    copyThis: 'Copiez ce lien :',
    dropped: (count, max) => `… ${count} ligne${count > 1 ? 's' : ''} plus ancienne${count > 1 ? 's' : ''} retirée${count > 1 ? 's' : ''} (la console garde les ${max} dernières)`,
    openPlayground: 'Ouvrir dans Attendable',
  },
  en: {
    tagline: 'asyncio in your browser',
    skip: 'Skip to the editor',
    language: 'Language',
    examples: 'Examples',
    run: 'Run',
    runTitle: 'Run (Ctrl+Enter)',
    stop: 'Stop',
    share: 'Share',
    instant: 'Instant',
    instantTitle: 'Virtual clock: waits (sleep) take no real time',
    console: 'Console',
    clear: 'Clear',
    editorLabel: 'Python code. Ctrl+Enter runs it; Ctrl+M makes Tab leave the editor.',
    hint: 'Ctrl+Enter (⌘+Enter) runs. From the keyboard, Ctrl+M makes Tab leave the editor.',
    inputLabel: 'Answer to input() — press Enter to send',
    loading: 'Loading the engine…',
    ready: (ms) => (ms == null ? 'Engine ready' : `Engine ready (${Math.round(ms)} ms)`),
    running: 'Running…',
    stopping: 'Stopping…',
    failedState: 'Engine unavailable',
    finished: (ms) => `Finished in ${seconds(ms)}`,
    failed: (status, ms) => `Finished with an error (status ${status}) in ${seconds(ms)}`,
    stopped: (ms) => `Stopped after ${seconds(ms)}`,
    killed: 'The program did not respond to Stop: the engine was interrupted and restarted.',
    crashed: (message) => `Engine error: ${message}. The engine is restarting.`,
    loadFailed: (message) => `The Python engine could not start (${message}). Reload the page; if it keeps failing, try a recent browser (it needs WebAssembly and module workers).`,
    badCode: 'This share link cannot be read (cut short or changed on the way): the editor is empty.',
    badExample: (id) => `There is no example “${id}”: here is another one.`,
    copied: 'Link copied to the clipboard.',
    copyThis: 'Copy this link:',
    dropped: (count, max) => `… ${count} older line${count > 1 ? 's' : ''} removed (the console keeps the last ${max})`,
    openPlayground: 'Open in Attendable',
  },
};

export function initialLanguage(hashLang) {
  if (hashLang === 'fr' || hashLang === 'en') return hashLang;
  try {
    const saved = localStorage.getItem('attendable.lang');
    if (saved === 'fr' || saved === 'en') return saved;
  } catch {
    // storage may be disabled (private mode, sandboxed iframe)
  }
  return (navigator.language ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function saveLanguage(lang) {
  try {
    localStorage.setItem('attendable.lang', lang);
  } catch {
    // not persisted: fine
  }
}
