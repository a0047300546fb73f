import { increment } from "../report.js";
import type { PiiDetector } from "./detector.js";
import { maskDocumentSections, maskInquiryRow, maskInquiryRows, maskPii, type MaskResult } from "./mask-pii.js";

/** A few masked lines per kind, for the report: what a reader sees where something was masked. */
export interface MaskedExcerpt {
  file: string;
  kind: string;
  excerpt: string;
}

const EXCERPTS_PER_KIND = 3;
const EXCERPT_RADIUS = 30;

/**
 * Masks every text of the sources as it is read, before anything is cut, copied or written, and keeps the tally a
 * data-protection officer reads: findings by file and kind, and a few masked excerpts (taken from the masked text,
 * so they hold placeholders, never values).
 */
export class SourceMasker {
  readonly byFile: Record<string, Record<string, number>> = {};
  readonly excerpts: MaskedExcerpt[] = [];
  private readonly excerptCount: Record<string, number> = {};

  constructor(private readonly detectors: readonly PiiDetector[]) {}

  /** The masked text and what was found in it, counted under `file`. */
  mask(text: string, file: string): { text: string; found: Record<string, number> } {
    return this.record(text, maskPii(text, this.detectors), file);
  }

  /**
   * A document's texts (title, headings, sections) masked each on its own, then a person's name found in one masked
   * where it stands in another (see maskDocumentSections), and counted under `file`.
   */
  maskFile(texts: readonly string[], file: string): string[] {
    return maskDocumentSections(texts, this.detectors).map((result, index) => this.record(texts[index]!, result, file).text);
  }

  /**
   * The texts of one record (an inquiry row's question, answer, category) masked together, not yet counted, and the
   * names and personal IDs its file masks in its other records (see maskInquiryRow).
   */
  maskRecord(texts: readonly string[]): { masked: MaskResult[]; names: string[]; ids: string[] } {
    return maskInquiryRow(texts, this.detectors);
  }

  /** The records of one file (an inquiry log's rows) masked each together and names across them (see maskInquiryRows), not yet counted. */
  maskRecords(records: readonly (readonly string[])[]): MaskResult[][] {
    return maskInquiryRows(records, this.detectors);
  }

  /** Counts what maskPii found in `text` (here or in a masking thread, see mask-pool.ts) under `file`. */
  record(text: string, { text: masked, findings }: MaskResult, file: string): { text: string; found: Record<string, number> } {
    const found: Record<string, number> = {};
    if (findings.length === 0) return { text, found };
    const counts = (this.byFile[file] ??= {});
    let shift = 0;
    for (const finding of findings) {
      increment(found, finding.type);
      increment(counts, finding.type);
      const at = finding.start + shift;
      shift += finding.type.length + 2 - (finding.end - finding.start);
      if ((this.excerptCount[finding.type] ?? 0) < EXCERPTS_PER_KIND) {
        increment(this.excerptCount, finding.type);
        const excerpt = masked.slice(Math.max(0, at - EXCERPT_RADIUS), at + finding.type.length + 2 + EXCERPT_RADIUS).replace(/\s+/g, " ");
        this.excerpts.push({ file, kind: finding.type, excerpt });
      }
    }
    return { text: masked, found };
  }
}
