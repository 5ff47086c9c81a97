/** Replace `source[start, end)` by `text` ("" deletes). Edits of one list are sorted and never overlap. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}
