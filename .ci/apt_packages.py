"Print the Debian packages of the README's `sudo apt-get install` command (CI installs exactly what the README says)."
import re, sys
from pathlib import Path
s = (Path(__file__).resolve().parent.parent/'README.md').read_text(encoding='utf-8').replace('\\\n', ' ')
m = re.search(r'sudo apt-get install ([^\n#]+)', s)
if not m: sys.exit("README.md has no 'sudo apt-get install' command")
print(' '.join(m.group(1).split()))
