#!/usr/bin/env bash
# Makes the .docx and .pdf fixtures under fixtures/docx and fixtures/pdf. Not run by tests or
# CI: its outputs are committed. Needs LibreOffice Writer, fonts-dejavu (DejaVu Serif covers
# Vietnamese; the default fonts here lack some letters and PDF export then falls back to fonts
# whose text layer maps letters wrongly) and poppler-utils (pdftoppm, for the scanned PDF):
#   apt-get install -y libreoffice-writer-nogui fonts-dejavu poppler-utils
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
text_import='Text (encoded):UTF8,LF,DejaVu Serif,vi-VN'

# Each seed as LibreOffice opens a UTF-8 text file: one paragraph per line.
soffice --headless --infilter="$text_import" --convert-to docx --outdir fixtures/docx/seeds fixtures/seeds/*.txt
soffice --headless --infilter="$text_import" --convert-to pdf --outdir fixtures/pdf/seeds fixtures/seeds/*.txt

# A document laid out the way Word makes them, and its PDF (set in DejaVu Serif, see above).
node scripts/office-fixtures/word-layout.mjs fixtures/docx/word-layout.docx
node scripts/office-fixtures/word-layout.mjs "$work/word-layout.docx" 'DejaVu Serif'
soffice --headless --convert-to pdf --outdir fixtures/pdf "$work/word-layout.docx"

# A scan: page 1 of a seed's PDF as a grey image, no text layer.
pdftoppm -r 50 -gray -f 1 -l 1 -singlefile fixtures/pdf/seeds/000_7af816a1aff8bd06.pdf "$work/scan"
node scripts/office-fixtures/image-pdf.mjs "$work/scan.pgm" fixtures/pdf/scanned.pdf

# A PDF that needs a password to open.
cp fixtures/seeds/000_7af816a1aff8bd06.txt "$work/encrypted.txt"
soffice --headless --infilter="$text_import" \
  --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"vbhc"}}' \
  --outdir fixtures/pdf "$work/encrypted.txt"
