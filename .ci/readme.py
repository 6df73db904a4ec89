"""Write README.md from nbs/index.ipynb (nbdev's own `nbdev_readme` needs Quarto, which cannot be installed here).

Markdown cells are copied; code cells become ```python blocks followed by their text outputs; PNG outputs are written
to nbs/index_files/ and linked. Cells with `#| hide` are skipped, `#| echo: false` keeps only the outputs.
Run `python .ci/readme.py` after editing nbs/index.ipynb; CI fails if README.md is not what this writes.
"""
import base64, json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
nb = json.loads((root/'nbs'/'index.ipynb').read_text())
figdir = root/'nbs'/'index_files'
out, nfig = [], 0

def directives(src):
    return {m.group(1).strip(): (m.group(2) or '').strip() for m in re.finditer(r'^#\|\s*([\w-]+)\s*:?\s*(.*)$', src, re.M)}

for cell in nb['cells']:
    src = ''.join(cell['source'])
    if cell['cell_type'] == 'markdown': out.append(src.strip()); continue
    if cell['cell_type'] != 'code': continue
    d = directives(src)
    if 'hide' in d or 'default_exp' in d: continue
    code = '\n'.join(l for l in src.splitlines() if not l.startswith('#|')).strip()
    if code and d.get('echo') != 'false': out.append(f'```python\n{code}\n```')
    for o in cell.get('outputs', []):
        text = ''.join(o.get('text', '')) if o['output_type'] == 'stream' else ''
        data = o.get('data', {})
        if 'image/png' in data:
            nfig += 1; figdir.mkdir(exist_ok=True)
            f = figdir/f'figure-{nfig}.png'; f.write_bytes(base64.b64decode(data['image/png']))
            out.append(f'![]({f.relative_to(root).as_posix()})'); continue
        if 'text/markdown' in data: out.append(''.join(data['text/markdown']).strip()); continue
        if 'text/plain' in data: text = ''.join(data['text/plain'])
        if text.strip(): out.append(f'```\n{text.rstrip()}\n```')

readme = '<!-- generated from nbs/index.ipynb by .ci/readme.py: edit the notebook, not this file -->\n\n' + '\n\n'.join(out) + '\n'
(root/'README.md').write_text(readme)
print(f'README.md written ({len(readme)} characters, {nfig} figures)')
