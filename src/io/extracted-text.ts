import type { Place } from './source.js';

/** Builds an extracted text one line at a time, remembering where each line came from. */
export class ExtractedText {
  private readonly lines: string[] = [];
  private length = 0;
  readonly places: Place[] = [];

  /** Appends a line (it may itself hold line breaks) that a person finds at `label`. */
  line(text: string, label: string): void {
    const offset = this.length + (this.lines.length > 0 ? 1 : 0);
    const previous = this.places[this.places.length - 1];
    if (previous?.label !== label) this.places.push({ offset, label });
    this.lines.push(text);
    this.length = offset + text.length;
  }

  /** Continues the last line with `text`, found at `label`. */
  append(text: string, label: string): void {
    if (this.lines.length === 0) {
      this.line(text, label);
      return;
    }
    if (this.places[this.places.length - 1]?.label !== label) this.places.push({ offset: this.length, label });
    this.lines[this.lines.length - 1] += text;
    this.length += text.length;
  }

  get text(): string {
    return this.lines.join('\n');
  }
}
