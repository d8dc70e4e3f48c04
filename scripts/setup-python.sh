#!/usr/bin/env bash
# Installs the Python modules the GraphML round-trip test (Graph.Export.Tests) loads with
# /usr/bin/python3: networkx and igraph, from Debian packages so they match the system Python
# rather than whatever pyenv or a virtualenv puts first on PATH. Safe to run repeatedly.
set -euo pipefail

PYTHON=/usr/bin/python3

if "$PYTHON" -c 'import networkx, igraph' 2>/dev/null; then
    echo "networkx and igraph already importable by $PYTHON"
    exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    SUDO=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update
"${SUDO[@]}" apt-get install -y --no-install-recommends python3-networkx python3-igraph

"$PYTHON" -c 'import networkx, igraph; print("networkx", networkx.__version__, "igraph", igraph.__version__)'
