"""Exporters: each reads the store through `casegraph.export.records` and writes one format."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import CasegraphError
from ..store import Store

STREAM_FORMATS = ("json", "ftm", "graphml", "gexf")
FOLDER_FORMATS = ("csv", "neo4j")
FORMATS = STREAM_FORMATS + FOLDER_FORMATS


def export(store: Store, format: str, output: str | Path | None = None) -> str:
    """Write the graph in `format` to `output` (a file, or standard output for stream formats;
    a folder for csv and neo4j). Returns where it went."""
    from .csv_export import export_csv
    from .ftm_export import export_ftm
    from .graphml_export import export_gexf, export_graphml
    from .json_export import export_json
    from .neo4j_export import export_neo4j

    if format not in FORMATS:
        raise CasegraphError(f"unknown export format {format!r}; available: {', '.join(FORMATS)}")
    if format in FOLDER_FORMATS:
        if output is None:
            raise CasegraphError(f"--format {format} writes a folder of files: give one with -o FOLDER")
        {"csv": export_csv, "neo4j": export_neo4j}[format](store, Path(output))
        return str(output)
    writer = {"json": export_json, "ftm": export_ftm, "graphml": export_graphml, "gexf": export_gexf}[format]
    if output is None:
        writer(store, sys.stdout)
        return "standard output"
    with open(output, "w", encoding="utf-8") as fh:
        writer(store, fh)
    return str(output)
