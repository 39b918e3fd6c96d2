/**
 * Who Backstory is when it talks to outside services (the Wikimedia User-Agent policy asks every client to name
 * itself, its version and a way to reach its makers). One place: the version is the manifest's, read at build
 * time, so a release never sends a stale one.
 */
import { version } from '../../manifest.json';

export const PROJECT_NAME = 'Backstory';
export const PROJECT_VERSION: string = version;

/**
 * PLACEHOLDER: Backstory has no public home yet. Replace this with the real repository or homepage URL when the
 * project is published (and consider adding it to manifest.json as "homepage_url"); the User-Agent follows.
 */
export const PROJECT_URL = 'https://github.com/backstory-extension/backstory';

/** "Backstory/0.1.0 (https://…; browser extension)": the Api-User-Agent the Wikimedia clients send. */
export const USER_AGENT = `${PROJECT_NAME}/${PROJECT_VERSION} (${PROJECT_URL}; browser extension)`;
