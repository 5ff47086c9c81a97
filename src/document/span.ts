/**
 * Where one document sits in a text layer (offsets into `TextLayer.text`, on paragraph
 * boundaries). The body runs from after the header (kính gửi, or subject) to the start of
 * the closing (nơi nhận or signature).
 */
export interface DocumentSpan {
  start: number;
  end: number;
  bodyStart: number;
  bodyEnd: number;
}
