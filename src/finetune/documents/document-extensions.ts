/** The document types `dataset build` and RAG collections read (no parser imported here: the config loader uses it). */
export const DOCUMENT_EXTENSIONS = [".md", ".markdown", ".txt", ".html", ".htm", ".pdf"] as const;
