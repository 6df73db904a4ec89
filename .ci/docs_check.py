"""Run nbdev's doc processing (what `nbdev_docs` does before Quarto) on every notebook; exit 1 if any fails.

`NBProcessor` with `FilterDefaults().procs()` executes each notebook's exported cells, import cells and `show_doc`
cells and renders the `show_doc` output, so a cell that mixes imports with other code, or a `show_doc` of a name that
does not exist, fails here. Quarto itself is not needed. Usage: `IN_TEST=1 python .ci/docs_check.py [notebooks...]`.
"""
import sys, time, warnings
from pathlib import Path
from nbdev.config import get_config
from nbdev.doclinks import nbglob
from nbdev.process import NBProcessor
from nbdev.processors import FilterDefaults

warnings.filterwarnings('ignore', category=DeprecationWarning)
files = [Path(f) for f in sys.argv[1:]] or sorted(nbglob(get_config().nbs_path, as_path=True))
failed = []
for f in files:
    t0 = time.time()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try: NBProcessor(f, FilterDefaults().procs(), rm_directives=False).process(); err = None
        except Exception as e: err = f"{e}".splitlines()[0] + (f" ({type(e.__cause__).__name__}: {e.__cause__})" if e.__cause__ else '')
    mixed = [m for m in w if 'imports and other code' in str(m.message)]
    if mixed and not err: err = f"{len(mixed)} cell(s) mix imports with other code:\n" + str(mixed[0].message)[:300]
    print(f"{'FAIL' if err else 'ok  '} {f} ({time.time() - t0:.1f}s)" + (f"\n     {err}" if err else ''))
    if err: failed.append(f)
print(f"doc processing: {len(files) - len(failed)} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
