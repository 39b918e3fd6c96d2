/// <reference types="@crxjs/vite-plugin/client" />
/**
 * The content script's parts as the build writes them: each a self-contained classic script (crxjs's `?script&iife`
 * builds it apart and gives its file name), for scripting.executeScript. Imported from the background, not from a
 * content script, so crxjs makes none of them web-accessible.
 */
import extract from '../content/extract-part?script&iife';
import highlights from '../content/highlights-part?script&iife';

export const PART_FILES = { extract, highlights };
