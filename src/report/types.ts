import type { Analysis, Finding } from '../types.ts';

/** One checked file as the formatters receive it. */
export interface FileResult {
  /** The path as shown to the user: relative to the working folder, where possible. */
  file: string;
  findings: Finding[];
  /** The analysed article; the HTML report needs it to show the text. */
  analysis?: Analysis;
  /** The full file text, so the HTML report can show what lies between sentences. */
  source?: string;
}

/** The tool as formatters name it. */
export interface ToolInfo {
  name: string;
  version: string;
  /** The project's home page, where there is one. */
  informationUri?: string;
}
