"""Loads a GraphML file with NetworkX and with igraph and prints, as one JSON object, what each
library saw: every node with its attributes and every edge with its endpoints and attributes.
The C# test (GraphMlPythonTests) compares that with the graph it exported.

Usage: /usr/bin/python3 check_graphml.py FILE.graphml
Exit code 3 means the modules are missing: run scripts/setup-python.sh.
"""

import json
import math
import sys

try:
    import igraph
    import networkx
except ImportError as error:
    print(f"missing Python module: {error.name}; run scripts/setup-python.sh", file=sys.stderr)
    sys.exit(3)


def plain(value):
    # igraph fills numeric attributes a vertex or edge lacks with NaN, which JSON cannot carry.
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def with_networkx(path):
    graph = networkx.read_graphml(path)
    return {
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "nodes": {node: dict(data) for node, data in graph.nodes(data=True)},
        "edges": [
            {"source": u, "target": v, "attributes": dict(data)}
            for u, v, data in graph.edges(data=True)
        ],
    }


def with_igraph(path):
    graph = igraph.Graph.Read_GraphML(path)
    vertex_names = graph.vs.attributes()
    edge_names = graph.es.attributes()
    return {
        "directed": graph.is_directed(),
        "nodes": {
            vertex["id"]: {name: plain(vertex[name]) for name in vertex_names if name != "id"}
            for vertex in graph.vs
        },
        "edges": [
            {
                "source": graph.vs[edge.source]["id"],
                "target": graph.vs[edge.target]["id"],
                "attributes": {name: plain(edge[name]) for name in edge_names},
            }
            for edge in graph.es
        ],
    }


def main():
    path = sys.argv[1]
    summary = {
        "versions": {"networkx": networkx.__version__, "igraph": igraph.__version__},
        "networkx": with_networkx(path),
        "igraph": with_igraph(path),
    }
    json.dump(summary, sys.stdout, ensure_ascii=True, sort_keys=True, indent=1)


if __name__ == "__main__":
    main()
