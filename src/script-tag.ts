/**
 * The script tag, `dist/attune.iife.js`: a classic script that hints the files the page's elements
 * will load and imports the client's elements (`dist/client/attune.js`) from beside itself. The list
 * of files shipped comes from the build (rollup.config.mjs reads the source registries).
 */
import { besideFiles, entry } from 'attune:beside-files';
import { loadFromScriptTag } from './elements/internal/script-loader.js';

loadFromScriptTag(entry, besideFiles);
