#!/usr/bin/env python
"""The shape of mepo's source, checked: export cells short (median <= 12 lines, none over 60) and modules small
(<= 450 lines). `python .ci/code_shape.py` prints the offenders and exits 1 if a limit is broken;
`--report` lists every notebook's numbers."""
import json, re, statistics, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_CELL, MEDIAN_CELL, MAX_MODULE = 60, 12, 450
EXPORT = re.compile(r'^#\|\s*export(s|i)?\b')

def export_cells(nb: Path):
    "(notebook, index, lines) of each exported code cell, counting lines that are not blank and not directives."
    cells = json.loads(nb.read_text())['cells']
    for i, c in enumerate(cells):
        src = ''.join(c['source']).splitlines() if c['cell_type'] == 'code' else []
        if any(EXPORT.match(l.strip()) for l in src):
            yield nb.name, i, sum(1 for l in src if l.strip() and not l.strip().startswith('#|'))

def main(report=False):
    cells = [c for nb in sorted((ROOT / 'nbs').glob('*.ipynb')) for c in export_cells(nb)]
    sizes = [n for *_, n in cells]
    mods = {p.relative_to(ROOT).as_posix(): len(p.read_text().splitlines()) for p in (ROOT / 'mepo').rglob('*.py')
            if p.name != '_modidx.py'}
    med = statistics.median(sizes)
    big = [(nb, i, n) for nb, i, n in cells if n > MAX_CELL]
    fat = {m: n for m, n in mods.items() if n > MAX_MODULE}
    if report:
        per = {}
        for nb, i, n in cells: per.setdefault(nb, []).append(n)
        for nb, s in per.items(): print(f'{nb:28s} cells {len(s):3d}  median {statistics.median(s):5.1f}  max {max(s):3d}  >40: {sum(x > 40 for x in s)}')
        for m, n in sorted(mods.items(), key=lambda x: -x[1])[:8]: print(f'{m:28s} {n} lines')
    print(f'export cells: {len(sizes)}, median {med} lines (limit {MEDIAN_CELL}), {len(big)} over {MAX_CELL}; '
          f'largest module {max(mods.values())} lines (limit {MAX_MODULE})')
    for nb, i, n in big: print(f'  {nb} cell {i}: {n} lines > {MAX_CELL}')
    for m, n in fat.items(): print(f'  {m}: {n} lines > {MAX_MODULE}')
    return 1 if big or fat or med > MEDIAN_CELL else 0

if __name__ == '__main__': sys.exit(main('--report' in sys.argv))
