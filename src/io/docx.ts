import mammoth from 'mammoth';
import { type AnnotatedPackage, annotatePackage, PackageError } from './docx-package.js';
import { type DocxModel, DocxRenderer } from './docx-render.js';
import { XmlError } from './docx-xml.js';
import { MAGIC, startsWith } from './formats.js';
import { InputError } from './input-error.js';
import type { Source } from './source.js';

/** mammoth's document model, taken before its HTML conversion (which then has nothing to do). */
async function readModel(buffer: Buffer): Promise<DocxModel> {
  let model: DocxModel | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer },
      {
        transformDocument: (document: DocxModel) => {
          model = document;
          return { ...document, children: [] };
        },
      },
    );
  } catch (error) {
    throw new PackageError(`damaged .docx (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!model) throw new PackageError('no document body');
  return model;
}

async function repack(annotated: AnnotatedPackage): Promise<Buffer> {
  try {
    return await annotated.zip.generateAsync({ type: 'nodebuffer' });
  } catch (error) {
    throw new PackageError(`damaged .docx (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * Reads a Word .docx: its text as vbhc reads it (see DocxRenderer), with the Word paragraph
 * (`¶12`) or footnote (`fn2`) of every line in `places`.
 */
export async function readDocx(bytes: Uint8Array, path: string): Promise<Source> {
  if (startsWith(bytes, MAGIC.ole)) {
    throw new InputError(path, 'password-protected or old-format (.doc) Word file: save it as an unprotected .docx');
  }
  if (!startsWith(bytes, MAGIC.zip)) throw new InputError(path, 'not a .docx (no ZIP signature)');
  let annotated: AnnotatedPackage;
  let model: DocxModel;
  try {
    annotated = await annotatePackage(bytes);
    model = await readModel(await repack(annotated));
  } catch (error) {
    if (error instanceof PackageError) throw new InputError(path, error.message);
    if (error instanceof XmlError) throw new InputError(path, `damaged .docx (broken XML: ${error.message})`);
    throw error;
  }
  const extracted = new DocxRenderer(annotated.paragraphs).render(model);
  return { path, text: extracted.text, encoding: 'utf-8', bom: false, format: 'docx', places: extracted.places };
}
