export * from './csv.ts';
export * from './export-document.ts';
export * from './export-json.ts';
export { parseExportDocument } from './parse-export-document.ts';
export * from './remap-export-ids.ts';
export * from './vcard.ts';
