/** The part of word-extractor's API the .doc reader uses (the package ships no types). */
declare module 'word-extractor' {
  interface TextOptions {
    /** false keeps curly quotes, dashes and special spaces as typed. */
    filterUnicode?: boolean;
  }
  interface ExtractedDocument {
    getBody(options?: TextOptions): string;
    getHeaders(options?: TextOptions & { includeFooters?: boolean }): string;
    getFooters(options?: TextOptions): string;
    getFootnotes(options?: TextOptions): string;
    getEndnotes(options?: TextOptions): string;
    getAnnotations(options?: TextOptions): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<ExtractedDocument>;
  }
}
