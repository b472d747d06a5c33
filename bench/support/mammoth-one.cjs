// One process, one file: what a reviewer's script does with mammoth to get a .docx's text.
const mammoth = require('mammoth');
mammoth.extractRawText({ path: process.argv[2] }).then((r) => process.stdout.write(String(r.value.length)));
