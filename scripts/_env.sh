# Shared by the scripts: a virtual environment in .venv with netmatrix installed (editable).
# Sourced, not run. A venv keeps the install away from a system Python that refuses pip (PEP 668).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="$ROOT/.venv"
if [ ! -x "$VENV/bin/python" ]; then
  if ! python3 -m venv "$VENV" 2>/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "python3 venv support is missing; installing Debian's python3-venv ..." >&2
      apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-venv >/dev/null
      rm -rf "$VENV"; python3 -m venv "$VENV"
    else
      echo "error: python3 cannot create a virtual environment; install python3-venv (Debian) and retry" >&2
      exit 1
    fi
  fi
fi
# Reinstall only when the package's metadata changed (pip is the slow part of a warm start).
stamp="$VENV/.installed-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-12)"
if [ ! -e "$stamp" ]; then
  "$VENV/bin/pip" install -q --disable-pip-version-check -e "$ROOT[test]"
  rm -f "$VENV"/.installed-*; touch "$stamp"
fi
export PATH="$VENV/bin:$PATH"
cd "$ROOT"
